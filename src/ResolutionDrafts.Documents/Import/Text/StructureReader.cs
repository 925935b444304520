using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Recognises a draft's structure in lines of text, wherever they came from: a PDF's text (hard
/// wrapped, with page furniture already removed) or a Word document (one line per paragraph).
/// </summary>
internal static partial class StructureReader
{
    [GeneratedRegex(@"^\s*(?:on behalf of|代表)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OnBehalfOf();

    public static ParsedDocument Read(CleanText text, string language)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var doc = new ParsedDocument { Language = language };
        foreach (var (number, footnote) in text.Footnotes)
        {
            doc.Footnotes[number] = footnote;
        }

        LineLayout.Apply(text, chinese);
        var front = new FrontMatterReader(text.Lines, chinese, text.BlankLinesMeaningful, doc);
        var bodyStart = front.Read();
        var body = new BodyReader(chinese, text.BlankLinesMeaningful, doc);
        body.Read(text.Lines, bodyStart);
        if (front.PartHeading is not null && doc.Paragraphs.Count > 0)
        {
            doc.Paragraphs[0].Heading ??= front.PartHeading;
        }

        DropEmpty(doc);
        SingleOperative(doc);
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

    private static void DropEmpty(ParsedDocument doc)
    {
        var removed = doc.Paragraphs.RemoveAll(p => p.Text.Length == 0 && p.Children.Count == 0);
        if (removed > 0)
        {
            doc.Warnings.Add($"{removed} numbered paragraph(s) had no text and were left out.");
        }
    }

    /// <summary>A single operative paragraph is not numbered: the last unnumbered paragraph ending with a full stop is it, also with no preamble before it.</summary>
    private static void SingleOperative(ParsedDocument doc)
    {
        if (doc.Paragraphs.Count == 0 || doc.Paragraphs.Exists(p => p.Kind == ParagraphKind.Operative))
        {
            return;
        }

        var last = doc.Paragraphs[^1];
        var text = Closers.WithoutTrailingRefs(last.Children.Count > 0 ? Deepest(last).Text.ToString() : last.Text.ToString());
        if (text.EndsWith('.') || text.EndsWith('。'))
        {
            last.Kind = ParagraphKind.Operative;
        }
    }

    private static ParsedNode Deepest(ParsedNode node) => node.Children.Count == 0 ? node : Deepest(node.Children[^1]);

    private static void ApplyStarNotes(ParsedDocument doc, Dictionary<int, string> notes, Dictionary<int, int> stars)
    {
        foreach (var (count, written) in notes)
        {
            // A Word note may carry its own mark as text before the words ("*\tOn behalf of …").
            var note = written.TrimStart('*', ' ', '\t');
            var target = stars.TryGetValue(count, out var index) ? index : doc.Sponsors.Count == 1 ? 0 : -1;
            var match = OnBehalfOf().Match(note);
            if (target >= 0 && target < doc.Sponsors.Count && match.Success)
            {
                var group = note[match.Length..].Trim().TrimEnd('.', '。').Trim();
                doc.Sponsors[target] = doc.Sponsors[target] with { OnBehalfOf = group };
            }
            else
            {
                doc.Warnings.Add($"The note marked \"{new string('*', count)}\" was left out: {note}");
            }
        }
    }
}
