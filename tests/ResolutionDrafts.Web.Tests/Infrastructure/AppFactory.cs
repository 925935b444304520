using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file of its own. Two factories given the same path see the same
/// database, which is how the tests restart the app.
/// </summary>
public sealed class AppFactory(string? databasePath = null) : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = databasePath ?? NewDatabasePath();

    public IDraftService Drafts => Services.GetRequiredService<IDraftService>();

    /// <summary>More configuration for this app ("Collaboration:BatchWindow" and the like).</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>Services to add or replace in this app (a failure to inject, say).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>A logger provider that sees everything the app logs, for tests of the logs themselves.</summary>
    public Microsoft.Extensions.Logging.ILoggerProvider? Logs { get; init; }

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), "rd-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>
    /// A PostgreSQL server to run on instead of SQLite ("Host=…;Port=…;Username=…"), from RD_TEST_POSTGRES:
    /// scripts/test.sh runs the storage, live-editing, proposal and revision tests a second time on it.
    /// Each database path names a database of its own there, so a restart finds its data.
    /// </summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("RD_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>A Redis server ("host:port") for the tests of several nodes, from RD_TEST_REDIS (scripts/test.sh starts one).</summary>
    public static string? RedisServer => Environment.GetEnvironmentVariable("RD_TEST_REDIS") is { Length: > 0 } server ? server : null;

    /// <summary>
    /// A database the app itself creates and migrates at start, as a new deployment's first node does (for the tests of
    /// that start); otherwise a new one is copied from one migrated once per test process (<see cref="DatabaseTemplate"/>).
    /// </summary>
    public bool FreshDatabase { get; init; }

    /// <summary>The database <see cref="DatabasePath"/> names on PostgreSQL.</summary>
    public string PostgresDatabaseName => "rd_" + Path.GetFileNameWithoutExtension(DatabasePath);

    /// <summary>Run as one of several nodes: the SignalR backplane and draft events over Redis.</summary>
    public bool WithRedis { get; init; }

    /// <summary>
    /// Whether the app prints the demo drafts for reading once at start (<c>Reading:WarmUp</c>, on in production). Off in a
    /// test host unless a test asks for it: it only shortens a node's first reader's wait, which no other test measures, and
    /// it cost every one of the hundreds of hosts a test run starts a print of two drafts (ADR 0039 amendment 2).
    /// A test's own <see cref="Settings"/> win over this.
    /// </summary>
    public bool ReadingWarmUp { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DatabasePath", DatabasePath);
        if (PostgresServer is null && !FreshDatabase)
        {
            DatabaseTemplate.CopySqlite(DatabasePath);
        }

        if (PostgresServer is { } server)
        {
            if (!FreshDatabase)
            {
                DatabaseTemplate.CreatePostgres(server, PostgresDatabaseName);
            }

            builder.UseSetting("Storage:Provider", "postgres");
            // Hundreds of test hosts share one server: a host's idle connections are closed within
            // seconds, not the default five minutes, or the pass runs out of the server's connection slots.
            builder.UseSetting("ConnectionStrings:Drafts", new Npgsql.NpgsqlConnectionStringBuilder(server)
            {
                Database = PostgresDatabaseName, MaxPoolSize = 20, ConnectionIdleLifetime = 2, ConnectionPruningInterval = 1,
            }.ToString());
        }

        builder.UseSetting("Accounts:DemoUsers", "true");
        builder.UseSetting("Reading:WarmUp", ReadingWarmUp ? "true" : "false");
        // The demo users' shared password hashed once per test process, not seven times a host (ADR 0039).
        builder.ConfigureServices(DemoPasswordHasher.Register);
        if (Logs is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(Logs));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (WithRedis)
        {
            builder.UseSetting("Redis:Configuration", RedisServer ?? throw new InvalidOperationException("This test needs Redis: set RD_TEST_REDIS=host:port (scripts/test.sh starts one)."));
        }

        if (TestServices is not null)
        {
            builder.ConfigureServices(TestServices);
        }
    }

    /// <summary>An HTTP client signed in as <paramref name="userName"/> (a demo user) that keeps its cookie.</summary>
    public async Task<HttpClient> ClientAsAsync(string userName, string password = DemoUsers.Password)
    {
        var client = CreateDefaultClient(new CookieContainerHandler());
        await TestUsers.CookieAsync(client, userName, password);
        return client;
    }

    /// <summary>The session cookie of <paramref name="userName"/>, for hub connections.</summary>
    public Task<string> CookieAsync(string userName, string password = DemoUsers.Password) => TestUsers.CookieAsync(CreateClient(), userName, password);

    /// <summary>What <paramref name="userName"/> may do in the draft, as the server sees it (their claims, their membership).</summary>
    public async Task<DraftAccess> AccessAsync(string userName, Guid draftId)
    {
        var actor = await ActorAsync(userName);
        return await Services.GetRequiredService<DraftAccessService>().ForAsync(actor, draftId, CancellationToken.None)
            ?? throw new InvalidOperationException($"{userName} is not a member of {draftId}.");
    }

    /// <summary>
    /// The administrator's password is printed once at first start; here it is set to one the test knows,
    /// by default as if they had chosen it themselves at first sign-in (else every page asks them to).
    /// </summary>
    public async Task SetAdministratorPasswordAsync(string password, bool chosenByThemselves = true)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = (await users.FindByNameAsync(AccountSeeder.AdministratorUserName))!;
        await users.RemovePasswordAsync(admin);
        await users.AddPasswordAsync(admin, password);
        if (chosenByThemselves)
        {
            await PasswordChangeFirst.ReleaseAsync(users, admin);
        }
    }

    /// <summary><paramref name="userName"/> as the server sees them when signed in (their claims).</summary>
    public async Task<Actor> ActorAsync(string userName)
    {
        using var scope = Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var user = await signIn.UserManager.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        return Actor.From(await signIn.CreateUserPrincipalAsync(user))!;
    }

    /// <summary>
    /// Creates a draft with the demo secretariat as its secretariat and the given members (by
    /// default every demo user in their usual role, delegations allowed to edit directly, as the
    /// collaboration tests need several editors).
    /// </summary>
    public async Task<Guid> CreateDraftAsync(Draft draft, bool openToDirectEditing = true, params (string UserName, DraftRole Role)[] members)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.Id);
        var id = await Drafts.CreateAsync(draft, users["secretariat"], CancellationToken.None);
        var chosen = members.Length > 0 ? members : DefaultMembers;
        foreach (var (userName, role) in chosen.Where(m => m.UserName != "secretariat"))
        {
            db.DraftMembers.Add(new DraftMemberRecord { DraftId = id, UserId = users[userName], Role = role.ToString(), AddedUtc = DateTime.UtcNow, AddedBy = "test" });
        }

        await db.SaveChangesAsync();
        await db.Drafts.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.OpenToDirectEditing, openToDirectEditing));
        return id;
    }

    /// <summary>Adds one more member to a draft, as the secretariat's members page does.</summary>
    public async Task CreateMemberAsync(Guid draftId, string userName, DraftRole role)
    {
        var error = (await Services.GetRequiredService<DraftAccessService>().SetMemberAsync(await AccessAsync("secretariat", draftId), userName, role, CancellationToken.None)).Error;
        if (error is not null)
        {
            throw new InvalidOperationException(error);
        }
    }

    public static readonly (string UserName, DraftRole Role)[] DefaultMembers =
    [
        ("cuba", DraftRole.Delegation), ("brazil", DraftRole.Delegation), ("burundi", DraftRole.Delegation),
        ("editor", DraftRole.Editor), ("observer", DraftRole.Observer),
    ];
}
