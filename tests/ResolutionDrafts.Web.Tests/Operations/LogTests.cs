using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Operations;

/// <summary>A live session's log lines carry the draft and user ids; the draft's text is not logged.</summary>
public sealed class LogTests : IAsyncLifetime
{
    private const string Secret = "QZX-confidential-negotiating-text";
    private readonly CapturedLogs logs = new();
    private readonly AppFactory app;

    public LogTests() => app = new AppFactory { Logs = logs };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task HubLines_CarryDraftAndUser_AndNoDraftTextIsLogged()
    {
        var draftId = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: true, ("cuba", DraftRole.Delegation));
        await using (var cuba = await HubClients.JoinAsync(app, draftId, "cuba"))
        {
            await cuba.EditAsync(d => DomainResult<DraftOperation>.Ok(EditText.Splice(d, "op4", 0, 0, Secret).Value!));
            await cuba.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        }

        // Brazil is not a member: its join is refused, and the refusal is logged.
        await Assert.ThrowsAsync<HubException>(() => HubClients.JoinAsync(app, draftId, "brazil"));

        string brazilId;
        using (var scope = app.Services.CreateScope())
        {
            brazilId = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("brazil"))!.Id;
        }

        var refusal = Assert.Single(logs.Lines, l => l.Message.StartsWith("Hub JoinDraft refused", StringComparison.Ordinal));
        Assert.Equal(draftId, refusal.Scope["DraftId"]);
        Assert.Equal(brazilId, refusal.Scope["UserId"]);
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Information && l.Message.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APagesChange_IsLoggedWithDraftAndUser_AndItsRefusalQuotesNoText()
    {
        // Issue 18: lines from the hub carried the draft and user; changes made from a page did not.
        var draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
        var secretariat = await app.AccessAsync("secretariat", draftId);

        var refused = await app.Drafts.ApplyAsync(draftId, ResolutionDrafts.Web.Drafts.DraftChanges.SetText("op4", Secret + new string('x', DraftLimits.MaxTextLength)), secretariat, CancellationToken.None);

        Assert.NotNull(refused.Error);
        var line = Assert.Single(logs.Lines, l => l.Message == "A change to the draft was refused");
        Assert.Equal(draftId, line.Scope["DraftId"]);
        Assert.Equal(secretariat.Actor.UserId, line.Scope["UserId"]);
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Information && l.Message.Contains(Secret, StringComparison.Ordinal));
    }

    private sealed record Line(LogLevel Level, string Message, Dictionary<string, object?> Scope);

    private sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<Line> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, object?>();
                owner.scopes.ForEachScope((value, into) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, item) in pairs)
                        {
                            into[key] = item;
                        }
                    }
                }, scope);
                owner.Lines.Enqueue(new Line(logLevel, formatter(state, exception), scope));
            }
        }
    }
}
