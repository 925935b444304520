using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>What a precedent is cited by (issue 16): a resolution by its symbol, a decision as the UN cites one, "decision 76/515".</summary>
public sealed class PrecedentCitationTests
{
    private static Precedent Of(string symbol, bool decision) =>
        new(1, symbol, "OP1", "en", "Decides to include the item.", "Title", "2021-12-02", "General Assembly", "76", "op1", ParagraphKind.Operative, decision);

    [Theory]
    [InlineData("A/RES/76/117", false, "A/RES/76/117")]
    [InlineData("A/DEC/76/515", false, "decision 76/515")]
    [InlineData("A/DEC/76/515", true, "decision 76/515")]
    [InlineData("76/515", true, "decision 76/515")]
    [InlineData("A/76/PV.37", true, "decision A/76/PV.37")]
    public void APrecedent_IsCitedBySymbol_ADecisionByItsNumber(string symbol, bool decision, string citation) =>
        Assert.Equal(citation, Of(symbol, decision).Citation);
}
