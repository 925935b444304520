using System.Text;
using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// A draft written out as a delegate would have it after copying it from Word or a web page: one
/// paragraph a line, typed numbers, footnote numbers glued to the text and the footnotes typed at
/// the end after a rule. Written here rather than with the product's exporters so that the test
/// does not read back what the product itself wrote.
/// </summary>
internal static partial class PlainTextRendering
{
    [GeneratedRegex(@"\[\^(\d+)\]")]
    private static partial Regex Reference();

    /// <summary>The draft's lines: front matter, title, author line, paragraphs, footnotes.</summary>
    /// <param name="tablesAt">When given, tables are not written as lines but listed here with the place of the line they follow (a Word table).</param>
    public static List<string> Lines(Draft draft, bool typedReferences, List<(int At, DraftTable Table)>? tablesAt = null)
    {
        var chinese = DraftLanguage.IsChinese(draft.Language);
        var lines = new List<string> { chinese ? "联合国" : "United Nations" };
        if (draft.Metadata.Symbol is { } symbol)
        {
            lines.Add(symbol);
        }

        lines.Add(draft.Metadata.Body ?? (chinese ? "大会" : "General Assembly"));
        if (draft.Metadata.Session is { } session)
        {
            lines.Add(session);
        }

        // The heading as the file prints it, with its date ("Resolution adopted by the General Assembly on 1 December 2021").
        lines.Add(draft.Metadata.AdoptionLine ?? (chinese ? "大会通过的决议" : "Resolution adopted by the General Assembly"));
        // The committee line under it, as the UN prints it ("[on the report of the Third Committee (A/76/462, para. 12)]").
        if (draft.Metadata.CommitteeLine is { } committee)
        {
            lines.Add(committee);
        }

        if (draft.Title.Length > 0)
        {
            lines.Add(Text(draft.Title, typedReferences));
        }

        if (!draft.HasParts)
        {
            lines.Add(draft.AuthorLine);
        }

        // A resolution in parts prints each part's letter, title and author line, and numbers each part from 1.
        var labels = ParagraphLabels.Compute(draft);
        DraftPart? partBefore = null;
        foreach (var paragraph in draft.Paragraphs)
        {
            if (paragraph.Part is { } part)
            {
                // An adopted resolution in parts prints the meeting after each part (ADR 0034, amendment 2).
                if (partBefore is not null && draft.Kind.IsAdopted())
                {
                    var (partMeeting, partDate) = partBefore.MeetingOr(draft.Metadata);
                    lines.AddRange(new[] { partMeeting, partDate }.OfType<string>());
                }

                partBefore = part;
                lines.Add(labels[paragraph.Id].Part!);
                if (part.Title.Length > 0)
                {
                    lines.Add(Text(part.Title, typedReferences));
                }

                lines.Add(part.AuthorLine);
            }

            if (paragraph.Heading is { } heading)
            {
                lines.Add(heading);
            }

            var numbered = labels[paragraph.Id].Marker.Length > 0;
            var number = labels[paragraph.Id].Number;
            lines.Add((numbered ? $"{number}. " : "") + Text(paragraph.Text, typedReferences));
            AddQuotation(paragraph, lines, typedReferences);
            AddChildren(paragraph, 1, lines, typedReferences);
            foreach (var table in Tables(paragraph))
            {
                // A table under its paragraph as a PDF's text prints it: a line a row, its columns separated by tabs.
                if (tablesAt is null)
                {
                    lines.AddRange(table.Rows.Select(r => Row(r, typedReferences)));
                }
                else
                {
                    tablesAt.Add((lines.Count, table));
                }
            }
        }

        // The meeting the resolution was adopted at and its date under it, at its end: "41st plenary meeting" / "10 December 2020".
        if (draft.Metadata.MeetingLine is { } meeting)
        {
            lines.Add(meeting);
        }

        if (draft.Metadata.MeetingDate is { } date)
        {
            lines.Add(date);
        }

        // Only the footnotes the text refers to: the AKN reader keeps those of an annex it leaves out.
        var referred = string.Join("\n", draft.AllNodes().SelectMany(n => n.Quotation.Select(l => l.Text).Prepend(n.Text)).Concat(draft.AllNodes().SelectMany(n => n.Table?.Texts() ?? [])).Append(draft.Title));
        var notes = draft.Footnotes.Where(f => referred.Contains($"[^{f.Number}]", StringComparison.Ordinal)).ToList();
        if (notes.Count > 0)
        {
            lines.Add("__________________");
            lines.AddRange(notes.Select(f => $"{f.Number} {ResolutionDrafts.Domain.Drafts.InlineItalics.Strip(f.Text)}"));
        }

        return lines;
    }

