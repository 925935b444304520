using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Drafts;

/// <summary>Importing a document the user already has offers the existing draft instead of a silent duplicate (issue 16).</summary>
public sealed class ImportDuplicatesTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private DraftAccessService Access => app.Services.GetRequiredService<DraftAccessService>();

    /// <summary>The demo draft under a symbol of its own (the app seeds the demo A/80/L.6 itself).</summary>
    private static Domain.Drafts.Draft Sample(string symbol = "A/80/L.77")
    {
        var draft = SampleDrafts.Demo();
        Assert.True(draft.SetMetadata(draft.Metadata with { Symbol = symbol }).IsSuccess);
        return draft;
    }

    [Fact]
    public async Task TheSameDocumentImportedAgain_FindsTheFirstDraft()
    {
        var actor = await app.ActorAsync("secretariat");
        var id = await app.Services.GetRequiredService<IRevisionService>().CreateIssuedAsync(actor, Sample(), "imported", None);

        var found = await ImportDuplicates.FindAsync(Sample(), actor, Access, app.Drafts, None);

        Assert.Equal(id, found?.Id);
    }

    [Fact]
    public async Task AnEditedDraftOfTheSameSymbol_IsNotTheSameDocument()
    {
        var actor = await app.ActorAsync("secretariat");
        var id = await app.Services.GetRequiredService<IRevisionService>().CreateIssuedAsync(actor, Sample(), "imported", None);
        var edited = await app.Drafts.ApplyAsync(id, DraftChanges.SetText("op1", "Takes note with appreciation of the report;"), await app.AccessAsync("secretariat", id), None);
        Assert.True(edited.IsSuccess, edited.Error);

        Assert.Null(await ImportDuplicates.FindAsync(Sample(), actor, Access, app.Drafts, None));
    }

    [Fact]
    public async Task ADocumentWithoutASymbol_MatchesTheDraftItWasImportedAsUnderTheSymbolGiven()
    {
        var actor = await app.ActorAsync("secretariat");
        var named = Sample("A/80/L.99");
        var id = await app.Services.GetRequiredService<IRevisionService>().CreateIssuedAsync(actor, named, "imported", None);
        var unnamed = Sample();
        unnamed.SetMetadata(unnamed.Metadata with { Symbol = null });

        Assert.Equal(id, (await ImportDuplicates.FindAsync(unnamed, actor, Access, app.Drafts, None))?.Id);
    }

    [Fact]
    public async Task ADraftTheUserIsNotAMemberOf_IsNotOffered()
    {
        var id = await app.Services.GetRequiredService<IRevisionService>().CreateIssuedAsync(await app.ActorAsync("secretariat"), Sample(), "imported", None);
        Assert.NotEqual(Guid.Empty, id);

        Assert.Null(await ImportDuplicates.FindAsync(Sample(), await app.ActorAsync("china"), Access, app.Drafts, None));
    }
}
