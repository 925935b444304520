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
        // “President” is in lines 2 and 3 of the quotation: the line is named, so the reference is unambiguous.
        Assert.Equal("In line 2 of the quoted text of operative paragraph 1, replace the word “President” with the word “Conference”.", Assert.Single(amendment.Wording("en")));
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

    [Fact]
    public void WordsFoundInOneLineOnly_AreNamedByTheQuotedText_WordsInTwoLines_NameTheLine()
    {
        var original = QuotationTests.Quoting();
        var proposed = original.Clone();
        proposed.SetText("op1-q2", "1. The President shall open the session promptly.");
        proposed.SetText("op1-q3", "2. The Vice-President shall act for the Chair.”");

        var amendment = AmendmentBuilder.Compute(original, proposed);

        Assert.Equal(
            [
                "In the quoted text of operative paragraph 1, after the word “session”, insert the word “promptly”.",
                "In line 3 of the quoted text of operative paragraph 1, replace the word “President” with the word “Chair”.",
            ],
            amendment.Wording("en"));
        Assert.Equal("在执行部分第1段所引案文第3行中，将“President”改为“Chair”。", amendment.Wording("zh")[1]);
        var applied = AmendmentApplier.Apply(original, amendment);
        Assert.True(applied.IsSuccess, applied.Error);
        Assert.Equal(ResolutionDrafts.Domain.Operations.DraftCanonicalForm.Of(proposed), ResolutionDrafts.Domain.Operations.DraftCanonicalForm.Of(applied.Value!));
    }

    [Fact]
    public void AQuotedLineReplacedWholeOrChangedAtItsEnd_IsNamedByItsLine()
    {
        var original = QuotationTests.Quoting();
        var proposed = original.Clone();
        proposed.SetText("op1-q1", "“Article 7");
        proposed.SetText("op1-q3", "2. The Vice-President shall act for the President, when asked.”");
        var atEnd = original.Clone();
        atEnd.SetText("op1-q1", "“Rule 5 bis");
        // Not "At the end of the quoted text", which would be the end of its last line.
        Assert.Equal("At the end of line 1 of the quoted text of operative paragraph 1, add the word “bis”.", Assert.Single(AmendmentBuilder.Compute(original, atEnd).Wording("en")));

        var wording = AmendmentBuilder.Compute(original, proposed).Wording("en");

        Assert.Equal("Replace line 1 of the quoted text of operative paragraph 1 with the following text: “‘Article 7”.", wording[0]);
        Assert.Contains("line 3 of the quoted text of operative paragraph 1", wording[1], StringComparison.Ordinal);
    }
}
