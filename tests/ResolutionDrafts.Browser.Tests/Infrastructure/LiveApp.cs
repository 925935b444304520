using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using Microsoft.Playwright;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 with its own SQLite file, and Debian's Chromium driven by
/// Playwright. One app per test class; one Chromium per test process, shared by the classes (a launch and a Playwright
/// driver per class cost CPU and proved nothing more: ADR 0039 amendment 2). Each test opens its own browser contexts —
/// cookies, storage and cache of their own — closed when the test ends (<see cref="ClosePagesAfterEachTestAttribute"/>);
/// a class's contexts still open are closed when its app stops. The app's database is a copy of one migrated once per test
/// process (<see cref="DatabaseTemplate"/>, ADR 0039); the app still migrates (nothing pending) and seeds it at start.
/// </summary>
public class LiveApp : IAsyncLifetime
{
    private readonly Factory factory;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IBrowserContext, byte> contexts = new();
    private bool started;

    public LiveApp()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>The app with more settings ("Collaboration:UserOperationsPerSecond" and the like), for a fixture of its own.</summary>
    protected LiveApp(IReadOnlyDictionary<string, string> settings) => factory = new Factory(settings, ServerLog, null);

    /// <summary>The app with more settings and services of the test's own (a clock for the rate limits, say).</summary>
    protected LiveApp(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection> services) => factory = new Factory(settings, ServerLog, services);

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The server's last log lines, for the message of a wait that timed out.</summary>
    public RecentServerLog ServerLog { get; } = new();

    public IDraftService Drafts => factory.Services.GetRequiredService<IDraftService>();

