using System.Net;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Operations;

/// <summary>
/// Issues 15 and 18: the servers a node of several stands on. A connection string or Redis setting
/// that cannot be read, an unknown provider, and a PostgreSQL or Redis that does not answer stop the
/// real app process at start with one line on standard error and a non-zero exit, not a stack trace.
/// </summary>
public sealed class BackingServicesAtStartTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rd-backing-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, int, string> WrongSettings => new()
    {
        // setting=value|setting=value, the exit code, what the line says.
        { "Storage__Provider=mysql", 2, "Storage:Provider must be \"sqlite\" or \"postgres\"" },
        { "Storage__Provider=postgres", 2, "ConnectionStrings:Drafts is not set" },
        { "Storage__Provider=postgres|ConnectionStrings__Drafts=Hots=127.0.0.1,Port=5432", 2, "ConnectionStrings:Drafts cannot be read" },
        { "Storage__Provider=postgres|ConnectionStrings__Drafts=Port=5432;Database=drafts", 2, "ConnectionStrings:Drafts names no Host" },
        { "Redis__Configuration=127.0.0.1:6379,notanoption=1", 2, "Redis:Configuration cannot be read" },
        // Nothing listens on these ports: the servers do not answer (a restart may find them up: exit 1).
        { "Storage__Provider=postgres|ConnectionStrings__Drafts=Host=127.0.0.1;Port={closed};Database=drafts;Username=rd;Timeout=3", 1, "does not answer" },
        { "Redis__Configuration=127.0.0.1:{closed}", 1, "Redis at 127.0.0.1:{closed} (Redis:Configuration)" },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task ABackingServiceSettingOrServerThatFails_StopsTheApp_WithOneLine(string settings, int expectedExit, string expected)
    {
        var closed = AppProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__DatabasePath"] = Path.Combine(folder, "drafts.db"),
        };
        foreach (var pair in settings.Replace("{closed}", closed, StringComparison.Ordinal).Split('|'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            environment[pair[..equals]] = pair[(equals + 1)..];
        }

        using var app = AppProcess.Launch(AppProcess.WebDll(), folder, AppProcess.FreePort(), environment);
        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));
        var lines = app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expectedExit, exitCode);
        var line = Assert.Single(lines, l => l.Contains("did not start", StringComparison.Ordinal));
        Assert.StartsWith("ResolutionDrafts did not start: ", line);
        Assert.Contains(expected.Replace("{closed}", closed, StringComparison.Ordinal), line);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Unhandled exception", StringComparison.Ordinal)
            || l.Contains("Exception:", StringComparison.Ordinal));
    }
}
