using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// The page's masthead prints the organisation a draft's body belongs to (ADR 0036, amendment 3): "World Health Organization" /
/// "世界卫生组织" over a World Health Assembly text, "United Nations" / "联合国" over a General Assembly draft, as before.
/// </summary>
public sealed class OrganisationMastheadTests : BunitContext
{
    private static Draft Draft(string language, DraftMetadata metadata)
    {
        var draft = Domain.Drafts.Draft.Create(language).Value!;
        Assert.True(draft.SetMetadata(metadata).IsSuccess);
        return draft;
    }

    [Theory]
    [InlineData(DraftLanguage.English, "World Health Assembly", "Seventy-ninth session", "WHA79.12", "World Health Organization")]
    [InlineData(DraftLanguage.Chinese, "世界卫生大会", "第七十九届会议", "WHA79.12", "世界卫生组织")]
    [InlineData(DraftLanguage.English, "Executive Board", "158th session", "EB158.R3", "World Health Organization")]
    [InlineData(DraftLanguage.English, "General Assembly", "Eightieth session", "A/80/L.6", "United Nations")]
    [InlineData(DraftLanguage.Chinese, "大会", "第八十届会议", "A/80/L.6", "联合国")]
    public void TheMasthead_PrintsTheOrganisationOverTheBody(string language, string body, string session, string symbol, string organisation)
    {
        var draft = Draft(language, new DraftMetadata { Body = body, Session = session, Symbol = symbol });

        var masthead = Render<DraftMasthead>(p => p.Add(x => x.Draft, draft));

        Assert.Equal(organisation, masthead.Find(".organ .un").TextContent.Trim()); // was "United Nations" over every body
        Assert.Equal(body, masthead.Find(".organ .body").TextContent.Trim());
    }
}