    public T Service<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    /// <summary>Where tests leave screenshots for people to look at.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            return; // every test here is skipped
        }

        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
        Browser = await SharedChromium.GetAsync();
        started = true;
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>The browser contexts this app's pages are in that are still open (other classes' share the browser).</summary>
    public IReadOnlyCollection<IBrowserContext> Contexts => [.. contexts.Keys];

    /// <summary>
    /// Debian's Chromium, headless, quiet on the network (nothing may leave loopback), without the address bar's WebUI
    /// popup it would build for every context (<see cref="ChromiumFeatures"/>).
    /// </summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                .. ChromiumFeatures.DisableFeaturesSwitch is { } features ? [features] : Array.Empty<string>()],
        });

    /// <summary>Console messages of any page this fixture opened that say the Content-Security-Policy blocked something.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> CspViolations { get; } = new();

    /// <summary>
    /// A page in a browser context of its own, signed in as the demo user <paramref name="user"/> and on the page signing in
    /// lands on. The first page of each user signs in through the sign-in page, as a person does; later pages of that user
    /// start with the cookies that sign-in was given (as a second tab of the same person would have them) and open the
    /// landing page, so a test's page costs a page load, not a sign-in (docs/benchmarks.md). Where those cookies no longer
    /// sign anyone in (signed out elsewhere, a changed password), the page signs in through the sign-in page again.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1400, int height = 1000, string user = "secretariat")
    {
        signedIn.TryGetValue(user, out var known);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            StorageState = known?.Cookies,
        });
        ClosePagesAfterEachTestAttribute.Current?.Add(context);
        contexts[context] = 0;
        context.Close += (_, closed) => contexts.TryRemove(closed, out byte _);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                CspViolations.Enqueue(message.Text);
            }
        };
        if (known is not null)
        {
            await page.GotoAsync(known.LandingUrl);
            if (!page.Url.Contains("/account/sign-in", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref pagesSignedInByCookie);
                return page;
            }

            signedIn.TryRemove(user, out _);
        }

        await SignInAsync(page, user);
        Interlocked.Increment(ref pagesSignedInThroughTheForm);
        // The cookies alone (no page's local storage): what the server gave this sign-in, for this user's next pages.
        var cookies = JsonSerializer.Serialize(new { cookies = (await context.CookiesAsync()).Select(c => new { c.Name, c.Value, c.Domain, c.Path, c.Expires, c.HttpOnly, c.Secure, SameSite = c.SameSite.ToString() }), origins = Array.Empty<object>() }, CamelCase);
        signedIn[user] = new SignedIn(cookies, page.Url);
        return page;
    }

    /// <summary>Pages <see cref="NewPageAsync"/> signed in through the sign-in page, and pages it opened with a user's cookies.</summary>
    public (int ThroughTheForm, int ByCookie) PagesSignedIn => (Volatile.Read(ref pagesSignedInThroughTheForm), Volatile.Read(ref pagesSignedInByCookie));

    private static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SignedIn> signedIn = new();
    private int pagesSignedInThroughTheForm;
    private int pagesSignedInByCookie;

    private sealed record SignedIn(string Cookies, string LandingUrl);

    public Task SignInAsync(IPage page, string user, string password = DemoUsers.Password) => SignInAsync(page, BaseUrl, user, password);

    /// <summary>Signs in through the sign-in page of the app at <paramref name="baseUrl"/>, as a person does.</summary>
    public static async Task SignInAsync(IPage page, string baseUrl, string user, string password = DemoUsers.Password)
    {
        await page.GotoAsync($"{baseUrl}/account/sign-in");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sign-in"));
    }

    /// <summary>Sets the administrator's password (printed once at first start) to one the test knows.</summary>
    public async Task SetAdministratorPasswordAsync(string password)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var admin = (await users.FindByNameAsync(AccountSeeder.AdministratorUserName))!;
        await users.RemovePasswordAsync(admin);
        await users.AddPasswordAsync(admin, password);
        signedIn.TryRemove(AccountSeeder.AdministratorUserName, out _);
        await PasswordChangeFirst.ReleaseAsync(users, admin); // as after their own first sign-in
    }

    /// <summary>What the secretariat does on the members page: lets delegations edit the text directly.</summary>
    public async Task OpenToDirectEditingAsync(Guid draftId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.Drafts.Where(d => d.Id == draftId).ExecuteUpdateAsync(s => s.SetProperty(d => d.OpenToDirectEditing, true));
        await factory.Services.GetRequiredService<MembershipCache>().ForgetAsync(draftId);
    }

    /// <summary>What <paramref name="userName"/> may do in the draft, for changes the tests make on the server side.</summary>
    public async Task<DraftAccess> AccessAsync(string userName, Guid draftId)
    {
        using var scope = factory.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.SignInManager<AppUser>>();
        var user = await signIn.UserManager.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        var actor = Actor.From(await signIn.CreateUserPrincipalAsync(user))!;
        return await factory.Services.GetRequiredService<DraftAccessService>().ForAsync(actor, draftId, CancellationToken.None)
            ?? throw new InvalidOperationException($"{userName} is not a member of {draftId}.");
    }

    public async Task<Guid> DraftIdAsync(string symbol) =>
        (await Drafts.ListAsync(CancellationToken.None)).Single(d => d.Symbol == symbol).Id;

    public async Task DisposeAsync()
    {
        if (started)
        {
            // This class's pages go with its app; the browser stays for the process's other classes.
            await Task.WhenAll(contexts.Keys.Select(TestPages.CloseQuietlyAsync));
        }

        await factory.DisposeAsync();
    }

    /// <summary>
    /// Clicks (<paramref name="click"/>) and waits until the page's address is <paramref name="urlGlob"/> and the
    /// new document has begun to arrive; when it does not within the timeout, the message says where the page
    /// stayed and what the server logged meanwhile (did the request arrive, did it finish).
    /// </summary>
    public async Task FollowAsync(IPage page, Func<Task> click, string urlGlob, float timeout = 30_000)
    {
        // Waiting before the click: a navigation that commits at once is not missed.
        var arrived = page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Commit, Timeout = timeout });
        try
        {
            await click();
            await arrived;
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nThe page stayed at {page.Url}. The server's last lines:\n{ServerLog.Tail(60)}", e);
        }
    }

    private sealed class Factory(IReadOnlyDictionary<string, string> settings, RecentServerLog log, Action<IServiceCollection>? services) : WebApplicationFactory<Program>
    {
        private readonly string databasePath = Path.Combine(Path.GetTempPath(), "rd-browser-tests", $"{Guid.NewGuid():N}.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            DatabaseTemplate.CopySqlite(databasePath);
            builder.UseEnvironment("Development");
            builder.UseSetting("Storage:DatabasePath", databasePath);
            builder.UseSetting("Accounts:DemoUsers", "true");
            // The reading warm-up off, as in the Web tests' hosts (ADR 0039 amendment 2); a fixture's settings may turn it on.
            builder.UseSetting("Reading:WarmUp", "false");
            builder.ConfigureServices(ResolutionDrafts.Web.Tests.Infrastructure.DemoPasswordHasher.Register);
            builder.ConfigureLogging(logging => logging
                .AddProvider(log)
                .AddFilter<RecentServerLog>(null, LogLevel.Warning)
                .AddFilter<RecentServerLog>("ResolutionDrafts", LogLevel.Information)
                .AddFilter<RecentServerLog>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (services is not null)
            {
                builder.ConfigureServices(services);
            }
        }
    }
}

/// <summary>
/// One Chromium (and one Playwright driver) for every <see cref="LiveApp"/> of the test process, launched by the first class
/// that needs it and again if it went away (crashed, closed); it ends with the process. Browser contexts keep the tests
/// apart as before: nothing of one context (cookies, storage, cache, pages) is seen by another.
/// </summary>
internal static class SharedChromium
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    public static async Task<IBrowser> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (browser is { IsConnected: true })
            {
                return browser;
            }

            if (playwright is null)
            {
                playwright = await Playwright.CreateAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Close();
            }

            browser = await LiveApp.LaunchChromiumAsync(playwright);
            return browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void Close()
    {
        try
        {
            browser?.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright?.Dispose();
        }
        catch (Exception e) when (e is PlaywrightException or AggregateException or ObjectDisposedException or TimeoutException)
        {
            // The driver ends with the process and takes the browser with it.
        }
    }
}
