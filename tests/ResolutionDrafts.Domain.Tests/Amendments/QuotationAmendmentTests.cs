using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Tests.Drafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// A change to a quoted line is amended in that line, named as the UN names quoted text: "In the quoted text of
/// operative paragraph 1, replace …" / "在执行部分第1段所引案文中，将……" (ADR 0028); applied, it gives the proposed text.
/// </summary>
public sealed class QuotationAmendmentTests
{
    private static (Draft Original, Draft Proposed) Changed(string language)
    {
        var original = QuotationTests.Quoting();
        original.SetLanguage(language);
        var proposed = original.Clone();
        proposed.SetText("op1-q2", "1. The Conference shall open the session.");
        return (original, proposed);
    }

    [Fact]
    public void AWordChangedInAQuotedLine_IsWordedAsAChangeInTheQuotedText()
    {
        var (original, proposed) = Changed("en");

        var amendment = AmendmentBuilder.Compute(original, proposed);

        var instruction = Assert.Single(amendment.Instructions);
        Assert.Equal("op1-q2", instruction.Target!.Id);
        Assert.Equal("In the quoted text of operative paragraph 1, replace the word “President” with the word “Conference”.", Assert.Single(amendment.Wording("en")));
        var applied = AmendmentApplier.Apply(original, amendment);
        Assert.True(applied.IsSuccess, applied.Error);
        Assert.Equal(ResolutionDrafts.Domain.Operations.DraftCanonicalForm.Of(proposed), ResolutionDrafts.Domain.Operations.DraftCanonicalForm.Of(applied.Value!));
    }

    [Fact]
    public void InChinese_TheQuotedTextIsNamedAsTheUnNamesIt()
    {
        var original = QuotationTests.Quoting();
        original.SetLanguage("zh");
        original.SetText("op1-q2", "1. 大会应选举主席一人。");
        var proposed = original.Clone();
        proposed.SetText("op1-q2", "1. 大会应选举主席两人。");

        var wording = Assert.Single(AmendmentBuilder.Compute(original, proposed).Wording("zh"));

        Assert.StartsWith("在执行部分第1段所引案文", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotedLineInASubParagraph_IsNamedByItsSubParagraph()
    {
        var original = QuotationTests.Quoting();
        var proposed = original.Clone();
        proposed.SetText("op2-a-q1", "“Article 2 (a) Every Member State …”");

        var wording = Assert.Single(AmendmentBuilder.Compute(original, proposed).Wording("en"));

        Assert.StartsWith("In the quoted text of operative paragraph 2 (a),", wording, StringComparison.Ordinal);
    }
}
