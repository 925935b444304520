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
        var (exitCode, lines) = await StartAsync(name, value, credentials: false);

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(lines, l => l.Contains("did not start", StringComparison.Ordinal));
        Assert.StartsWith("ResolutionDrafts did not start: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Unhandled exception", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASettingInAServiceCredentialFile_IsRead()
    {
        // systemd's LoadCredential=: one file per secret in $CREDENTIALS_DIRECTORY, named after the setting.
        var (exitCode, lines) = await StartAsync("Collaboration__BatchWindow", "00:00:05", credentials: true);

        Assert.Equal(2, exitCode);
        Assert.Contains(lines, l => l.Contains("Collaboration:BatchWindow must be between", StringComparison.Ordinal));
    }

    private async Task<(int ExitCode, string[] Lines)> StartAsync(string name, string value, bool credentials)
    {
        File.WriteAllText(Path.Combine(folder, "a-file"), "");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__DatabasePath"] = Path.Combine(folder, "drafts.db"),
        };
        value = value.Replace("{folder}", folder, StringComparison.Ordinal);
        if (credentials)
        {
            var directory = Directory.CreateDirectory(Path.Combine(folder, "credentials")).FullName;
            File.WriteAllText(Path.Combine(directory, name), value);
            environment["CREDENTIALS_DIRECTORY"] = directory;
        }
        else
        {
            environment[name] = value;
        }

        using var app = AppProcess.Launch(AppProcess.WebDll(), folder, AppProcess.FreePort(), environment);
        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));
        // The build output has no wwwroot of its own (a published app has), so a warning may come first.
        return (exitCode, app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
