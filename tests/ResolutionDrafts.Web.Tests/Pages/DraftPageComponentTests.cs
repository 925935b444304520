using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

public sealed class DraftPageComponentTests : BunitContext
{
    private readonly RecordingDraftService service = new();
    private readonly Guid id;

    public DraftPageComponentTests()
    {
        id = service.Add(SampleDrafts.Demo());
        Services.AddSingleton<IDraftService>(service);
    }

    [Fact]
    public void Renders_PreambularItalicsAndOperativeNumbers()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        var openings = page.FindAll(".para.pp > .text > em.opening").Select(e => e.TextContent).ToList();
        Assert.Equal(["Determined", "Reaffirming", "Recalling", "Concerned", "Taking note", "Recalling", "Recalling also", "Concerned"], openings);
        Assert.Equal(["1.", "2.", "3.", "4.", "5."], page.FindAll(".para.op > .text > .marker").Select(e => e.TextContent));
        Assert.Equal(["PP1", "PP2"], page.FindAll(".para.pp > .label").Take(2).Select(e => e.TextContent));
        Assert.Equal("Cuba: draft resolution", page.Find("[data-testid=sponsors-line]").TextContent);
    }

    [Fact]
    public void EditingAParagraph_CallsTheServiceAndShowsTheNewText()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-op4 .tools button[title='Edit the text']").Click();
        page.Find("#para-op4 textarea").Change("Requests the Secretary-General to report at its eighty-first session;");
        page.Find("#para-op4 .editor-actions button.primary").Click();

        Assert.IsType<ResolutionDrafts.Domain.Operations.EditText>(Assert.Single(service.Applied));
        Assert.Equal("Requests the Secretary-General to report at its eighty-first session;", service.Current(id).FindNode("op4")!.Text);
        Assert.Contains("eighty-first session;", page.Find("#para-op4 > .text").TextContent);
        Assert.Empty(page.FindAll("textarea#editor-text"));
    }

    [Fact]
    public void EmptyingAParagraph_ShowsWhyAndKeepsTheText()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-op2 .tools button[title='Edit the text']").Click();
        page.Find("#para-op2 textarea").Change("   ");
        page.Find("#para-op2 .editor-actions button.primary").Click();

        Assert.Contains("cannot be empty", page.Find("#para-op2 .edit-error").TextContent);
        Assert.StartsWith("Reiterates its call upon", service.Current(id).FindNode("op2")!.Text);
    }

    [Fact]
    public void DuplicateSponsor_IsRefusedWithAMessage()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find(".add-sponsor input[aria-label='Sponsor name']").Change("Cuba");
        page.Find(".add-sponsor").Submit();

        Assert.Contains("already a sponsor", page.Find(".sponsors-editor .edit-error").TextContent);
        Assert.Single(service.Current(id).Sponsors);
    }

    [Fact]
    public void DeleteAsksForConfirmationFirst()
    {
        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        page.Find("#para-pp8 .tools button.danger").Click();
        Assert.Equal(13, service.Current(id).Paragraphs.Count);

        page.Find("#para-pp8 .tools button.confirm").Click();
        Assert.Equal(12, service.Current(id).Paragraphs.Count);
        Assert.Empty(page.FindAll("#para-pp8"));
    }
}
