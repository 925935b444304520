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
}
