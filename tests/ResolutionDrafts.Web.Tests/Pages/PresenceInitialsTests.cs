using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

public sealed class PresenceInitialsTests
{
    [Theory]
    [InlineData("Ana Pérez (Cuba)", "AP")]
    [InlineData("Jean Claude Niyonzima (Burundi)", "JN")]
    [InlineData("sara lindqvist", "SL")]
    [InlineData("李伟 (China)", "李伟")]
    [InlineData("Élodie Øster (France)", "ÉØ")]
    [InlineData("Secretariat", "Se")]
    [InlineData("(Brazil)", "Br")]
    [InlineData("  ", "?")]
    public void TakesTheFirstAndLastNamesInitials_OrTheStartOfASingleName(string name, string expected)
    {
        Assert.Equal(expected, PresenceInitials.Of(name));
    }

    [Fact]
    public void NeverSplitsACharacterOutsideTheBasicPlane()
    {
        // U+20BB7 (𠮷) is a surrogate pair; "e" + combining acute is one letter in two code units.
        Assert.Equal("𠮷田", PresenceInitials.Of("𠮷田"));
        Assert.Equal("E\u0301B", PresenceInitials.Of("e\u0301mile Bah"));
    }
}
