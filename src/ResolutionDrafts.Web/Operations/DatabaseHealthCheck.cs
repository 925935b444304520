using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Operations;

/// <summary>
/// Ready means the database answers and has every migration this build knows. For SQLite the check
/// opens a connection of its own, outside the pool and without creating the file: a pooled
/// connection keeps working on a file that has been moved or deleted, and a new one would
/// otherwise make an empty database where the real one was.
/// </summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<AppDbContext> dbFactory) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        try
        {
            var applied = db.Database.IsSqlite()
                ? await AppliedSqliteMigrationsAsync(db.Database.GetConnectionString()!, cancellationToken)
                : (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var missing = known.Except(applied).ToList();
            return missing.Count == 0
                ? HealthCheckResult.Healthy("The database answers and is migrated.")
                : HealthCheckResult.Unhealthy($"The database lacks {missing.Count} migration(s), the latest {missing.Max(StringComparer.Ordinal)}.");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy($"The database does not answer: {e.Message}");
        }
    }

    private static async Task<List<string>> AppliedSqliteMigrationsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var own = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        await using var connection = new SqliteConnection(own.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory";
        var applied = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }
}
