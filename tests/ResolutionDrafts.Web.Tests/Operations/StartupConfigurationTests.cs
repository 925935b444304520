using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Operations;

/// <summary>A wrong setting stops the app at start with one clear line and a non-zero exit, not a stack trace.</summary>
public sealed class StartupConfigurationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rd-config-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string, string> WrongSettings => new()
    {
        { "Collaboration__BatchWindow", "00:00:05", "Collaboration:BatchWindow must be between" },
        { "Collaboration__BatchWindow", "soon", "Collaboration:BatchWindow" },
        { "Accounts__SignInCheckInterval", "01:00:00", "Accounts:SignInCheckInterval must be between" },
        // A regular file where the database's folder should be: no account, not even root, can create it.
        { "Storage__DatabasePath", "{folder}/a-file/drafts.db", "Storage:DatabasePath" },
        { "DataProtection__CertificatePath", "{folder}/no-such.pfx", "DataProtection:CertificatePath" },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task WrongSetting_StopsTheApp_WithOneLineNamingIt(string name, string value, string expected)
    {
        File.WriteAllText(Path.Combine(folder, "a-file"), "");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__DatabasePath"] = Path.Combine(folder, "drafts.db"),
        };
        environment[name] = value.Replace("{folder}", folder, StringComparison.Ordinal);

        using var app = AppProcess.Launch(AppProcess.WebDll(), folder, AppProcess.FreePort(), environment);
        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        // The build output has no wwwroot of its own (a published app has), so a warning may come first.
        var lines = app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines, l => l.Contains("did not start", StringComparison.Ordinal));
        Assert.StartsWith("ResolutionDrafts did not start: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Unhandled exception", StringComparison.Ordinal));
    }
}
