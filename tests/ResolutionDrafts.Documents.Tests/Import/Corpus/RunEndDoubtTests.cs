using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// A lettered line right where a run of tables ends (76/246's tables "A." … "D." under operative paragraph 125), over the
/// next paragraph, which numbers on, with no note under it: the sub-heading of a table emptied to no rows, or the text's
/// own heading. Where the text cannot tell — the line continues only the run's letters ("E." after "D.", no lettered
/// heading of the text's own before the run), or the run's letters and the text's both lead to it — text and a Word file
/// not ours are read as before, and the preview's warnings name the line and the other reading (ADR 0030, amendment 6).
/// Our Word file says which it is by the paragraph's style: no doubt, no warning. Where what follows tells (a note, the next
/// sub-heading, a paragraph numbered 1), nothing is said.
/// </summary>
public sealed class RunEndDoubtTests
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
    public void ALetteredHeadingOverAParagraphNumberingOn_NoLetteredHeadingBeforeTheRun_IsReadAsATableEmptied_AndTheDoubtIsListed(string folder, string file, string heading)
    {
        var draft = Draft(folder, file);
        Assert.True(draft.SetHeading(After, heading).IsSuccess);

        foreach (var (form, bytes) in Forms(draft, "text", "text-crlf-blank", "docx-unstyled"))
        {
            var read = Read(form, bytes);
            var doubts = read.Warnings.Where(w => w.Contains($"“{heading}”", StringComparison.Ordinal)).ToList();
            Assert.True(doubts.Count == 1, $"{form}: {doubts.Count} warnings name “{heading}”:\n{string.Join("\n", read.Warnings)}");
            var doubt = doubts[0];
            Assert.Contains("no rows", doubt, StringComparison.Ordinal);
            Assert.Contains("own heading", doubt, StringComparison.Ordinal);
            Assert.Equal(0, read.Review!.UnreadLineCount);
        }

        var ours = Read("docx", DocxExporter.Export(draft));
        Assert.DoesNotContain(ours.Warnings, w => w.Contains($"“{heading}”", StringComparison.Ordinal));
        Assert.Equal(heading, ((Paragraph)ours.Draft!.FindNode(After)!).Heading);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ALastTableEmptied_WithNoNote_WhereTheTextsLettersLeadToItToo_IsReadAsTheTextsHeading_AndTheDoubtIsListed(string folder, string file, string heading)
    {
        _ = heading;
        var draft = Draft(folder, file);
        var before = (Paragraph)draft.FindNode("op123")!;
        Assert.True(draft.SetHeading("op123", "C. " + (before.Heading ?? "Budget estimates")).IsSuccess);
        var run = draft.FindNode(Holder)!.Table!;
        var last = run.Rows.Last(r => r.Kind == TableRowKind.Caption).Cells[0].Text;
        var kept = run.Rows.Where(r => r.Kind == TableRowKind.Caption || !run.CaptionOf(r.Id)!.StartsWith("D.", StringComparison.Ordinal)).ToList();
        Assert.True(draft.SetTable(Holder, new DraftTable(kept, run.HeaderRows)).IsSuccess);

        foreach (var (form, bytes) in Forms(draft, "text", "text-crlf-blank", "docx-unstyled"))
        {
            var read = Read(form, bytes);
            var doubts = read.Warnings.Where(w => w.Contains($"“{last}”", StringComparison.Ordinal)).ToList();
            Assert.True(doubts.Count == 1, $"{form}: {doubts.Count} warnings name “{last}”:\n{string.Join("\n", read.Warnings)}");
            var doubt = doubts[0];
            Assert.Contains("no rows", doubt, StringComparison.Ordinal);
            Assert.Contains("own heading", doubt, StringComparison.Ordinal);
            Assert.Equal(0, read.Review!.UnreadLineCount);
        }

        var ours = Read("docx", DocxExporter.Export(draft));
        Assert.DoesNotContain(ours.Warnings, w => w.Contains($"“{last}”", StringComparison.Ordinal));
        Assert.Equal(4, ours.Draft!.FindNode(Holder)!.Table!.Parts().Count);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void WhatFollowsTells_NothingIsSaid(string folder, string file, string heading)
    {
        // A section numbered from 1 again under the heading: the text's own heading.
        var section = Draft(folder, file);
        Assert.True(section.SetHeading(After, heading).IsSuccess);
        Assert.True(section.SetSection(After, true).IsSuccess);
        // The last table emptied with its note left under its sub-heading: the run's.
        var emptied = Draft(folder, file);
        var run = emptied.FindNode(Holder)!.Table!;
        var last = run.Rows.Last(r => r.Kind == TableRowKind.Caption).Cells[0].Text;
        var kept = run.Rows.Where(r => r.Kind is TableRowKind.Caption or TableRowKind.Note || !run.CaptionOf(r.Id)!.StartsWith("D.", StringComparison.Ordinal)).ToList();
        Assert.Contains(kept, r => r.Kind == TableRowKind.Note && run.CaptionOf(r.Id)!.StartsWith("D.", StringComparison.Ordinal));
        Assert.True(emptied.SetTable(Holder, new DraftTable(kept, run.HeaderRows)).IsSuccess);

        foreach (var (draft, line) in new[] { (section, heading), (emptied, last) })
        {
            foreach (var (form, bytes) in Forms(draft, "text", "text-crlf-blank", "docx-unstyled", "docx"))
            {
                Assert.DoesNotContain(Read(form, bytes).Warnings, w => w.Contains($"“{line}”", StringComparison.Ordinal));
            }
        }
    }

    private static ImportResult Read(string form, byte[] bytes)
    {
        var read = DraftImporter.Import(bytes);
        Assert.True(read.IsSuccess, $"{form}: {read.Error}");
        return read;
    }

    private static Draft Draft(string folder, string file)
    {
        var draft = Fixtures.Import("corpus/ga/" + folder, file);
        Assert.True(draft.FindNode(Holder)?.Table?.HasCaptions == true, "76/246's run of tables is under operative paragraph 125");
        Assert.Null(((Paragraph)draft.FindNode(After)!).Heading);
        return draft;
    }

    private static IEnumerable<(string Form, byte[] Bytes)> Forms(Draft draft, params string[] forms) =>
        new (string, Func<byte[]>)[]
        {
            ("docx", () => DocxExporter.Export(draft)),
            ("docx-unstyled", () => Unstyled(DocxExporter.Export(draft))),
            ("text", () => PlainTextRendering.Render(draft, "\n", blankLines: false)),
            ("text-crlf-blank", () => PlainTextRendering.Render(draft, "\r\n", blankLines: true)),
        }.Where(f => forms.Contains(f.Item1)).Select(f => (f.Item1, f.Item2()));

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
}
