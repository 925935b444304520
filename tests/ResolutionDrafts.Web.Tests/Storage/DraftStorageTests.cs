using Microsoft.Data.Sqlite;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Storage;

public sealed class DraftStorageTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TheDraftsList_ShowsTheLiveSymbolTitleAndLastChange_WhileTheDraftIsOpen()
    {
        // Issue 17: the list read the last snapshot (every 200 changes, or when the last user left).
        await using var app = new AppFactory();
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var secretariat = await HubClients.JoinAsync(app, id, "secretariat");
        var access = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ResolutionDrafts.Web.Access.DraftAccessService>(app.Services);
        var actor = (await app.AccessAsync("secretariat", id)).Actor;
        var before = (await access.VisibleDraftsAsync(actor, None)).Single(d => d.Summary.Id == id).Summary;

        await secretariat.EditAsync(d => DomainResult<DraftOperation>.Ok(new SetMetadata(d.Metadata with { Symbol = "A/80/L.6/Rev.1" })));
        await secretariat.EditAsync(_ => DomainResult<DraftOperation>.Ok(new SetTitle("Oceans and the law of the sea")));
        await secretariat.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));

        var listed = (await access.VisibleDraftsAsync(actor, None)).Single(d => d.Summary.Id == id).Summary;
        Assert.Equal(("A/80/L.6/Rev.1", "Oceans and the law of the sea"), (listed.Symbol, listed.Title));
        Assert.True(listed.UpdatedUtc >= before.UpdatedUtc);
    }

    [Fact]
    public async Task TwoNodesStartingAtOnceOnOneDatabase_MigrateAndSeedItOnce()
    {
        // Issue 15: a deploy starts every node at the same moment (on PostgreSQL in the second pass of scripts/test.sh).
        // On PostgreSQL a database neither has seen: both nodes find it missing, one creates and migrates it.
        var path = AppFactory.NewDatabasePath();
        await using var first = new AppFactory(path) { FreshDatabase = true };
        await using var second = new AppFactory(path) { FreshDatabase = true };

        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        var drafts = await first.Drafts.ListAsync(None);
        Assert.Equal(2, drafts.Count); // the two demo drafts, not four
        Assert.Equal(drafts.Select(d => d.Id).Order(), (await second.Drafts.ListAsync(None)).Select(d => d.Id).Order());
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(first.Services);
        var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ResolutionDrafts.Web.Accounts.AppUser>>(scope.ServiceProvider);
        Assert.Single(users.Users.Where(u => u.UserName == "admin"));
    }

    [Fact]
    public async Task RoundTrip_EveryFieldSurvivesARestart()
    {
        var original = SampleDrafts.Full();
        Guid id;
        string path;
        await using (var app = new AppFactory())
        {
            id = await app.CreateDraftAsync(original);
            path = app.DatabasePath;
        }

        await using var restarted = new AppFactory(path);
        var loaded = await restarted.Drafts.LoadAsync(id, None);

        Assert.NotNull(loaded);
        Assert.Equal(DraftJson.Serialize(original), DraftJson.Serialize(loaded.Draft));
        Assert.Equal("A/C.3/80/L.20/Rev.2", loaded.Draft.Metadata.Symbol);
        Assert.Equal(new DateOnly(2025, 11, 3), loaded.Draft.Sponsors[2].Joined);
        Assert.Equal("in the “regions” — 区域 — 😀 𠀀;", loaded.Draft.FindNode("op1-a-i-a")!.Text);
        Assert.Equal("I. Reporting", loaded.Draft.Paragraphs[1].Heading);
    }

    [Fact]
    public async Task Edit_PersistsAcrossARestart()
    {
        await using var app = new AppFactory();
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());

        var result = await app.Drafts.ApplyAsync(id, DraftChanges.SetText("op5", "Decides to remain seized of the matter."), await app.AccessAsync("secretariat", id), None);
        Assert.True(result.IsSuccess, result.Error);

        await using var restarted = new AppFactory(app.DatabasePath);
        var loaded = await restarted.Drafts.LoadAsync(id, None);
        Assert.Equal("Decides to remain seized of the matter.", loaded!.Draft.FindNode("op5")!.Text);
        Assert.Equal(1, loaded.Revision);
    }

    public static TheoryData<string, Func<Draft, DomainResult<DraftOperation>>, string> BadEdits => new()
    {
        { "empty paragraph", DraftChanges.SetText("op1", " "), "cannot be empty" },
        { "1 MB paragraph", DraftChanges.SetText("op1", new string('a', 1024 * 1024)), "at most 20,000 characters" },
        { "duplicate sponsor", DraftChanges.AddSponsor(new Sponsor("chile")), "already a sponsor" },
        { "sub-paragraph under a paragraph that is not there", DraftChanges.AddSubParagraph("op1-a-i-a-i", "too deep;"), "no paragraph" },
        { "unknown paragraph", DraftChanges.Delete("nope"), "no paragraph" },
    };

    [Theory]
    [MemberData(nameof(BadEdits))]
    public async Task RefusedEdit_ChangesNothingStored(string what, Func<Draft, DomainResult<DraftOperation>> change, string reason)
    {
        await using var app = new AppFactory();
        var id = await app.CreateDraftAsync(SampleDrafts.Full());
        var before = await app.Drafts.LoadAsync(id, None);

        var result = await app.Drafts.ApplyAsync(id, change, await app.AccessAsync("secretariat", id), None);

        Assert.False(result.IsSuccess, what);
        Assert.Contains(reason, result.Error);
        await using var restarted = new AppFactory(app.DatabasePath);
        var after = await restarted.Drafts.LoadAsync(id, None);
        Assert.Equal(before!.Revision, after!.Revision);
        Assert.Equal(DraftJson.Serialize(before.Draft), DraftJson.Serialize(after.Draft));
    }

    [Fact]
    public async Task ConcurrentEdits_AllLand()
    {
        await using var app = new AppFactory();
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        string[] names = ["Bolivia (Plurinational State of)", "Mexico", "Namibia", "Viet Nam", "Algeria", "Ghana", "Nicaragua", "China"];

        var secretariat = await app.AccessAsync("secretariat", id);
        var results = await Task.WhenAll(names.Select(n => app.Drafts.ApplyAsync(id, DraftChanges.AddSponsor(new Sponsor(n)), secretariat, None)));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        await using var restarted = new AppFactory(app.DatabasePath);
        var loaded = await restarted.Drafts.LoadAsync(id, None);
        Assert.Equal(names.Length + 1, loaded!.Draft.Sponsors.Count);
        Assert.Equal(names.Length, loaded.Revision);
    }

    [Fact]
    [Trait("Storage", "sqlite-only")]
    public async Task Database_IsMigratedInWalMode()
    {
        await using var app = new AppFactory();
        _ = app.Services; // starts the app, which migrates

        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 1);
    }

}
