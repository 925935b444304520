using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Revisions;

public sealed class RevisionServiceTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AppFactory app = new();

    private IRevisionService Revisions => app.Services.GetRequiredService<IRevisionService>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task IssuedRevision_NeverChangesWhenTheLiveTextDoes()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var issued = await Revisions.IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("A/80/L.6/Rev.1", "after informals"), None);
        Assert.True(issued.IsSuccess, issued.Error);

        await app.Drafts.ApplyAsync(id, DraftChanges.SetText("op1", "Takes note with appreciation of the report;"), await app.AccessAsync("secretariat", id), None);

        var revision = await Revisions.LoadAsync(issued.Value!.Id, None);
        Assert.StartsWith("Takes note of the report", revision!.Draft.FindNode("op1")!.Text);
        Assert.Equal("A/80/L.6/Rev.1", revision.Draft.Metadata.Symbol);
        Assert.Equal((DocumentKind.RevisedDraftResolution, 1), (revision.Draft.Kind, revision.Draft.Revision));
        // The issuer is the signed-in user, never a name from the request (issue 14, 11).
        Assert.Equal(("Sara Lindqvist", "after informals", 1), (revision.Summary.IssuedBy, revision.Summary.Note, revision.Summary.Sequence));

        var live = await app.Drafts.LoadAsync(id, None);
        Assert.Equal("A/80/L.6/Rev.1", live!.Draft.Metadata.Symbol);
        Assert.StartsWith("Takes note with appreciation", live.Draft.FindNode("op1")!.Text);
    }

    [Fact]
    public async Task DemoDrafts_AreStoredAsIssued_SoTheFirstRevisionSuggestedIsRev1()
    {
        // Issue 17: the demo drafts, issued documents, were loaded as plain drafts; "Issue revision" then
        // offered their own symbol and froze the edited text under it.
        var demo = (await app.Drafts.ListAsync(None)).Single(d => d.Symbol == "A/80/L.6");

        var issued = Assert.Single(await Revisions.ListAsync(demo.Id, None));

        Assert.Equal(("A/80/L.6", 1), (issued.Symbol, issued.Sequence));
        Assert.Equal("A/80/L.6/Rev.1", RevisionService.SuggestSymbol([issued], demo.Symbol));
        var asIssued = await Revisions.LoadAsync(issued.Id, None);
        Assert.Equal(DraftJson.Serialize((await app.Drafts.LoadAsync(demo.Id, None))!.Draft), DraftJson.Serialize(asIssued!.Draft));
    }

    [Fact]
    public async Task SameSymbolTwice_IsRefusedAndNothingIsIssued()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        Assert.True((await Revisions.IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("A/80/L.6", null), None)).IsSuccess);

        var again = await Revisions.IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("A/80/L.6", null), None);
        var blank = await Revisions.IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("  ", null), None);

        Assert.Contains("already been issued", again.Error);
        Assert.Contains("needs a document symbol", blank.Error);
        Assert.Single(await Revisions.ListAsync(id, None));
    }

    [Fact]
    public async Task NewDraftFromARevision_KeepsItsTextAndParagraphIds()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var issued = (await Revisions.IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("A/80/L.6", null), None)).Value!;

        var started = await Revisions.StartDraftFromAsync(await app.AccessAsync("secretariat", id), issued.Id, None);

        Assert.True(started.IsSuccess, started.Error);
        var copy = await app.Drafts.LoadAsync(started.Value, None);
        var revision = await Revisions.LoadAsync(issued.Id, None);
        Assert.Equal(DraftJson.Serialize(revision!.Draft), DraftJson.Serialize(copy!.Draft));
        Assert.NotEqual(id, started.Value);
    }

    [Fact]
    public async Task TextVersions_RefuseARevisionOfAnotherDraft()
    {
        var first = await app.CreateDraftAsync(SampleDrafts.Demo());
        var second = await app.CreateDraftAsync(SampleDrafts.Demo());
        var issued = (await Revisions.IssueAsync(await app.AccessAsync("secretariat", first), new IssueRevisionRequest("A/80/L.6", null), None)).Value!;
        var versions = app.Services.GetRequiredService<TextVersions>();

        Assert.True((await versions.FindAsync(first, issued.Id.ToString(), None)).IsSuccess);
        Assert.Contains("does not belong", (await versions.FindAsync(second, issued.Id.ToString(), None)).Error);
        Assert.Contains("neither", (await versions.FindAsync(first, "nonsense", None)).Error);
    }

    [Fact]
    public async Task ImportedIssuedDocument_IsItsFirstRevisionAtOnce_AndTheNextIsSuggestedAsRev1()
    {
        var id = await Revisions.CreateIssuedAsync(await app.ActorAsync("secretariat"), SampleDrafts.Demo(), "imported from A_80_L.6.txt", None);

        var first = Assert.Single(await Revisions.ListAsync(id, None));
        Assert.Equal(("A/80/L.6", new DateTime(2025, 10, 7)), (first.Symbol, first.IssuedUtc.Date));
        await app.Drafts.ApplyAsync(id, DraftChanges.SetText("op1", "Takes note with appreciation of the report;"), await app.AccessAsync("secretariat", id), None);

        var page = await (await app.ClientAsAsync("secretariat")).GetStringAsync($"/drafts/{id}/revisions");
        Assert.Contains("value=\"A/80/L.6/Rev.1\"", page);
        Assert.DoesNotContain("value=\"A/80/L.6\"", page);
        // The as-issued text is kept: the edit went to the live text only.
        Assert.StartsWith("Takes note of the report", (await Revisions.LoadAsync(first.Id, None))!.Draft.FindNode("op1")!.Text);
    }

    [Fact]
    public async Task NewDraftFromARevision_HasThatRevisionAsItsFirst()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var issued = (await Revisions.IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("A/80/L.6/Rev.1", null), None)).Value!;

        var started = (await Revisions.StartDraftFromAsync(await app.AccessAsync("secretariat", id), issued.Id, None)).Value;

        var first = Assert.Single(await Revisions.ListAsync(started, None));
        Assert.Equal("A/80/L.6/Rev.1", first.Symbol);
        Assert.Equal("A/80/L.6/Rev.2", RevisionService.SuggestSymbol([first], "A/80/L.6/Rev.1"));
    }

    [Fact]
    public async Task IssuedRevision_GetsTheDaysDateOfIssueInItsMastheadAndDocx()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var today = DateTime.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

        var issued = (await Revisions.IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("A/80/L.6/Rev.1", null), None)).Value!;

        Assert.Equal(today, (await Revisions.LoadAsync(issued.Id, None))!.Draft.Metadata.Date);
        var docx = await (await app.ClientAsAsync("secretariat")).GetByteArrayAsync($"/revisions/{issued.Id}/export/docx");
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains(today, text);
        Assert.DoesNotContain("7 October 2025", text);
    }

    [Theory]
    [InlineData("en", "9 November 2017")]
    [InlineData("zh", "2017年11月9日")]
    public void IssueDate_IsPrintedAsTheMastheadOfItsLanguagePrintsIt(string language, string expected) =>
        Assert.Equal(expected, ResolutionDrafts.Domain.Revisions.IssueDates.Format(new DateOnly(2017, 11, 9), language));
}
