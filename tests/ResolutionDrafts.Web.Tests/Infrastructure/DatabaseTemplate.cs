using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// Every test host starts on a database of its own, and migrating each from nothing was a large part of a host's start
/// (ADR 0039). Instead one database is migrated once per test process, by the app's own migrations, and each test's new
/// database is a copy of it, made before its host starts: on SQLite a copy of the file, on PostgreSQL
/// <c>CREATE DATABASE … TEMPLATE …</c>. The host still runs its migrations at start (none is pending) and seeds its
/// accounts and demo drafts itself. A test of the first start itself asks for <see cref="AppFactory.FreshDatabase"/>.
/// </summary>
public static class DatabaseTemplate
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, string> PostgresTemplates = [];
    private static string? sqliteTemplate;

    /// <summary>Copies the migrated SQLite file to <paramref name="path"/>, unless a database is there already (a restart).</summary>
    public static void CopySqlite(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Copied beside it, then renamed into place: a second host of the same test never opens half a file.
        var copy = $"{path}.{Guid.NewGuid():N}.copy";
        File.Copy(SqliteTemplate(), copy);
        try
        {
            File.Move(copy, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(copy); // the other host's copy is in place
        }
    }

    /// <summary>Creates <paramref name="database"/> on <paramref name="server"/> from the migrated template, unless it exists.</summary>
    public static void CreatePostgres(string server, string database)
    {
        var template = PostgresTemplate(server);
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using (var query = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            query.Parameters.AddWithValue("name", database);
            if (query.ExecuteScalar() is not null)
            {
                return; // a restart: the test's own data is there
            }
        }

        try
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"", connection);
            create.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Two hosts of one test (two nodes) created it at the same moment: it is there.
        }
    }

    private static string SqliteTemplate()
    {
        lock (Gate)
        {
            if (sqliteTemplate is null)
            {
                var path = Path.Combine(Path.GetTempPath(), "rd-tests", $"template-{Guid.NewGuid():N}.db");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // No pooling: the file is complete and closed before it is copied.
                var connection = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, Pooling = false }.ToString();
                using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options))
                {
                    db.Database.Migrate();
                }

                sqliteTemplate = path;
            }

            return sqliteTemplate;
        }
    }

    private static string PostgresTemplate(string server)
    {
        lock (Gate)
        {
            if (!PostgresTemplates.TryGetValue(server, out var template))
            {
                template = $"rd_template_{Guid.NewGuid():N}";
                // No pooling: CREATE DATABASE … TEMPLATE is refused while anyone is connected to the template.
                var options = new DbContextOptionsBuilder<PostgresAppDbContext>()
                    .UseNpgsql(new NpgsqlConnectionStringBuilder(server) { Database = template, Pooling = false }.ToString())
                    .Options;
                using (var db = new PostgresAppDbContext(options))
                {
                    db.Database.Migrate();
                }

                PostgresTemplates[server] = template;
            }

            return template;
        }
    }
}
