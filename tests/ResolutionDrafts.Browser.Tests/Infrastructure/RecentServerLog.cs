using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResolutionDrafts.Browser.Tests.Infrastructure;

/// <summary>
/// The test server's last log lines (each request's start and end, the app's own lines, warnings), kept
/// in memory so that a browser wait that times out can say what the server was doing meanwhile: a CI
/// run once saw a click on the drafts list lead nowhere for 30 s, and nothing told whether the request
/// reached the server.
/// </summary>
public sealed partial class RecentServerLog : ILoggerProvider
{
    private const int Capacity = 400;
    private readonly ConcurrentQueue<string> lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The last <paramref name="count"/> lines, oldest first.</summary>
    public string Tail(int count)
    {
        var all = lines.ToArray();
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - count)));
    }

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        lines.Enqueue(line);
        while (lines.Count > Capacity && lines.TryDequeue(out _))
        {
        }
    }

    private sealed partial class Logger(RecentServerLog log, string category) : ILogger
    {
        [System.Text.RegularExpressions.GeneratedRegex(@"\.(js|css|ico|woff2?|png|svg)\b|/_framework/")]
        private static partial System.Text.RegularExpressions.Regex StaticFileRegex();

        private static System.Text.RegularExpressions.Regex StaticFile => StaticFileRegex();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal) && StaticFile.IsMatch(message))
            {
                return; // scripts and styles: many, fast, and not what a stuck page waits for
            }

            var name = category[(category.LastIndexOf('.') + 1)..];
            var error = exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})";
            log.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel.ToString()[..4]} {name}: {message}{error}");
        }
    }
}
