using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Precedents.Reading;
using ResolutionDrafts.Web.Precedents;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Precedents;

/// <summary>
/// The corpus lives in the app's own database: the SQLite file, or, in scripts/test.sh's second
/// pass (RD_TEST_POSTGRES), PostgreSQL, where several nodes share it and each builds its own index
/// from the rows. Two app instances on one database stand for two nodes.
/// </summary>
public sealed class CorpusStorageTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> RefreshAtOnce = new() { ["Precedents:RefreshInterval"] = "00:00:00" };
    private readonly AppFactory first = new() { Settings = RefreshAtOnce };
    private AppFactory second = default!;

    public Task InitializeAsync()
    {
        second = new AppFactory(first.DatabasePath) { Settings = RefreshAtOnce };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task AnImportOnOneNode_IsFoundOnTheOther_AndTheRowsAreInTheConfiguredDatabase()
    {
        var files = PrecedentSearchTests.CorpusFiles().Skip(10).Take(3).ToArray();
        var one = first.Services.GetRequiredService<PrecedentSearch>();
        var two = second.Services.GetRequiredService<PrecedentSearch>();
        Assert.Equal(0, await two.CountAsync()); // the second node has built its (empty) index before the import

        var report = await one.ImportAsync(files[..2], null, CancellationToken.None);
        var source = AknCorpusReader.Read(File.ReadAllBytes(files[1])).Paragraphs.First(p => p.Text.Split(' ').Length > 12);

        Assert.Equal(2, report.Resolutions);
        Assert.Equal(source.Text, (await two.FindAsync(source.Text, "en"))[0].Precedent.Text);
        Assert.Equal(report.Paragraphs, await two.CountAsync());

        // A third resolution, imported on the second node, reaches the first.
        await two.ImportAsync(files[2..], null, CancellationToken.None);
        var third = AknCorpusReader.Read(File.ReadAllBytes(files[2])).Paragraphs.First(p => p.Text.Split(' ').Length > 12);
        Assert.Equal(third.Text, (await one.FindAsync(third.Text, "en"))[0].Precedent.Text);

        var paragraphs = report.Paragraphs + AknCorpusReader.Read(File.ReadAllBytes(files[2])).Paragraphs.Count;
        if (AppFactory.PostgresServer is not null)
        {
            var connection = first.Services.GetRequiredService<IConfiguration>().GetConnectionString("Drafts");
            await using var postgres = new Npgsql.NpgsqlConnection(connection);
            await postgres.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM corpus_paragraph", postgres);
            Assert.Equal(paragraphs, (long)(await count.ExecuteScalarAsync())!);
            Assert.False(File.Exists(first.DatabasePath), "on PostgreSQL no SQLite file is made for the corpus");
        }
        else
        {
            await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={first.DatabasePath};Pooling=false");
            await sqlite.OpenAsync();
            await using var count = sqlite.CreateCommand();
            count.CommandText = "SELECT count(*) FROM corpus_paragraph";
            Assert.Equal(paragraphs, (long)(await count.ExecuteScalarAsync())!);
        }
    }

    [Fact]
    public async Task ImportingTheSameResolutionOnBothNodes_KeepsOneCopy()
    {
        var file = PrecedentSearchTests.CorpusFiles().Skip(20).First();
        var one = await first.Services.GetRequiredService<PrecedentSearch>().ImportAsync([file], null, CancellationToken.None);
        var two = await second.Services.GetRequiredService<PrecedentSearch>().ImportAsync([file], null, CancellationToken.None);

        Assert.Equal(1, one.Resolutions);
        Assert.Equal(0, two.Resolutions);
        Assert.StartsWith("already in the corpus", Assert.Single(two.Skipped).Reason, StringComparison.Ordinal);
        Assert.Equal(one.Paragraphs, await second.Services.GetRequiredService<PrecedentSearch>().CountAsync());
    }
}
