using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Precedents.Reading;
using ResolutionDrafts.Web.Precedents;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Precedents;

/// <summary>
/// `rd corpus import` (the built rd.dll, as an administrator runs it from the shell) into the corpus
/// of a running app: its SQLite file, or a PostgreSQL deployment's shared database, named by
/// `--provider postgres --connection` or by the settings the app itself reads
/// (Storage__Provider, ConnectionStrings__Drafts). The app finds what was imported without a restart.
/// </summary>
public sealed class CorpusImportCommandTests
{
    private static readonly Dictionary<string, string> RefreshAtOnce = new() { ["Precedents:RefreshInterval"] = "00:00:00" };

    [Fact]
    [Trait("Needs", "postgres")]
    public async Task IntoAPostgresDeployment_ByOptionsOrByTheAppsSettings_TheNodesFindIt_AndABadConnectionSaysSo()
    {
        if (AppFactory.PostgresServer is null)
        {
            throw new InvalidOperationException("This test needs PostgreSQL: set RD_TEST_POSTGRES (scripts/test.sh starts one).");
        }

        await using var node = new AppFactory { Settings = RefreshAtOnce };
        var search = node.Services.GetRequiredService<PrecedentSearch>();
        Assert.Equal(0, await search.CountAsync()); // the node has its (empty) index before the import
        var connection = node.Services.GetRequiredService<IConfiguration>().GetConnectionString("Drafts")!;
        var files = PrecedentSearchTests.CorpusFiles().Skip(30).Take(3).ToArray();

        var (code, output) = await RunRdAsync(["corpus", "import", files[0], files[1], "--provider", "postgres", "--connection", connection]);

        Assert.True(code == 0, output);
        Assert.Contains("imported 2 resolutions", output, StringComparison.Ordinal);
        Assert.Equal(Paragraph(files[1]), (await search.FindAsync(Paragraph(files[1]), "en"))[0].Precedent.Text);
        Assert.False(File.Exists(node.DatabasePath), "nothing went into a SQLite file");

        // The settings the app reads, from the environment: the password stays out of the process list.
        (code, output) = await RunRdAsync(["corpus", "import", files[2]], new() { ["Storage__Provider"] = "postgres", ["ConnectionStrings__Drafts"] = connection });
        Assert.True(code == 0, output);
        Assert.Equal(Paragraph(files[2]), (await search.FindAsync(Paragraph(files[2]), "en"))[0].Precedent.Text);
        (code, output) = await RunRdAsync(["corpus", "find", Paragraph(files[2]), "--json", "--top", "1"], new() { ["Storage__Provider"] = "postgres", ["ConnectionStrings__Drafts"] = connection });
        Assert.True(code == 0, output);
        Assert.Contains(Paragraph(files[2])[..40], output, StringComparison.Ordinal);

        // A server that is not there: one line saying so, exit 2, nothing half-imported.
        var away = new Npgsql.NpgsqlConnectionStringBuilder(connection) { Port = 9, Timeout = 2 }.ToString();
        (code, output) = await RunRdAsync(["corpus", "import", files[0], "--provider", "postgres", "--connection", away]);
        Assert.Equal(2, code);
        Assert.StartsWith("rd corpus: the PostgreSQL database could not be used:", output.Trim(), StringComparison.Ordinal);
        Assert.Single(output.Trim().Split('\n'));

        // --db names a SQLite file; with PostgreSQL it is a mistake, said as one.
        (code, output) = await RunRdAsync(["corpus", "import", files[0], "--provider", "postgres", "--db", "/tmp/x.db", "--connection", connection]);
        Assert.Equal(1, code);
        Assert.Contains("--db names a SQLite file", output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Storage", "sqlite-only")]
    public async Task IntoTheAppsSqliteFile_TheAppFindsItWithoutARestart()
    {
        await using var app = new AppFactory { Settings = RefreshAtOnce };
        var search = app.Services.GetRequiredService<PrecedentSearch>();
        Assert.Equal(0, await search.CountAsync());
        var file = PrecedentSearchTests.CorpusFiles().Skip(33).First();

        var (code, output) = await RunRdAsync(["corpus", "import", file], new() { ["Storage__DatabasePath"] = app.DatabasePath });

        Assert.True(code == 0, output);
        Assert.Equal(Paragraph(file), (await search.FindAsync(Paragraph(file), "en"))[0].Precedent.Text);
        (code, output) = await RunRdAsync(["corpus", "import", file, "--connection", "Host=127.0.0.1"]);
        Assert.Equal(1, code);
        Assert.Contains("add --provider postgres", output, StringComparison.Ordinal);
    }

    private static string Paragraph(string file) =>
        AknCorpusReader.Read(File.ReadAllBytes(file)).Paragraphs.First(p => p.Text.Split(' ').Length > 12).Text;

    private static async Task<(int ExitCode, string Output)> RunRdAsync(string[] args, Dictionary<string, string>? environment = null)
    {
        var rd = Path.Combine(AppProcess.RepositoryRoot(), "src", "ResolutionDrafts.Cli", "bin", AppProcess.BuildConfiguration, "net10.0", "rd.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(rd);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Only what the test gives: the app's own settings in this process's environment are not the command's.
        foreach (var name in new[] { "Storage__Provider", "Storage__DatabasePath", "ConnectionStrings__Drafts" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
