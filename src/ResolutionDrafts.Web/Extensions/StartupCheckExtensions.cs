using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Collaboration;

namespace ResolutionDrafts.Web.Extensions;

internal static class StartupCheckExtensions
{
    /// <summary>
    /// Validates every option registered with ValidateOnStart before anything uses them (the database
    /// is opened before the host starts), so a wrong setting stops the app with one line on standard
    /// error, naming the setting, and exit code 2 instead of a stack trace.
    /// </summary>
    public static bool ConfigurationIsValid(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"ResolutionDrafts did not start: {string.Join(" ", e.Failures)}");
            return false;
        }
        catch (InvalidOperationException e) when (e.Source == "Microsoft.Extensions.Configuration.Binder")
        {
            // "Failed to convert configuration value at 'Collaboration:BatchWindow' to type 'System.TimeSpan'."
            Console.Error.WriteLine($"ResolutionDrafts did not start: {e.Message}");
            return false;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            var failures = e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures);
            Console.Error.WriteLine($"ResolutionDrafts did not start: {string.Join(" ", failures)}");
            return false;
        }
    }

    /// <summary>
    /// Reaches what the app stands on — Redis when configured, then the database, which it migrates
    /// and seeds — and returns 0. When one of them does not answer, or refuses the app's credentials,
    /// it writes one line on standard error saying which and why and returns the exit code: 1 for a
    /// server that does not answer (a service manager's restart may find it up), 2 for credentials or
    /// a database the server refuses (a setting to correct; restarting will not help).
    /// </summary>
    public static async Task<int> InitializeOrExplainAsync(this WebApplication app)
    {
        if (app.Services.GetService<RedisConnection>() is { } redis)
        {
            var server = RedisConnection.Describe(redis.Configuration);
            string? failure;
            try
            {
                failure = redis.Multiplexer.IsConnected ? null : "it does not answer";
            }
            catch (Exception e) when (e is StackExchange.Redis.RedisException)
            {
                failure = e.Message;
            }

            if (failure is not null)
            {
                Console.Error.WriteLine($"ResolutionDrafts did not start: Redis at {server} (Redis:Configuration): {failure}. Start it, or correct the setting.");
                return 1;
            }
        }

        try
        {
            await app.InitializeDatabaseAsync();
            return 0;
        }
        catch (Npgsql.PostgresException e)
        {
            // 28…: authentication; 3D000: no such database. A setting, not a passing outage.
            var setting = e.SqlState.StartsWith("28", StringComparison.Ordinal) || e.SqlState == "3D000";
            Console.Error.WriteLine($"ResolutionDrafts did not start: PostgreSQL refused the app (ConnectionStrings:Drafts): {e.SqlState} {e.MessageText}.");
            return setting ? 2 : 1;
        }
        catch (Npgsql.NpgsqlException e)
        {
            var where = Describe(app);
            var reason = e.InnerException is { } inner && inner.Message != e.Message ? $"{e.Message} ({inner.Message})" : e.Message;
            Console.Error.WriteLine($"ResolutionDrafts did not start: the database ({where}, ConnectionStrings:Drafts) does not answer: {reason}. Start it, or correct the setting.");
            return 1;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            Console.Error.WriteLine($"ResolutionDrafts did not start: the SQLite database ({Describe(app)}, Storage:DatabasePath) cannot be used: {e.Message}");
            return 2;
        }
    }

    private static string Describe(WebApplication app)
    {
        try
        {
            return StorageExtensions.Describe(app.Services);
        }
        catch (Exception)
        {
            return "the configured database";
        }
    }
}
