using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Documents.Tests.Export;
using static ResolutionDrafts.Documents.Tests.Markup.MarkupAmendmentsTests;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// Every tracked change of a marked-up Word file is either a proposal or listed as skipped for its author with the
/// reason (issue 16): changes above the text (masthead, sponsors, title, author line), and a word's case changed.
/// </summary>
public sealed class MarkupNothingDroppedTests
{
    private const string AboveTheText = "Not a paragraph of the text: the masthead, sponsors, title and author line are not amended by proposals";

    [Theory]
    [InlineData("Rights of the child", "child", "children")] // the title
    [InlineData("Australia", "Brazil", "Brazil, Cuba")] // the sponsors line
    public void ATrackedChangeAboveTheText_IsListedAsSkippedWithTheReason(string paragraph, string words, string with)
    {
        var draft = TestDrafts.Rich();
        var markup = new WordMarkup(DocxExporter.Export(draft)).Replace(paragraph, words, with, "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var cuba = result.Authors.Single();
        Assert.Empty(cuba.Proposals);
        var skipped = Assert.Single(cuba.Skipped);
        Assert.StartsWith(AboveTheText, skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewParagraphUnderTheTitle_AboveTheAuthorLine_IsSkipped_NotProposedAsTheFirstParagraph()
    {
        var draft = TestDrafts.Rich();
        var markup = new WordMarkup(DocxExporter.Export(draft)).InsertParagraphAfter("Rights of the child", "and of adolescents", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var cuba = result.Authors.Single();
        Assert.Empty(cuba.Proposals);
        Assert.Contains(cuba.Skipped, s => s.Where == "“and of adolescents”" && s.Reason.StartsWith(AboveTheText, StringComparison.Ordinal));
    }

    [Fact]
    public void ANewParagraphUnderTheAuthorLine_IsTheFirstParagraph()
    {
        var draft = TestDrafts.Rich();
        var markup = new WordMarkup(DocxExporter.Export(draft)).InsertParagraphAfter("The General Assembly,", "Recalling all its resolutions on the subject,", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Authors.Single().Skipped);
        Assert.Equal("Recalling all its resolutions on the subject,", AcceptAll(draft, result).Paragraphs[0].Text);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
    }

    [Fact]
    public void AFileFromAnOlderRevision_WhoseFirstParagraphWasDeletedSince_SaysTheChangeNoLongerApplies_NotThatItIsAboveTheText()
    {
        // The file was made when PP1 was the text's first paragraph; the draft has deleted it since. PP1 is still a
        // paragraph of the text in the file: the text begins after the author line, not at the first paragraph found.
        var made = TestDrafts.Rich();
        var markup = new WordMarkup(DocxExporter.Export(made)).Replace("Recalling the Convention", "Convention", "Covenant", "Cuba");
        var live = made.Clone();
        Assert.True(live.Delete("pp1").IsSuccess);

        var result = MarkupAmendments.Read(live, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var skipped = Assert.Single(result.Authors.Single().Skipped);
        Assert.StartsWith("No longer applies", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileFromAnOlderRevision_StillKnowsTheLinesAboveTheText()
    {
        var made = TestDrafts.Rich();
        var markup = new WordMarkup(DocxExporter.Export(made)).Replace("Rights of the child", "child", "children", "Cuba");
        var live = made.Clone();
        Assert.True(live.Delete("pp1").IsSuccess);

        var result = MarkupAmendments.Read(live, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.StartsWith(AboveTheText, Assert.Single(result.Authors.Single().Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordCapitalisedInWord_IsAProposal()
    {
        var draft = TestDrafts.Rich();
        var markup = new WordMarkup(DocxExporter.Export(draft)).Replace("Takes note with appreciation", "appreciation", "Appreciation", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var proposal = Assert.Single(result.Authors.Single().Proposals);
        Assert.Contains("“Appreciation”", proposal.Wording("en"), StringComparison.Ordinal);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
    }

    [Fact]
    public void ATrackedChangeInAFootnote_IsListedAsNotReadForItsAuthor()
    {
        var draft = TestDrafts.Rich();
        var bytes = InFootnote(DocxExporter.Export(draft), "A/80/150.", " (corrected)", "Burundi");

        var result = MarkupAmendments.Read(draft, bytes);

        Assert.True(result.IsSuccess, result.Error);
        var burundi = Assert.Single(result.Authors);
        Assert.Equal("Burundi", burundi.Name);
        Assert.Empty(burundi.Proposals);
        var skipped = Assert.Single(burundi.Skipped);
        Assert.StartsWith("a footnote (“A/80/150.", skipped.Where, StringComparison.Ordinal);
        Assert.StartsWith("Not read: a tracked change in a footnote", skipped.Reason, StringComparison.Ordinal);
    }

    /// <summary>Words inserted as Word tracks them at the end of the footnote whose text contains <paramref name="footnote"/>.</summary>
    private static byte[] InFootnote(byte[] docx, string footnote, string words, string author)
    {
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            var part = word.MainDocumentPart!.FootnotesPart!;
            XDocument xml;
            using (var read = part.GetStream())
            {
                xml = XDocument.Load(read);
            }

            var p = xml.Descendants(w + "p").Single(e => string.Concat(e.Descendants(w + "t").Select(t => t.Value)).Contains(footnote, StringComparison.Ordinal));
            p.Add(new XElement(w + "ins", new XAttribute(w + "id", 901), new XAttribute(w + "author", author), new XAttribute(w + "date", "2025-10-20T10:00:00Z"),
                new XElement(w + "r", new XElement(w + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), words))));
            using var write = part.GetStream(FileMode.Create);
            xml.Save(write);
        }

        return stream.ToArray();
    }
}
