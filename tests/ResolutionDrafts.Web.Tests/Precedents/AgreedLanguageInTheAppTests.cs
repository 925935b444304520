using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Precedents;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Precedents;

/// <summary>
/// Using agreed language through the one door (<c>IDraftService.ApplyAsync</c>), as the panel does:
/// the source is stored with the draft (SQLite or PostgreSQL), kept by an issued revision and in the
/// AKN download, and the drift shows once the live text is edited (ADR 0011).
/// </summary>
public sealed class AgreedLanguageInTheAppTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly AgreedLanguage Source = new(
        "A/RES/75/289", "OP2",
        "Reiterates its call upon all States to refrain from promulgating and applying laws and measures of the kind referred to in the preamble to the present resolution;",
        "2021", "en");

    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task TheSource_IsSavedWithTheText_KeptInAnIssuedRevisionAndTheAkn_AndTheDriftShows()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var secretariat = await app.AccessAsync("secretariat", id);

        var used = await app.Drafts.ApplyAsync(id, AgreedLanguageChanges.Use("op2", Source), secretariat, None);
        Assert.Null(used.Error);

        // A restart reads it back from the database.
        await using (var restarted = new AppFactory(app.DatabasePath))
        {
            var node = (await restarted.Drafts.LoadAsync(id, None))!.Draft.FindNode("op2")!;
            Assert.Equal(Source, node.Source);
            Assert.Equal(Source.Text, node.Text);
        }

        var revisions = app.Services.GetRequiredService<IRevisionService>();
        var issued = await revisions.IssueAsync(secretariat, new IssueRevisionRequest("A/80/L.6/Rev.1", null), None);
        Assert.True(issued.IsSuccess, issued.Error);

        var live = (await app.Drafts.LoadAsync(id, None))!.Draft;
        var at = live.FindNode("op2")!.Text.IndexOf("all States", StringComparison.Ordinal);
        Assert.Null((await app.Drafts.ApplyAsync(id, d => DomainResult<DraftOperation>.Ok(EditText.Splice(d, "op2", at, "all".Length, "all Member").Value!), secretariat, None)).Error);

        var drifted = (await app.Drafts.LoadAsync(id, None))!.Draft.FindNode("op2")!;
        Assert.Equal(Source, drifted.Source);
        Assert.False(drifted.Source!.Matches(drifted.Text));
        var revision = (await revisions.LoadAsync(issued.Value!.Id, None))!.Draft.FindNode("op2")!;
        Assert.Equal(Source, revision.Source);
        Assert.True(revision.Source!.Matches(revision.Text));

        var client = await app.ClientAsAsync("secretariat");
        var akn = await client.GetStringAsync($"/drafts/{id}/export/akn");
        Assert.Contains("showAs=\"A/RES/75/289, OP2\"", akn, StringComparison.Ordinal);
        Assert.Contains("agreedLanguageDrifted", akn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnObserver_CannotUseAgreedLanguage()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());

        var refused = await app.Drafts.ApplyAsync(id, AgreedLanguageChanges.Use("op2", Source), await app.AccessAsync("observer", id), None);

        Assert.NotNull(refused.Error);
        Assert.Null((await app.Drafts.LoadAsync(id, None))!.Draft.FindNode("op2")!.Source);
    }
}
