using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// A resolution's own lettered section heading right after a run of tables, lettered after the run's last sub-heading
/// ("E. Other matters" after 76/246's tables "A." … "D." under operative paragraph 125): ADR 0030 amendment 4 read such a
/// line as the sub-heading of a table emptied to no rows, so the heading left its paragraph and joined the run. The reader
/// now tells them apart (ADR 0030, amendment 5) by what follows (a paragraph numbered 1: a section numbered from 1 again
/// opens under it; a note or the next sub-heading: the run goes on), by the text's own letters (its lettered heading before
/// the run is lettered right before it) and, in our Word file, by the paragraph's style — in text and Word, English and
/// Chinese; a table really emptied to no rows is still read as one.
/// </summary>
public sealed class OwnHeadingAfterARunTests
{
    private const string Holder = "op125";
    private const string After = "op126";

    public static TheoryData<string, string, string> Files => new()
    {
        { "76-en", "A_RES_76_246-2119713E.xml", "E. Other matters" },
        { "76-zh", "A_RES_76_246-2119713C.xml", "E. 其他事项" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void TheTextsOwnLetters_LeadToTheHeading_ItStaysTheNextParagraphsHeading_InTextAndWord(string folder, string file, string heading)
    {
        var draft = Draft(folder, file);
        // The text's own lettered headings: "D. …" over operative paragraph 123, before the run; "E. …" after it.
        var before = draft.FindNode("op123") as Paragraph;
        Assert.True(draft.SetHeading("op123", "D. " + (before!.Heading ?? "Budget estimates")).IsSuccess);
        Assert.True(draft.SetHeading(After, heading).IsSuccess);

        AssertReadBack(draft, heading, ["docx", "docx-unstyled", "text", "text-crlf-blank"]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void AHeadingOverParagraphsNumberedFromOneAgain_StaysTheSectionsHeading_InTextAndWord(string folder, string file, string heading)
    {
        var draft = Draft(folder, file);
        Assert.True(draft.SetHeading(After, heading).IsSuccess);
        Assert.True(draft.SetSection(After, true).IsSuccess);

        AssertReadBack(draft, heading, ["docx", "docx-unstyled", "text", "text-crlf-blank"]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void OurWordFile_SaysWhichIsWhich_ByTheParagraphsStyle_WhereNothingElseDoes(string folder, string file, string heading)
    {
        // Only the run's letters lead to "E.", and the paragraph under it numbers on (126): only our Word file's styles tell.
        var draft = Draft(folder, file);
        Assert.True(draft.SetHeading(After, heading).IsSuccess);

        AssertReadBack(draft, heading, ["docx"]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ALastTableReallyEmptied_LetteredAfterTheTextsOwnHeadingToo_IsStillAnEmptyTable_InWord(string folder, string file, string heading)
    {
        _ = heading;
        var draft = Draft(folder, file);
        var before = (Paragraph)draft.FindNode("op123")!;
        Assert.True(draft.SetHeading("op123", "C. " + (before.Heading ?? "Budget estimates")).IsSuccess);
        var holder = draft.FindNode(Holder)!;
        var run = holder.Table!;
        var kept = run.Rows.Where(r => !(r.Kind is TableRowKind.Body or TableRowKind.Header && run.CaptionOf(r.Id)!.StartsWith("D.", StringComparison.Ordinal))
            && !(r.Kind == TableRowKind.Note && run.CaptionOf(r.Id)!.StartsWith("D.", StringComparison.Ordinal))).ToList();
        Assert.True(draft.SetTable(Holder, new DraftTable(kept, run.HeaderRows)).IsSuccess);
        var expected = Rows(draft);

        var again = DraftImporter.Import(DocxExporter.Export(draft));

        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(expected, Rows(again.Draft!));
        Assert.Equal(4, again.Draft!.AllNodes().Single(n => n.Table?.HasCaptions == true).Table!.Parts().Count);
    }

    private static Draft Draft(string folder, string file)
    {
        var draft = Fixtures.Import("corpus/ga/" + folder, file);
        var table = draft.FindNode(Holder)?.Table;
        Assert.True(table?.HasCaptions == true, "76/246's run of tables is under operative paragraph 125");
        Assert.Null(((Paragraph)draft.FindNode(After)!).Heading);
        Assert.EndsWith("D.", table!.Rows.Last(r => r.Kind == TableRowKind.Caption).Cells[0].Text[..2], StringComparison.Ordinal);
        return draft;
    }

    private static void AssertReadBack(Draft draft, string heading, string[] forms)
    {
        var expected = Rows(draft);
        var paragraphs = draft.Paragraphs.Count;
        var faults = new List<string>();
        foreach (var (form, bytes) in new (string, byte[])[]
        {
            ("docx", DocxExporter.Export(draft)),
            ("docx-unstyled", Unstyled(DocxExporter.Export(draft))),
            ("text", PlainTextRendering.Render(draft, "\n", blankLines: false)),
            ("text-crlf-blank", PlainTextRendering.Render(draft, "\r\n", blankLines: true)),
        }.Where(f => forms.Contains(f.Item1)))
        {
            var again = DraftImporter.Import(bytes);
            if (!again.IsSuccess)
            {
                faults.Add($"{form}: {again.Error}");
                continue;
            }

            var read = again.Draft!;
            var parts = read.AllNodes().Where(n => n.Table?.HasCaptions == true).Select(n => n.Table!.Parts().Count).SingleOrDefault();
            var headed = read.Paragraphs.Where(p => p.Heading?.Contains(heading, StringComparison.Ordinal) == true).Select(p => p.Text[..Math.Min(20, p.Text.Length)]).ToList();
            var wanted = draft.FindNode(After)!.Text[..20];
            if (parts != 4 || headed.Count != 1 || headed[0] != wanted || read.Paragraphs.Count != paragraphs || again.Review!.UnreadLineCount != 0)
            {
                faults.Add($"{form}: {parts} tables in the run (4), “{heading}” over [{string.Join(", ", headed)}] (“{wanted}”), {read.Paragraphs.Count} paragraphs ({paragraphs}), {again.Review!.UnreadLineCount} lines unread");
            }

            if (!Rows(read).SequenceEqual(expected))
            {
                faults.Add($"{form}: the run's rows differ");
            }
        }

        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    /// <summary>Our Word file without the styles that tell a section's heading from a run's sub-heading, as another Word file would have it.</summary>
    private static byte[] Unstyled(byte[] docx)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            foreach (var style in word.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId>()
                .Where(s => s.Val?.Value is "SectionHeading" or "TableHeading"))
            {
                style.Val = "Normal";
            }
        }

        return stream.ToArray();
    }

    private static List<string> Rows(Draft draft) =>
        [.. draft.AllNodes().Where(n => n.Table?.HasCaptions == true).SelectMany(n => n.Table!.Rows.Select(r =>
            (r.Kind == TableRowKind.Header ? TableRowKind.Body : r.Kind) + ": " + string.Join(" | ", r.Cells.Select(c => InlineItalics.Strip(c.Text)))))];
}
