using System.Diagnostics;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests.Infrastructure;

/// <summary>
/// The app as an operator runs it: published once by scripts/publish.sh (over this test run's own
/// build, so it costs a copy, not a compile), started with `dotnet ResolutionDrafts.Web.dll` in
/// Production from a working directory that is neither the repository nor the publish folder.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("rd-published-").FullName;
    private AppProcess? process;

    public string BaseUrl => process?.Url.ToString().TrimEnd('/') ?? "";

    /// <summary>The last lines the app wrote, for failure messages.</summary>
    public string Output => process?.Output ?? "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            return; // every test here is skipped
        }

        var published = Path.Combine(root, "publish");
        await PublishAsync(published);
        process = await AppProcess.StartAsync(
            Path.Combine(published, "ResolutionDrafts.Web.dll"),
            Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName,
            AppProcess.FreePort(),
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Storage__DatabasePath"] = Path.Combine(root, "data", "drafts.db"),
            });
    }

    public Task DisposeAsync()
    {
        process?.Dispose();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned another day.
        }

        return Task.CompletedTask;
    }

    private static async Task PublishAsync(string output)
    {
        var publish = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        publish.ArgumentList.Add(Path.Combine(AppProcess.RepositoryRoot(), "scripts", "publish.sh"));
        publish.ArgumentList.Add(output);
        if (AppProcess.BuildConfiguration == "Release")
        {
            publish.ArgumentList.Add("--no-build"); // this test run built the app in Release already
        }

        using var run = Process.Start(publish)!;
        var stdout = run.StandardOutput.ReadToEndAsync();
        var stderr = run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/publish.sh failed ({run.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }
}
