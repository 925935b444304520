using ResolutionDrafts.Domain.Revisions;

namespace ResolutionDrafts.Domain.Tests.Drafts;

public sealed class RevisionSymbolsTests
{
    [Theory]
    [InlineData("A/C.3/80/L.20", "A/C.3/80/L.20/Rev.1")]
    [InlineData("A/C.3/80/L.20/Rev.1", "A/C.3/80/L.20/Rev.2")]
    [InlineData("CAC/COSP/2017/L.3/Rev.9", "CAC/COSP/2017/L.3/Rev.10")]
    [InlineData("A/80/L.6/Add.1", "A/80/L.6/Rev.1")]
    [InlineData(" A/HRC/55/L.2 ", "A/HRC/55/L.2/Rev.1")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void SuggestNext(string? symbol, string? expected) => Assert.Equal(expected, RevisionSymbols.SuggestNext(symbol));

    [Theory]
    [InlineData("A/C.3/80/L.20/Rev.2", 2)]
    [InlineData("A/C.3/80/L.20/Rev.1/Corr.1", 1)]
    [InlineData("A/C.3/80/L.20", null)]
    public void RevisionOf(string symbol, int? expected) => Assert.Equal(expected, RevisionSymbols.RevisionOf(symbol));
}
