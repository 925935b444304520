using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// The organisation printed over a draft's masthead (ADR 0036, amendment 3): WHO's over a World Health Assembly or Executive
/// Board text, known by its symbol, body or author line; the UN's over every other; and which lines are such a name.
/// </summary>
public sealed class OrganisationTests
{
    private static Draft Build(string language, DraftMetadata metadata, string authorLine = "")
    {
        var draft = Draft.Create(language).Value!;
        Assert.True(draft.SetMetadata(metadata).IsSuccess);
        if (authorLine.Length > 0)
        {
            Assert.True(draft.SetAuthorLine(authorLine).IsSuccess);
        }

        return draft;
    }

    [Fact]
    public void AWorldHealthAssemblyText_IsPrintedUnderTheWorldHealthOrganization_InItsLanguage()
    {
        Assert.Equal("World Health Organization", Organisation.Of(Build("en", new DraftMetadata { Body = "World Health Assembly" })));
        Assert.Equal("World Health Organization", Organisation.Of(Build("en", new DraftMetadata { Symbol = "EB158.R3", Body = "Executive Board" })));
        Assert.Equal("World Health Organization", Organisation.Of(Build("en", new DraftMetadata(), "The Seventy-ninth World Health Assembly,")));
        Assert.Equal("世界卫生组织", Organisation.Of(Build("zh", new DraftMetadata { Body = "世界卫生大会" })));
    }

    [Theory]
    [InlineData("EB158/CONF./4", "Executive Board")] // a draft of WHO's Executive Board, before it is adopted
    [InlineData("EB158/SR/5", "Executive Board")]
    [InlineData("A79/A/CONF./3", "")] // an Assembly document: "A79/…", where the UN's are "A/79/…"
    public void AWhoDraftsOwnSymbol_IsEnoughToKnowIt(string symbol, string body)
    {
        var draft = Build("en", new DraftMetadata { Symbol = symbol, Body = body.Length > 0 ? body : null }, "The Executive Board,");
        Assert.Equal("World Health Organization", Organisation.Of(draft));
        Assert.True(WorldHealthAssembly.Is(draft));
    }

    [Fact]
    public void EveryOtherDraft_IsPrintedUnderTheUnitedNations()
    {
        Assert.Equal("United Nations", Organisation.Of(Build("en", new DraftMetadata { Body = "General Assembly", Symbol = "A/80/L.6" }, "The General Assembly,")));
        Assert.Equal("联合国", Organisation.Of(Build("zh", new DraftMetadata { Body = "大会" })));
        // Another organisation's Executive Board is not WHO's.
        Assert.Equal("United Nations", Organisation.Of(Build("en", new DraftMetadata { Body = "Executive Board", Symbol = "E/ICEF/2026/L.2" })));
        Assert.Equal("United Nations", Organisation.Of(Build("en", new DraftMetadata { Body = "Executive Board", Symbol = "DP/FPA/2026/1" })));
        Assert.Equal("United Nations", Organisation.Of(Build("en", new DraftMetadata { Symbol = "A/79/L.3" })));
    }

    [Theory]
    [InlineData("United Nations", true)]
    [InlineData("联 合 国", true)]
    [InlineData("WORLD HEALTH ORGANIZATION", true)]
    [InlineData("世界卫生组织", true)]
    [InlineData("World Health Assembly", false)]
    [InlineData("United Nations Environment Assembly", false)]
    public void ANameAlone_IsAnOrganisationsName(string line, bool name) => Assert.Equal(name, Organisation.IsName(line));
}
