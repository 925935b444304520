using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;
using P = ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Recognises a draft's structure in lines of text, wherever they came from: a PDF's text (hard
/// wrapped, with page furniture already removed) or a Word document (one line per paragraph).
/// </summary>
internal static partial class StructureReader
{
    [GeneratedRegex(@"^\s*(?:on behalf of|代表)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OnBehalfOf();

    /// <summary>A full stop that another sentence follows: ". The", "”. It", "。" not at the end.</summary>
    [GeneratedRegex(@"\.[”’""]?\s+(?=[A-Z])|。(?=.)")]
    private static partial Regex MoreThanOneSentence();

    /// <param name="numbering">How the file says its sub-paragraphs are numbered (our own DOCX; ADR 0036); null to read it from the text.</param>
    /// <param name="operativeNumbering">How the file says its operative paragraphs are numbered ("(1)", "1)"; our own DOCX; ADR 0038); null to read it from the text.</param>
    /// <param name="kind">The kind the file says it is (our own DOCX's property; ADR 0036, amendment 5); null to read it from the text.</param>
    public static ParsedDocument Read(CleanText text, string language, Domain.Numbering.SubParagraphNumbering? numbering = null, string? operativeNumbering = null,
        DocumentKind? kind = null)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var doc = new ParsedDocument { Language = language, OperativeNumberingGiven = operativeNumbering };
        for (var d = 1; numbering is not null && d < doc.SubStyles.Length; d++)
        {
            doc.SubStyles[d] = numbering.At(d);
        }

        foreach (var (number, footnote) in text.Footnotes)
        {
            doc.Footnotes[number] = footnote;
        }

        LineLayout.Apply(text, chinese);
        var front = new FrontMatterReader(text.Lines, chinese, text.BlankLinesMeaningful, doc);
        var bodyStart = front.Read();
        if (kind is { } given && given != doc.Kind)
        {
            // Our own DOCX says its kind where its page may not (a WHO text adopted, with no symbol or meeting to say so), before the
            // body is read: an adopted text's closing meeting is kept, a draft's is not.
            doc.Kind = given;
            doc.Revision = given.IsRevised() ? doc.Revision ?? KindPhrase.RevisionOf(doc.Metadata.Symbol) ?? 1 : null;
        }

        List<PartStart> parts = front.PartHeading is null ? [] : PartStarts(text.Lines, bodyStart, chinese);
        if (parts.Count > 0)
        {
            // A resolution in parts: each part's paragraphs are read on their own, the first opening the part.
            ReadParts(text, bodyStart, parts, front, chinese, doc);
        }
        else
        {
            var body = new BodyReader(chinese, BlankLinesPartTheBody(text, bodyStart), doc);
            body.Read(text.Lines, bodyStart);
            if (front.PartHeading is not null && doc.Paragraphs.Count > 0)
            {
                // Part A alone (an excerpt): its letter and title stay as the heading they print as.
                doc.Paragraphs[0].Heading ??= front.PartHeading;
            }
        }

        DropEmpty(doc);
        if (front.UnlabelledDecision && (doc.Paragraphs.Count != 1 || MoreThanOneSentence().IsMatch(doc.Paragraphs[0].Text.ToString().TrimEnd())))
        {
            // Nothing said it is a decision: only one sentence, read as one paragraph, is taken for one.
            throw new ImportRefusedException("no author line found (such as \"The General Assembly,\"): this does not look like a resolution, and it is not one sentence as a decision is");
        }

        if (front.DecisionSentenceAt >= 0)
        {
            OneSentence(doc, chinese);
        }

        SingleOperative(doc.Paragraphs);
        if (!text.ReferencesMarked)
        {
            FootnoteReferences.Apply(doc);
        }

        ApplyStarNotes(doc, text.StarNotes, front.Stars);
        if (!doc.Paragraphs.Exists(p => p.Kind == ParagraphKind.Operative))
        {
            throw new ImportRefusedException(doc.Kind == DocumentKind.Amendment
                ? "no amendment instructions found"
                : "no operative paragraphs found: this does not look like a resolution");
        }

        return doc;
    }

    /// <summary>
    /// Whether blank lines part the body's paragraphs: the text's own finding, unless the body (from the author line on) has no
    /// blank line before any of its numbered lines while it numbers two or more, or has none at all. A layout-preserving copy
    /// of a PDF ("pdftotext -layout", a viewer's copy) leaves blank lines between the masthead's blocks and before the closing
    /// meeting, and none between the paragraphs, which it tells apart by their indent or opening words; read by those blank
    /// lines, every preambular paragraph ran into one. A PDF's text with blank lines between paragraphs has one before "1.".
    /// </summary>
    private static bool BlankLinesPartTheBody(CleanText text, int bodyStart)
    {
        if (!text.BlankLinesMeaningful)
        {
            return false;
        }

        int lines = 0, gaps = 0, numbered = 0, numberedAfterGap = 0;
        for (var i = bodyStart + 1; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i];
            var gap = line.BlankBefore && !line.PageBreakBefore;
            lines++;
            gaps += gap ? 1 : 0;
            if (Marker.Read(line.Text).Kind != MarkerKind.None)
            {
                numbered++;
                numberedAfterGap += gap ? 1 : 0;
            }
        }

        return lines < 4 || (gaps > 0 && (numbered < 2 || numberedAfterGap > 0));
    }

    /// <summary>A part's title and author line (line indices, end exclusive) and where its paragraphs begin.</summary>
    private sealed record PartStart(int LetterLine, string Title, string AuthorLine, int BodyStart);

    /// <summary>
    /// The parts B, C … after part A: a line with the next letter alone or with its title ("B", "B. United
    /// Nations global …"), then the title's lines, then an author line within a few lines ("The General
    /// Assembly,", "大会，"). The author line is what tells a part from a heading "B." inside the text.
    /// </summary>
    private static List<PartStart> PartStarts(IReadOnlyList<SourceLine> lines, int from, bool chinese)
    {
        var parts = new List<PartStart>();
        var next = 2;
        for (var i = from; i < lines.Count; i++)
        {
            var m = P.Part().Match(lines[i].Text.Trim());
            if (!m.Success || m.Groups["t"].Value != Domain.Numbering.PartLetters.Letter(next))
            {
                continue;
            }

            var window = lines.Skip(i + 1).Take(5).ToList();
            var (start, end) = AuthorLine.Find(window, chinese);
            if (start < 0)
            {
                continue;
            }

            var title = LineJoiner.Join(window.Take(start).Select(l => l.Text).Prepend(m.Groups["rest"].Value).Where(t => t.Length > 0), chinese);
            var authorLine = LineJoiner.Join(window.Skip(start).Take(end - start + 1).Select(l => l.Text), chinese);
            parts.Add(new PartStart(i, title, authorLine, i + 1 + end + 1));
            next++;
            i += end + 1;
        }

        return parts;
    }

    private static void ReadParts(CleanText text, int bodyStart, List<PartStart> parts, FrontMatterReader front, bool chinese, ParsedDocument doc)
    {
        var heading = P.Part().Match(front.PartHeading!);
        var title = heading.Success ? heading.Groups["rest"].Value : front.PartHeading!;
        var starts = new List<(int From, int To, DraftPart Part)> { (bodyStart, parts[0].LetterLine, new DraftPart(title.Trim(), doc.AuthorLine)) };
        for (var k = 0; k < parts.Count; k++)
        {
            starts.Add((parts[k].BodyStart, k + 1 < parts.Count ? parts[k + 1].LetterLine : text.Lines.Count, new DraftPart(parts[k].Title, parts[k].AuthorLine)));
        }

        (string? Line, string? Date) last = (null, null);
        foreach (var (from, to, part) in starts)
        {
            var before = doc.Paragraphs.Count;
            // An adopted resolution in parts prints a meeting after each part (ADR 0034, amendment 2): each part's is its own;
            // the last one read is the draft's, and a part whose meeting is the same keeps none (DraftBuilder).
            doc.Metadata = doc.Metadata with { MeetingLine = null, MeetingDate = null };
            new BodyReader(chinese, BlankLinesPartTheBody(text, bodyStart), doc).Read(text.Lines.Take(to).ToList(), from);
            var meeting = (doc.Metadata.MeetingLine, doc.Metadata.MeetingDate);
            last = meeting.MeetingLine is null && meeting.MeetingDate is null ? last : meeting;
            if (doc.Paragraphs.Count > before)
            {
                doc.Paragraphs[before].Part = part with { MeetingLine = meeting.MeetingLine, MeetingDate = meeting.MeetingDate };
                SingleOperative(doc.Paragraphs.GetRange(before, doc.Paragraphs.Count - before)); // each part may have its one unnumbered operative paragraph
            }
        }

        doc.Metadata = doc.Metadata with { MeetingLine = last.Line, MeetingDate = last.Date };
    }

    private static void DropEmpty(ParsedDocument doc)
    {
        var removed = doc.Paragraphs.RemoveAll(p => p.Text.Length == 0 && p.Children.Count == 0);
        if (removed > 0)
        {
            doc.Warnings.Add($"{removed} numbered paragraph(s) had no text and were left out.");
        }
    }

    /// <summary>A single operative paragraph is not numbered: the last unnumbered paragraph ending with a full stop is it, also with no preamble before it.</summary>
    private static void SingleOperative(List<ParsedNode> paragraphs)
    {
        if (paragraphs.Count == 0 || paragraphs.Exists(p => p.Kind == ParagraphKind.Operative))
        {
            return;
        }

        var last = paragraphs[^1];
        var text = Closers.WithoutTrailingRefs(last.Children.Count > 0 ? Deepest(last).Text.ToString() : last.Text.ToString());
        if (text.EndsWith('.') || text.EndsWith('。'))
        {
            last.Kind = ParagraphKind.Operative;
        }
    }

    /// <summary>
    /// A decision written as one sentence is one paragraph, whatever lines the reader cut it into ("The General
    /// Assembly decides:" then its (a), (b) …): unnumbered paragraphs before any numbered one are joined, sub-paragraphs
    /// kept in order, into one operative paragraph, which prints without a number.
    /// </summary>
    private static void OneSentence(ParsedDocument doc, bool chinese)
    {
        var run = doc.Paragraphs.TakeWhile(p => p.Kind == ParagraphKind.Preambular).ToList();
        if (run.Count == 0 || doc.Paragraphs.Count > run.Count)
        {
            return;
        }

        var sentence = new ParsedNode(ParagraphKind.Operative, 0) { Heading = run[0].Heading };
        sentence.Text.Append(LineJoiner.Join(run.Select(p => p.Text.ToString()).Where(t => t.Length > 0), chinese));
        foreach (var paragraph in run)
        {
            sentence.Children.AddRange(paragraph.Children);
        }

        doc.Paragraphs.Clear();
        doc.Paragraphs.Add(sentence);
    }

    private static ParsedNode Deepest(ParsedNode node) => node.Children.Count == 0 ? node : Deepest(node.Children[^1]);

    private static void ApplyStarNotes(ParsedDocument doc, Dictionary<int, string> notes, Dictionary<int, List<int>> stars)
    {
        foreach (var (count, written) in notes)
        {
            // A Word note may carry its own mark as text before the words ("*\tOn behalf of …").
            var note = written.TrimStart('*', ' ', '\t');
            var marked = (stars.GetValueOrDefault(count) ?? (doc.Sponsors.Count == 1 ? [0] : [])).Where(i => i < doc.Sponsors.Count).ToList();
            var match = OnBehalfOf().Match(note);
            if (marked.Count > 0 && match.Success)
            {
                var group = note[match.Length..].Trim().TrimEnd('.', '。').Trim();
                doc.Sponsors[marked[0]] = doc.Sponsors[marked[0]] with { OnBehalfOf = group };
            }
            else if (marked.Count > 0)
            {
                // A note the draft has no place for (ADR 0044): the Human Rights Council's "* State not a member of the Human
                // Rights Council." on each sponsor not a member. The sponsors stay; the preview says which carried it and what
                // it said, since nothing of the draft keeps it.
                var names = string.Join(", ", marked.Select(i => doc.Sponsors[i].Name));
                doc.Warnings.Add($"The note marked \"{new string('*', count)}\" on {marked.Count} sponsor{(marked.Count == 1 ? "" : "s")} ({names}) was left out, "
                    + $"since a draft keeps no note on a sponsor but \"on behalf of\": {note}");
            }
            else
            {
                doc.Warnings.Add($"The note marked \"{new string('*', count)}\" was left out: {note}");
            }
        }
    }
}
