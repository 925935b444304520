using Microsoft.Data.Sqlite;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Storage;

public sealed class DraftStorageTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RoundTrip_EveryFieldSurvivesARestart()
    {
        var original = SampleDrafts.Full();
        Guid id;
        string path;
        await using (var app = new AppFactory())
        {
            id = await app.Drafts.CreateAsync(original, None);
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
        var id = await app.Drafts.CreateAsync(SampleDrafts.Demo(), None);

        var result = await app.Drafts.EditAsync(id, d => d.SetText("op5", "Decides to remain seized of the matter."), None);
        Assert.True(result.IsSuccess, result.Error);

        await using var restarted = new AppFactory(app.DatabasePath);
        var loaded = await restarted.Drafts.LoadAsync(id, None);
        Assert.Equal("Decides to remain seized of the matter.", loaded!.Draft.FindNode("op5")!.Text);
        Assert.Equal(2, loaded.Version);
    }

    public static TheoryData<string, Func<Draft, DomainResult>> BadEdits => new()
    {
        { "empty paragraph", d => d.SetText("op1", " ") },
        { "1 MB paragraph", d => d.SetText("op1", new string('a', 1024 * 1024)) },
        { "duplicate sponsor", d => d.AddSponsor(new Sponsor("Cuba")) },
        { "four levels deep", d => FourDeep(d) },
    };

    [Theory]
    [MemberData(nameof(BadEdits))]
    public async Task RefusedEdit_ChangesNothingStored(string what, Func<Draft, DomainResult> edit)
    {
        await using var app = new AppFactory();
        var id = await app.Drafts.CreateAsync(SampleDrafts.Demo(), None);
        var before = await app.Drafts.LoadAsync(id, None);

        var result = await app.Drafts.EditAsync(id, edit, None);

        Assert.False(result.IsSuccess, what);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        var after = await app.Drafts.LoadAsync(id, None);
        Assert.Equal(before!.Version, after!.Version);
        Assert.Equal(DraftJson.Serialize(before.Draft), DraftJson.Serialize(after.Draft));
    }

    [Fact]
    public async Task ConcurrentEdits_AllLand()
    {
        await using var app = new AppFactory();
        var id = await app.Drafts.CreateAsync(SampleDrafts.Demo(), None);
        string[] names = ["Bolivia (Plurinational State of)", "Mexico", "Namibia", "Viet Nam", "Algeria", "Ghana", "Nicaragua", "China"];

        var results = await Task.WhenAll(names.Select(n => app.Drafts.EditAsync(id, d => d.AddSponsor(new Sponsor(n)), None)));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        var loaded = await app.Drafts.LoadAsync(id, None);
        Assert.Equal(names.Length + 1, loaded!.Draft.Sponsors.Count);
        Assert.Equal(names.Length + 1, loaded.Version);
    }

    [Fact]
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

    private static DomainResult FourDeep(Draft draft)
    {
        var a = draft.AddSubParagraph("op1", "a:").Value!;
        var i = draft.AddSubParagraph(a.Id, "i:").Value!;
        var x = draft.AddSubParagraph(i.Id, "x:").Value!;
        var fourth = draft.AddSubParagraph(x.Id, "too deep;");
        return fourth.IsSuccess ? DomainResult.Ok() : DomainResult.Fail(fourth.Error!);
    }
}
