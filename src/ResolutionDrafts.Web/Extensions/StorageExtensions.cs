using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Extensions;

internal static class StorageExtensions
{
    /// <summary>Hands out a provider's own context type where the app asks for <see cref="AppDbContext"/>.</summary>
    private sealed class BaseContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AppDbContext>
        where TContext : AppDbContext
    {
        public AppDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => await inner.CreateDbContextAsync(cancellationToken);
    }

    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, ResolutionDrafts.Web.Operations.WritableDatabasePath>();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, ResolutionDrafts.Web.Operations.BackingServiceSettings>();

        var provider = builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"] ?? StorageOptions.Sqlite;
        if (string.Equals(provider, StorageOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            // Its own context type for its own migrations; everything else asks for IDbContextFactory<AppDbContext>.
            builder.Services.AddPooledDbContextFactory<PostgresAppDbContext>((services, db) =>
            {
                db.UseNpgsql(PostgresConnectionString(services));
                db.AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
            });
            builder.Services.AddSingleton<IDbContextFactory<AppDbContext>>(services =>
                new BaseContextFactory<PostgresAppDbContext>(services.GetRequiredService<IDbContextFactory<PostgresAppDbContext>>()));
        }
        else
        {
            builder.Services.AddPooledDbContextFactory<AppDbContext>((services, db) =>
            {
                var path = DatabasePath(services);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var connection = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, DefaultTimeout = 30 };
                db.UseSqlite(connection.ToString());
                db.AddInterceptors(new SqliteSynchronous(services.GetRequiredService<IOptions<StorageOptions>>().Value.SqliteSynchronous));
                // Interceptors registered as services (tests inject failures this way) apply to every context.
                db.AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
            });
        }

        builder.Services.AddSingleton<DatabaseInitializer>();
        return builder;
    }

    /// <summary>ConnectionStrings:Drafts, required for PostgreSQL.</summary>
    public static string PostgresConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString("Drafts") is { Length: > 0 } connection
            ? connection
            : throw new OptionsValidationException(StorageOptions.Section, typeof(StorageOptions),
                ["Storage:Provider is \"postgres\" but ConnectionStrings:Drafts is not set (for example Host=127.0.0.1;Port=5432;Database=drafts;Username=rd;Password=…)."]);

    /// <summary>Where the data is, in words for the log: the SQLite file, or the PostgreSQL host and database (never the password).</summary>
    public static string Describe(IServiceProvider services)
    {
        if (services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider != StorageOptions.Postgres)
        {
            return DatabasePath(services);
        }

        var connection = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString(services));
        return $"PostgreSQL {connection.Host}:{connection.Port}/{connection.Database}";
    }

    public static string DatabasePath(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath;
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return Path.GetFullPath(Path.Combine(root, configured));
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        app.Logger.LogInformation("Database: {Where}", Describe(app.Services));
        // Two nodes starting at the same moment on one PostgreSQL: one migrates and seeds, the other
        // waits and then finds it done (EF's migration lock alone would still let both seed).
        await using var startLock = await StartupLockAsync(app.Services, app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<AccountSeeder>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>
    /// Held until disposed: a PostgreSQL advisory lock on its own connection, or, on SQLite, an
    /// exclusively opened file beside the database (two processes started on one file at once).
    /// </summary>
    private static async Task<IAsyncDisposable> StartupLockAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider != StorageOptions.Postgres)
        {
            var path = DatabasePath(services) + ".startup-lock";
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                }
                catch (IOException) when (attempt < 600)
                {
                    await Task.Delay(100, cancellationToken);
                }
            }
        }

        // Taken in the server's maintenance database, which always exists: the app's own may not yet.
        var drafts = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString(services));
        // The same key on every node (string hash codes differ between processes): one lock per database.
        var key = BitConverter.ToInt32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(drafts.Database ?? "")));
        var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(drafts.ConnectionString) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock(727365, {key})", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection; // closing the connection releases the lock
    }
}
