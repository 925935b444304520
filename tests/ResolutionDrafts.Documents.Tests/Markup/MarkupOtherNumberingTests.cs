using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// A draft numbered as another body numbers its sub-paragraphs (ADR 0036), downloaded as Word, marked up and read back: the
/// printed "(1)" before the tab is the number, not words of the sub-paragraph, so only the delegate's change is proposed,
/// named by the printed number.
/// </summary>
public sealed class MarkupOtherNumberingTests
{
    private static Draft Wha()
    {
        var draft = Draft.Create(DraftLanguage.English).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = "WHA79.12", SubParagraphNumbering = "(1) (a)" }).IsSuccess);
        Assert.True(draft.SetAuthorLine("The Seventy-ninth World Health Assembly,").IsSuccess);
        draft.InsertParagraph(ParagraphKind.Preambular, "Recalling resolution WHA72.2 (2019) on primary health care,", id: "pp1");
        draft.InsertParagraph(ParagraphKind.Operative, "URGES Member States:", id: "op1");
        draft.AddSubParagraph("op1", "to strengthen primary health care;", id: "op1-a");
        draft.AddSubParagraph("op1", "to allocate adequate resources:", id: "op1-b");
        draft.AddSubParagraph("op1-b", "to primary health care;", id: "op1-b-i");
        draft.AddSubParagraph("op1-b", "to the health workforce;", id: "op1-b-ii");
        draft.InsertParagraph(ParagraphKind.Operative, "REQUESTS the Director-General to report.", id: "op2");
        return draft;
    }

    [Fact]
    public void AWordInsertedInASubParagraphNumberedTwo_IsTheOneProposal_NamedByItsPrintedNumber()
    {
        var draft = Wha();
        var markup = new WordMarkup(DocxExporter.Export(draft)).Insert("to the health workforce", "health", " and care", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var proposal = Assert.Single(result.Proposals);
        Assert.Equal(["op1-b-ii"], proposal.ParagraphIds);
        Assert.Equal("to the health and care workforce;", proposal.Proposed.FindNode("op1-b-ii")!.Text);
        Assert.StartsWith("In operative paragraph 1 (2) (b), ", proposal.Wording("en"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(1)")]
    [InlineData("1)")]
    public void AWordInsertedInAnOperativeParagraphNumberedTwoTheBodysWay_IsTheOneProposal_NamedByItsPlace(string numbering)
    {
        // ADR 0038: the printed "(2)" before the tab is the paragraph's number, not words of it.
        var draft = Wha();
        Assert.True(draft.SetMetadata(draft.Metadata with { OperativeNumbering = numbering }).IsSuccess);
        var markup = new WordMarkup(DocxExporter.Export(draft)).Insert("Director-General to report", "report", " annually", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var proposal = Assert.Single(result.Proposals);
        Assert.Equal(["op2"], proposal.ParagraphIds);
        Assert.Equal("REQUESTS the Director-General to report annually.", proposal.Proposed.FindNode("op2")!.Text);
        Assert.StartsWith("In operative paragraph 2, ", proposal.Wording("en"), StringComparison.Ordinal);
    }
}
