using System.CommandLine;
using Microsoft.Data.Sqlite;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>
/// `rd backup DATABASE.db BACKUP.db`: a consistent copy of the app's SQLite database while the app
/// runs, with SQLite's online backup (one read transaction: the copy is the database as of one
/// moment, every change saved before it included; in WAL mode the app keeps writing meanwhile).
/// Copying the file with cp is not a backup: it can catch a write half-done and misses the -wal file.
/// </summary>
internal sealed class BackupCommand : RdCommand
{
    public override string Name => "backup";

    public override Command Build(TextWriter stdout, TextWriter stderr)
    {
        var database = new Argument<string>("DATABASE.db") { Description = "The app's SQLite database (Storage:DatabasePath); the app may be running." };
        var backup = new Argument<string>("BACKUP.db") { Description = "A new file for the copy; an existing one is never overwritten." };
        var command = new Command(Name, "A consistent copy of the app's SQLite database while the app runs (SQLite's online backup), checked, in one file; docs/operations.md.")
        {
            database, backup,
        };
        command.SetAction(parsed => Backup(parsed.GetValue(database)!, parsed.GetValue(backup)!, stdout, stderr));
        return command;
    }

    private static int Backup(string databasePath, string backupPath, TextWriter stdout, TextWriter stderr)
    {
        var (source, target) = (Path.GetFullPath(databasePath), Path.GetFullPath(backupPath));
        if (!File.Exists(source))
        {
            stderr.WriteLine($"rd backup: there is no database at {source}.");
            return CommandRunner.BadInput;
        }

        if (File.Exists(target))
        {
            stderr.WriteLine($"rd backup: {target} exists; give a new file name (a backup never overwrites).");
            return CommandRunner.BadInput;
        }

        var partial = target + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Delete(partial);
            int drafts, operations;
            using (var from = Open(source, SqliteOpenMode.ReadOnly))
            using (var to = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                from.BackupDatabase(to);
                var check = Scalar(to, "PRAGMA integrity_check");
                if (check != "ok")
                {
                    stderr.WriteLine($"rd backup: the copy failed SQLite's integrity check ({check}); nothing was kept.");
                    return CommandRunner.BadInput;
                }

                // One file, no -wal beside it: the backup can be moved and restored as it is.
                Scalar(to, "PRAGMA journal_mode=DELETE");
                drafts = Convert.ToInt32(Scalar(to, "SELECT count(*) FROM Drafts"));
                operations = Convert.ToInt32(Scalar(to, "SELECT count(*) FROM Operations"));
            }

            File.Move(partial, target);
            stdout.WriteLine($"rd backup: {target}: {drafts} drafts, {operations} saved operations, {new FileInfo(target).Length / 1024} KB.");
            return CommandRunner.Ok;
        }
        catch (SqliteException e)
        {
            stderr.WriteLine($"rd backup: {source} could not be copied: {e.Message}");
            return CommandRunner.BadInput;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(partial);
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
