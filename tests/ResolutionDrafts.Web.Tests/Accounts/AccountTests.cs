using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Accounts;

/// <summary>Issue 7: accounts — the first administrator, creating users, password rules, lockout, cookies, anti-forgery, rate limits.</summary>
public sealed partial class AccountTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task FirstStart_PrintsAOneTimeAdministratorPassword_ThatWorks_AndIsNotPrintedAgain()
    {
        var databasePath = AppFactory.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var port = AppProcess.FreePort();
        string password;
        using (var first = await AppProcess.StartAsync(databasePath, port))
        {
            password = PrintedPassword().Match(first.Output) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException($"No password printed:\n{first.Output}");
            Assert.Equal(20, password.Length);
            using var http = new HttpClient { BaseAddress = first.Url };
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("api/sign-in", new { userName = "admin", password })).StatusCode);
        }

        using var second = await AppProcess.StartAsync(databasePath, port);
        Assert.DoesNotMatch(PrintedPassword(), second.Output);
        using var again = new HttpClient { BaseAddress = second.Url };
        Assert.Equal(HttpStatusCode.OK, (await again.PostAsJsonAsync("api/sign-in", new { userName = "admin", password })).StatusCode);
    }

    [Fact]
    public async Task Administrator_CreatesUsers_OthersCannot_AndPasswordRulesHold()
    {
        var accounts = app.Services.GetRequiredService<AccountAdministration>();
        var admin = new Actor("admin-id", "admin", "Administrator", null, IsAdministrator: true, IsSecretariatStaff: true);
        var delegate_ = new Actor("x", "cuba", "Ana Pérez", "Cuba", false, false);

        Assert.Contains("at least 12", (await accounts.CreateAsync(admin, new("ghana1", "Kwame Boateng", "Ghana", "short", []), CancellationToken.None)).Error);
        Assert.NotNull((await accounts.CreateAsync(delegate_, new("ghana2", "Kwame Boateng", "Ghana", "a long enough password", []), CancellationToken.None)).Error);
        Assert.Null((await accounts.CreateAsync(admin, new("ghana", "Kwame Boateng", "Ghana", "a long enough password", []), CancellationToken.None)).Error);
        Assert.NotNull((await accounts.CreateAsync(admin, new("ghana", "Someone else", null, "another long password", []), CancellationToken.None)).Error);

        var http = app.CreateClient();
        var signedIn = await http.PostAsJsonAsync("/api/sign-in", new { userName = "ghana", password = "a long enough password" });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("\"delegation\":\"Ghana\"", await signedIn.Content.ReadAsStringAsync());
        var users = await accounts.ListAsync(CancellationToken.None);
        Assert.DoesNotContain(users, u => u.UserName == "ghana1" || u.UserName == "ghana2");
        Assert.Contains((await app.Services.GetRequiredService<IAuditLog>().ReadAsync(null, 50, CancellationToken.None)),
            e => e.Action == AuditActions.UserCreated && e.Detail.StartsWith("ghana (Kwame Boateng, Ghana)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightOne()
    {
        var http = app.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/sign-in", new { userName = "burundi", password = $"wrong guess {i}" })).StatusCode);
        }

        // The fifth failure locks the account.
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/sign-in", new { userName = "burundi", password = "wrong guess 5" })).StatusCode);

        var locked = await http.PostAsJsonAsync("/api/sign-in", new { userName = "burundi", password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());
        var audit = await app.Services.GetRequiredService<IAuditLog>().ReadAsync(null, 50, CancellationToken.None);
        Assert.Equal(6, audit.Count(e => e.Action == AuditActions.SignInFailed && e.UserName == "burundi"));
        Assert.Contains(audit, e => e.Action == AuditActions.SignInFailed && e.UserName == "burundi" && e.Detail == "locked out");

        // Issue 14 (10): a locked account answers exactly as a name that does not exist, so answers tell nobody which accounts exist.
        var unknown = await http.PostAsJsonAsync("/api/sign-in", new { userName = "no-such-account", password = DemoUsers.Password });
        Assert.Equal(locked.StatusCode, unknown.StatusCode);
        Assert.Equal(Detail(await locked.Content.ReadAsStringAsync()), Detail(await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlyAndSameSite()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/sign-in", new { userName = "observer", password = DemoUsers.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rd.session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
    }

    [Fact]
    public async Task SignIn_AcceptsOnlyJson_AndSignOut_NeedsTheAntiForgeryToken()
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await http.PostAsync("/api/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "observer", ["password"] = DemoUsers.Password }));
        Assert.False(form.IsSuccessStatusCode);
        Assert.False(form.Headers.Contains("Set-Cookie"));

        var signedIn = await app.ClientAsAsync("observer");
        var forged = await signedIn.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task TooManyRequests_GetASlowDownMessage()
    {
        var http = await app.ClientAsAsync("editor");
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 120; i++)
        {
            statuses.Add(await http.GetAsync("/api/drafts/00000000-0000-0000-0000-000000000001"));
        }

        var limited = statuses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Slow down", Detail(await limited.Content.ReadAsStringAsync()));
    }

    private static string? Detail(string problem) => System.Text.Json.JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString();

    [GeneratedRegex(@"password:\s+(\S{20})")]
    private static partial Regex PrintedPassword();
}
