using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>Issue 17: a sponsor that is not on the Member States list is warned about in the sponsor editor, as the importer warns.</summary>
public sealed class SponsorsEditorTests : BunitContext
{
    [Fact]
    public void ASponsorNotOnTheList_IsWarnedAbout_WhenListed_AndWhileItsNameIsTyped()
    {
        var draft = SampleDrafts.Demo();
        Assert.True(draft.AddSponsor(new Sponsor("Atlantis", false, null, null)).IsSuccess);
        var editor = Render<SponsorsEditor>(p => p.Add(x => x.Draft, draft));

        var warned = editor.FindAll(".sponsors-editor li").Where(li => li.QuerySelector(".sponsor-warning") is not null).Select(li => li.QuerySelector(".name")!.TextContent);
        Assert.Equal(["Atlantis"], warned);
        Assert.Empty(editor.FindAll("[data-testid=sponsor-name-warning]"));

        editor.Find("input[aria-label='Sponsor name']").Input("Narnia");
        Assert.Contains("\"Narnia\" is not on the list of Member States and observers", editor.Find("[data-testid=sponsor-name-warning]").TextContent);

        editor.Find("input[aria-label='Sponsor name']").Input("Côte d'Ivoire");
        Assert.Empty(editor.FindAll("[data-testid=sponsor-name-warning]"));
    }
}
