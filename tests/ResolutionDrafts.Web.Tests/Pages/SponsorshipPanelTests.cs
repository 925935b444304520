using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts.Panels;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// Issue 16 (ADR 0034, amendment 5): a delegation was offered "Co-sponsor as …" on an adopted resolution, where sponsoring no
/// longer applies. The panel says why instead and offers nothing; a draft still offers it. English and Chinese drafts alike.
/// </summary>
public sealed class SponsorshipPanelTests : BunitContext
{
    private IRenderedComponent<SponsorshipPanel> Panel(Draft draft, string delegation) =>
        Render<SponsorshipPanel>(p => p.Add(x => x.Draft, draft).Add(x => x.Delegation, delegation));

    [Theory]
    [InlineData(DocumentKind.AdoptedResolution, "This resolution has been adopted")]
    [InlineData(DocumentKind.AdoptedDecision, "This decision has been adopted")]
    public void AnAdoptedText_OffersNoCoSponsoring_AndSaysWhy(DocumentKind kind, string why)
    {
        var draft = SampleDrafts.Demo();
        Assert.True(draft.AddSponsor(new Sponsor("Burundi")).IsSuccess);
        Assert.Contains(Panel(draft, "Brazil").FindAll("button"), b => b.TextContent == "Co-sponsor as Brazil");
        Assert.Contains(Panel(draft, "Burundi").FindAll("button"), b => b.TextContent == "Withdraw Burundi's sponsorship");

        Assert.True(draft.SetKind(kind, null).IsSuccess);
        var brazil = Panel(draft, "Brazil");
        var burundi = Panel(draft, "Burundi");

        Assert.Empty(brazil.FindAll("button"));
        Assert.Empty(burundi.FindAll("button"));
        Assert.StartsWith(why, brazil.Find("[data-testid=sponsorship-adopted]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Burundi sponsored it. " + why, burundi.Find("[data-testid=sponsorship-adopted]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AChineseDraft_StillOffersCoSponsoring_UntilItIsAdopted()
    {
        var draft = Draft.Create("zh", DocumentKind.DraftResolution).Value!;
        Assert.True(draft.AddSponsor(new Sponsor("古巴")).IsSuccess);
        Assert.Contains(Panel(draft, "Brazil").FindAll("button"), b => b.TextContent == "Co-sponsor as Brazil");

        Assert.True(draft.SetKind(DocumentKind.AdoptedResolution, null).IsSuccess);
        Assert.Empty(Panel(draft, "Brazil").FindAll("button"));
        Assert.Empty(Panel(draft, "Cuba").FindAll("button"));
        Assert.StartsWith("Cuba sponsored it.", Panel(draft, "Cuba").Find("[data-testid=sponsorship-adopted]").TextContent, StringComparison.Ordinal);
    }
}
