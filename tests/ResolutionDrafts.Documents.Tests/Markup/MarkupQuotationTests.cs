using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// A Word file's tracked changes in a quotation (ADR 0028) are read as proposals worded the UN way: a word changed in a
/// quoted line, a line added, a line deleted, a quotation typed under a paragraph that had none. Before, the quoted lines
/// were no paragraph of the draft and such changes were skipped or lost.
/// </summary>
public sealed class MarkupQuotationTests
{
    private static Draft Quoting()
    {
        var draft = TestDrafts.CubaEmbargo();
        draft.AddQuotedLine("op1", "“Rule 5", id: "op1-q1");
        draft.AddQuotedLine("op1", "1. The President shall open the session.", id: "op1-q2");
        draft.AddQuotedLine("op1", "2. The Vice-President shall act for the President.”", id: "op1-q3");
        return draft;
    }

    private static MarkupAuthor Cuba(Draft draft, WordMarkup markup)
    {
        var result = MarkupAmendments.Read(draft, markup.ToBytes());
        Assert.True(result.IsSuccess, result.Error);
        var cuba = result.Authors.Single(a => a.Name == "Cuba Delegate");
        Assert.Empty(cuba.Skipped);
        MarkupAmendmentsTests.AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
        return cuba;
    }

    [Fact]
    public void AWordChangedInAQuotedLine_IsAChangeInTheQuotedText()
    {
        var draft = Quoting();
        var markup = new WordMarkup(DocxExporter.Export(draft)).Replace("1. The President shall open", "President", "Chair", "Cuba Delegate");

        var cuba = Cuba(draft, markup);

        Assert.Equal(["In line 2 of the quoted text of operative paragraph 1, replace the word “President” with the word “Chair”."], cuba.Proposals.Select(p => p.Wording("en")));
    }

    [Fact]
    public void ALineAddedInWord_IsANewQuotedLine()
    {
        var draft = Quoting();
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .InsertParagraphAfter("1. The President shall open", "1 bis. The President shall close the session.", "Cuba Delegate");

        var cuba = Cuba(draft, markup);

        Assert.Equal(
            ["In the quoted text of operative paragraph 1, after the line “1. The President shall open the session.”, insert a new line reading “1 bis. The President shall close the session.”."],
            cuba.Proposals.Select(p => p.Wording("en")));
    }

    [Fact]
    public void ALineDeletedInWord_IsDeletedFromTheQuotedText()
    {
        var draft = Quoting();
        var markup = new WordMarkup(DocxExporter.Export(draft)).DeleteParagraph("1. The President shall open", "Cuba Delegate");

        var cuba = Cuba(draft, markup);

        Assert.Equal(["In the quoted text of operative paragraph 1, delete the line “1. The President shall open the session.”."], cuba.Proposals.Select(p => p.Wording("en")));
    }

    [Fact]
    public void AQuotationTypedUnderAParagraph_IsInsertedAtItsEnd()
    {
        var draft = Quoting();
        var op2 = draft.FindNode("op2")!.Text;
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .InsertParagraphAfter(op2[..30], "“Article 9 States shall cooperate.”", "Cuba Delegate", style: StyleIds.QuotedText);

        var cuba = Cuba(draft, markup);

        Assert.Equal(["Insert at the end of operative paragraph 2 the following quoted text: “‘Article 9 States shall cooperate.’”."], cuba.Proposals.Select(p => p.Wording("en")));
    }

    [Fact]
    public void ALineMovedInWord_IsOneMoveOfTheQuotedLine()
    {
        var draft = Quoting();
        var markup = new WordMarkup(DocxExporter.Export(draft)).MoveParagraph("1. The President shall open", "2. The Vice-President", "Cuba Delegate");

        var cuba = Cuba(draft, markup);

        Assert.Equal(
            ["In the quoted text of operative paragraph 1, move the line “1. The President shall open the session.” to follow the line “2. The Vice-President shall act for the President.’”."],
            cuba.Proposals.Select(p => p.Wording("en")));
        draft.SetLanguage("zh");
        Assert.Equal(
            ["在执行部分第1段所引案文中，将“1. The President shall open the session.”一行移至“2. The Vice-President shall act for the President.’”一行之后。"],
            MarkupAmendments.Read(draft, markup.ToBytes()).Authors.Single(a => a.Name == "Cuba Delegate").Proposals.Select(p => p.Wording("zh")));
    }

    [Theory]
    [InlineData(StyleIds.QuotedText, "Insert at the end of operative paragraph 2 the following quoted text: “‘Article 9 States shall cooperate.’”.")]
    [InlineData(StyleIds.QuotedTextInSubParagraph, "Insert at the end of operative paragraph 2 (a) the following quoted text: “‘Article 9 States shall cooperate.’”.")]
    public void AQuotedLineTypedAfterASubParagraph_JoinsTheQuotationOfTheLevelItsStyleIsIndentedTo(string style, string expected)
    {
        var draft = TestDrafts.Rich();
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .InsertParagraphAfter("To report on the implementation", "“Article 9 States shall cooperate.”", "Cuba Delegate", style: style);

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var cuba = result.Authors.Single(a => a.Name == "Cuba Delegate");
        Assert.Empty(cuba.Skipped);
        Assert.Equal([expected], cuba.Proposals.Select(p => p.Wording("en")));
    }
}