    /// <summary>
    /// The text with each reference typed as its number; a space after one glued to the next word,
    /// as the printed superscript has it ("1994,[^1]in" in some AKN files prints "1994,1 in").
    /// </summary>
    // A PDF's text has no italic marks (ADR 0015): they are left out, as printing leaves them out.
    public static string Text(string text, bool typedReferences)
    {
        text = ResolutionDrafts.Domain.Drafts.InlineItalics.Strip(text);
        return typedReferences ? Reference().Replace(ReferenceBeforeWord().Replace(text, "$1 "), "$1") : text;
    }

    /// <summary>The tables of a paragraph and its sub-paragraphs in reading order, printed after all of them (ADR 0029).</summary>
    public static IEnumerable<DraftTable> Tables(Paragraph paragraph) =>
        paragraph.Descendants().Prepend<ParagraphNode>(paragraph).Select(n => n.Table).OfType<DraftTable>();

    /// <summary>
    /// A row's cells separated by tabs, a merged cell followed by an empty one for each column it spans; a sub-heading
    /// or a note of a run of tables (ADR 0029, amendment 2) alone on its line, as a PDF prints it.
    /// </summary>
    public static string Row(TableRow row, bool typedReferences) => row.IsLine ? Text(row.Cells[0].Text, typedReferences) :
        string.Join("\t", row.Cells.SelectMany(c => Enumerable.Repeat("", c.Span - 1).Prepend(Text(c.Text, typedReferences))));

    [GeneratedRegex(@"\[\^(\d+)\](?=[\p{L}-[\p{IsCJKUnifiedIdeographs}]])")]
    private static partial Regex ReferenceBeforeWord();

    private static void AddChildren(ParagraphNode node, int depth, List<string> lines, bool typedReferences)
    {
        for (var i = 0; i < node.SubParagraphs.Count; i++)
        {
            var child = node.SubParagraphs[i];
            lines.Add(ParagraphLabels.SubParagraphMarker(depth, i + 1) + " " + Text(child.Text, typedReferences));
            AddQuotation(child, lines, typedReferences);
            AddChildren(child, depth + 1, lines, typedReferences);
        }
    }

    /// <summary>A quotation's lines, one a line, as typed (ADR 0028).</summary>
    internal static void AddQuotation(ParagraphNode node, List<string> lines, bool typedReferences) =>
        lines.AddRange(node.Quotation.Select(l => Text(l.Text, typedReferences)));

    /// <summary>
    /// One paragraph a line, joined with <paramref name="newline"/>, with or without blank lines
    /// between; with <paramref name="strayIndent"/>, some lines indented as pasted text has them
    /// (spaces on every third line, a tab on every fifth).
    /// </summary>
    public static byte[] Render(Draft draft, string newline, bool blankLines, bool strayIndent = false)
    {
        var text = new StringBuilder();
        var n = 0;
        // The committee and meeting lines (ADR 0034, amendment 1) take no turn in the indentation's pattern, so the lines of
        // the text keep the indentation they were tested with before those lines were printed.
        string?[] facts = [draft.Metadata.CommitteeLine, draft.Metadata.MeetingLine, draft.Metadata.MeetingDate];
        foreach (var line in Lines(draft, typedReferences: true))
        {
            n += facts.Contains(line) ? 0 : 1;
            text.Append(!strayIndent ? "" : n % 5 == 0 ? "\t" : n % 3 == 0 ? "    " : "").Append(line).Append(newline);
            if (blankLines)
            {
                text.Append(newline);
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
