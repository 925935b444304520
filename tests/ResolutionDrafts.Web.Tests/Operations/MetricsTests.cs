using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Operations;

/// <summary>/metrics counts what happened, in Prometheus' format, for this machine and administrators only.</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private const string AdministratorPassword = "metrics-test-password";
    /// <summary>The rate limits' clock: it stands still unless a test lets it run, so a limit is reached by count, not speed.</summary>
    private readonly ManualClock clock = new();
    private readonly AppFactory app;

    public MetricsTests() => app = new() { TestServices = clock.Register };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task KnownNumberOfOperations_AreCounted_WithBatchesAcknowledgementsRefusalsAndConnections()
    {
        const int edits = 7;
        var draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using var editor = await HubClients.JoinAsync(app, draftId, "secretariat");
        await using var observer = await HubClients.JoinAsync(app, draftId, "observer");
        for (var i = 0; i < edits; i++)
        {
            await editor.EditAsync(d => DomainResult<DraftOperation>.Ok(EditText.Splice(d, "op4", 0, 0, "x").Value!));
            await editor.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        }

        await observer.EditAsync(d => DomainResult<DraftOperation>.Ok(EditText.Splice(d, "op4", 0, 0, "y").Value!));
        await HubClients.WaitUntilAsync(() => Task.FromResult(observer.Refusals.Count > 0), "the observer's change is refused");

        var metrics = await ScrapeAsync();

        Assert.Equal(edits, Value(metrics, "rd_operations_applied_total"));
        Assert.Equal(edits, Value(metrics, "rd_batch_size_sum"));
        Assert.Equal(edits, Value(metrics, "rd_ack_latency_milliseconds_count"));
        Assert.Equal(1, Value(metrics, "rd_operations_refused_total", "reason=\"permission\""));
        Assert.Equal(1, Value(metrics, "rd_sessions_open"));
        Assert.Equal(2, Value(metrics, "rd_clients_connected"));
    }

    [Fact]
    public async Task Exports_AndHttpRateLimitRejections_AreCounted()
    {
        var draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
        var secretariat = await app.ClientAsAsync("secretariat");
        (await secretariat.GetAsync($"/drafts/{draftId}/export/docx")).EnsureSuccessStatusCode();
        (await secretariat.GetAsync($"/drafts/{draftId}/export/akn")).EnsureSuccessStatusCode();
        // The user's 60 at once, nothing refilled (the clock stands still): the 61st request of the user's is refused.
        var limited = false;
        var answered = 0;
        for (var i = 0; i < 200 && !limited; i++)
        {
            limited = (await secretariat.GetAsync($"/api/drafts/{draftId}")).StatusCode == HttpStatusCode.TooManyRequests;
            answered += limited ? 0 : 1;
        }

        var metrics = await ScrapeAsync();

        Assert.True(limited);
        Assert.InRange(answered, 1, 60 - 2); // the two exports took two of the 60
        Assert.Equal(1, Value(metrics, "rd_exports_total", "kind=\"docx\""));
        Assert.Equal(1, Value(metrics, "rd_exports_total", "kind=\"akn\""));
        Assert.Equal(2, Value(metrics, "rd_export_duration_milliseconds_count"));
        Assert.True(Value(metrics, "rd_rate_limit_rejections_total", "where=\"http\"") >= 1);
    }

    [Fact]
    public async Task ReadingAnUploadedWordFile_IsTimed_ByOutcome()
    {
        // Issue 18: imports were counted, never timed.
        var draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var markup = app.Services.GetRequiredService<ResolutionDrafts.Web.Proposals.MarkupImportService>();
        var exported = ResolutionDrafts.Documents.Export.DocxExporter.Export((await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft);

        Assert.True((await markup.PreviewAsync(secretariat, exported, CancellationToken.None)).IsSuccess);
        Assert.False((await markup.PreviewAsync(secretariat, [1, 2, 3, 4], CancellationToken.None)).IsSuccess);
        var metrics = await ScrapeAsync();

        Assert.Equal(1, Value(metrics, "rd_import_duration_milliseconds_count", "outcome=\"read\""));
        Assert.Equal(1, Value(metrics, "rd_import_duration_milliseconds_count", "outcome=\"refused\""));
        Assert.Equal(2, Value(metrics, "rd_import_duration_milliseconds_count", "kind=\"word-markup\""));
    }

    [Fact]
    public async Task TwoAppsInOneProcess_EachCountsOnlyItsOwn()
    {
        await using var other = new AppFactory();
        _ = other.Server; // started, and listening, before anything happens in the first
        var draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
        await using (var editor = await HubClients.JoinAsync(app, draftId, "secretariat"))
        {
            await editor.EditAsync(d => DomainResult<DraftOperation>.Ok(EditText.Splice(d, "op4", 0, 0, "x").Value!));
            await editor.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(1, Value(await ScrapeAsync(app), "rd_operations_applied_total"));
        Assert.Equal(0, Value(await ScrapeAsync(other), "rd_operations_applied_total"));
    }

    [Fact]
    public async Task Metrics_AreForThisMachineAndAdministrators_NotForOthers()
    {
        Assert.Equal(StatusCodes.Status200OK, (await ScrapeFromAsync("127.0.0.1", cookie: null)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status401Unauthorized, (await ScrapeFromAsync("203.0.113.7", cookie: null)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status403Forbidden, (await ScrapeFromAsync("203.0.113.7", await app.CookieAsync("secretariat"))).Response.StatusCode);

        await app.SetAdministratorPasswordAsync(AdministratorPassword);

        var administrator = await ScrapeFromAsync("203.0.113.7", await app.CookieAsync(AccountSeeder.AdministratorUserName, AdministratorPassword));
        Assert.Equal(StatusCodes.Status200OK, administrator.Response.StatusCode);
    }

    /// <summary>A scrape from <paramref name="address"/>: the test server has no sockets, so the test says where it comes from.</summary>
    private Task<HttpContext> ScrapeFromAsync(string address, string? cookie, AppFactory? from = null) => (from ?? app).Server.SendAsync(context =>
    {
        context.Request.Method = "GET";
        context.Request.Path = "/metrics";
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = cookie;
        }
    });

    private async Task<string> ScrapeAsync(AppFactory? from = null)
    {
        var context = await ScrapeFromAsync("127.0.0.1", cookie: null, from);
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.True(context.Response.StatusCode == StatusCodes.Status200OK, $"{context.Response.StatusCode}: {text}");
        return text;
    }

    /// <summary>The sum of a metric's samples (over every label set containing <paramref name="label"/>); 0 when absent.</summary>
    private static double Value(string metrics, string name, string label = "") =>
        Regex.Matches(metrics, $@"^{Regex.Escape(name)}(\{{(?<labels>[^}}]*)\}})? (?<value>\S+)", RegexOptions.Multiline)
            .Where(m => m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
}
