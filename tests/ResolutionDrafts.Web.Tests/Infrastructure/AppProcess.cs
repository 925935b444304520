using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// The real app as a child process on Kestrel at 127.0.0.1, built by this test project's own build
/// (same configuration), on a given SQLite file: something a test can kill like a crash.
/// </summary>
internal sealed class AppProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly List<string> output = [];

    private AppProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>The last lines the app wrote, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return string.Join('\n', output.TakeLast(40));
            }
        }
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Starts the app of this build in Development and waits until it answers GET /health/ready.</summary>
    public static Task<AppProcess> StartAsync(string databasePath, int port)
    {
        var dll = WebDll();
        return StartAsync(dll, Path.GetDirectoryName(dll)!, port, new Dictionary<string, string>
        {
            ["Storage__DatabasePath"] = databasePath,
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        });
    }

    /// <summary>
    /// Starts `dotnet <paramref name="dll"/> --demo` in <paramref name="workingDirectory"/> on
    /// 127.0.0.1:<paramref name="port"/> with these environment variables, and waits until it answers
    /// GET /health/ready. Browser.Tests links this file to run the published app.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string dll, string workingDirectory, int port, IReadOnlyDictionary<string, string> environment)
    {
        var app = Launch(dll, workingDirectory, port, environment);
        try
        {
            await app.WaitUntilServingAsync();
        }
        catch
        {
            // Not left running after the test: one that did not answer in time went on using a core after the test run.
            app.Dispose();
            throw;
        }

        return app;
    }

    /// <summary>Starts `dotnet <paramref name="dll"/> --demo` without waiting for it to serve (for a start that must fail).</summary>
    public static AppProcess Launch(string dll, string workingDirectory, int port, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.ArgumentList.Add("--demo");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var app = new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), new Uri($"http://127.0.0.1:{port}/"));
        app.process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits for the app to exit by itself and returns its exit code; kills it after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The app did not exit within {timeout}:\n{Output}");
        }

        process.WaitForExit(); // drains the output
        return process.ExitCode;
    }

    /// <summary>SIGKILL on Linux: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    /// <summary>The configuration (Debug, Release) the test binaries, and so the app beside them, were built in.</summary>
    public static string BuildConfiguration =>
        typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ResolutionDrafts.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (ResolutionDrafts.sln) is not above the test binaries.");
    }

    public static string WebDll()
    {
        var dll = Path.Combine(RepositoryRoot(), "src", "ResolutionDrafts.Web", "bin", BuildConfiguration, "net10.0", "ResolutionDrafts.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the app in {BuildConfiguration} first.", dll);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The app did not answer within {StartTimeout}:\n{Output}");
    }
}
