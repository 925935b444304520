using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Operations;

/// <summary>
/// What a tool and a browser get back: 401, 403, 404 and 429 as application/problem+json under
/// /api and /hubs; pages for browser navigation; one Content-Security-Policy header on every page.
/// </summary>
public sealed class HttpContractTests : IAsyncLifetime
{
    private const string Problem = "application/problem+json";
    private static readonly string Missing = $"/api/drafts/{Guid.NewGuid()}";
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("GET", "/api/drafts/00000000-0000-0000-0000-000000000001")]
    [InlineData("POST", "/api/drafts")]
    [InlineData("GET", "/api/me")]
    [InlineData("GET", "/api/no-such-thing")]
    [InlineData("POST", "/hubs/drafts/negotiate?negotiateVersion=1")]
    public async Task Unauthenticated_ApiAndHub_Get401Problem(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { });
        }

        using var response = await app.CreateClient().SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Forbidden_Gets403Problem()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false, ("observer", DraftRole.Observer));
        var observer = await app.ClientAsAsync("observer");

        await AssertProblemAsync(await observer.PutAsJsonAsync($"/api/drafts/{id}/direct-editing", new { open = true }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await observer.PostAsJsonAsync("/api/drafts", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Missing_Gets404Problem()
    {
        var secretariat = await app.ClientAsAsync("secretariat");

        await AssertProblemAsync(await secretariat.GetAsync(Missing), HttpStatusCode.NotFound);
        await AssertProblemAsync(await secretariat.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task JsonWithTheCookie_NeedsNoAntiforgeryToken_ButACrossSiteFormIsRefused()
    {
        var secretariat = await app.ClientAsAsync("secretariat");
        var json = await System.IO.File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "DemoData", "1-A_80_L.6.en.json"));

        using var created = await secretariat.PostAsync("/api/drafts", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // What a form on another site can send: a urlencoded body (no custom content type without CORS).
        using var form = await secretariat.PostAsync("/api/drafts", new FormUrlEncodedContent(new Dictionary<string, string> { ["draft"] = json }));
        await AssertProblemAsync(form, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task TooManySignIns_Get429Problem()
    {
        var client = app.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 61 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            last = await client.PostAsJsonAsync("/api/sign-in", new { userName = "nobody", password = "wrong-password-1" });
        }

        await AssertProblemAsync(last!, HttpStatusCode.TooManyRequests);
        Assert.Equal("5", last!.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task BrowserNavigation_GetsPages_NotProblems()
    {
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var toSignIn = await anonymous.GetAsync($"/drafts/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        Assert.Contains("/account/sign-in", toSignIn.Headers.Location!.ToString());

        var secretariat = await app.ClientAsAsync("secretariat");
        using var missing = await secretariat.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/account/sign-in", false)]
    [InlineData("/", true)]
    [InlineData("/no-such-page", true)]
    [InlineData("/api/no-such-thing", true)]
    public async Task EveryResponse_HasExactlyOneContentSecurityPolicy(string path, bool signedIn)
    {
        var client = signedIn ? await app.ClientAsAsync("secretariat") : app.CreateClient();

        using var response = await client.GetAsync(path);

        var policies = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? values.ToList() : [];
        Assert.True(policies.Count == 1, string.Join(" || ", policies));
        Assert.Contains("script-src 'self';", policies[0]);
    }

    [Fact]
    public async Task AServerFailure_InProduction_Gets500Problem_NotTheErrorPage()
    {
        await using var production = app.WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.ConfigureTestServices(services => services.AddSingleton<IDraftService>(provider =>
                new FailingCreate(ActivatorUtilities.CreateInstance<DraftService>(provider))));
        });
        var client = production.CreateClient();
        await TestUsers.CookieAsync(client, "secretariat"); // the client keeps the cookie
        var json = await System.IO.File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "DemoData", "1-A_80_L.6.en.json"));

        using var response = await client.PostAsync("/api/drafts", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
    }

    /// <summary>The real drafts service, except that creating a draft fails as a full disk would.</summary>
    private sealed class FailingCreate(IDraftService inner) : IDraftService
    {
        public Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

        public Task<LoadedDraft?> LoadAsync(Guid id, CancellationToken cancellationToken) => inner.LoadAsync(id, cancellationToken);

        public Task<Guid> CreateAsync(Draft draft, string? secretariatUserId, CancellationToken cancellationToken) =>
            CreateAsync(draft, secretariatUserId, null, cancellationToken);

        public Task<Guid> CreateAsync(Draft draft, string? secretariatUserId, Action<ResolutionDrafts.Web.Data.AppDbContext, Guid>? alsoSave, CancellationToken cancellationToken) =>
            draft.Metadata.Symbol == "A/80/L.6" && secretariatUserId is not null ? throw new IOException("disk full") : inner.CreateAsync(draft, secretariatUserId, alsoSave, cancellationToken);

        public Task<DomainResult<LoadedDraft>> ApplyAsync(Guid id, Func<Draft, DomainResult<DraftOperation>> change, DraftAccess by, CancellationToken cancellationToken) =>
            inner.ApplyAsync(id, change, by, cancellationToken);

        public Task<DomainResult<LoadedDraft>> ApplyAsync(DraftCommand command, CancellationToken cancellationToken) => inner.ApplyAsync(command, cancellationToken);

        public Task<IDraftWatch?> WatchAsync(Guid id, Func<ResolutionDrafts.Web.Collaboration.DraftEvent, Task> onEvent, CancellationToken cancellationToken) =>
            inner.WatchAsync(id, onEvent, cancellationToken);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()), body);
    }
}
