using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResolutionDrafts.Web.Data;

/// <summary>
/// Sets SQLite's <c>PRAGMA synchronous</c> on every connection the app opens (the pragma is per
/// connection), as <see cref="StorageOptions.SqliteSynchronous"/> says, so the durability an
/// acknowledgement promises is the configured one and not a build's default.
/// </summary>
public sealed class SqliteSynchronous(string level) : DbConnectionInterceptor
{
    private readonly string pragma = level switch
    {
        "normal" => "PRAGMA synchronous = NORMAL;",
        "full" => "PRAGMA synchronous = FULL;",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Storage:SqliteSynchronous must be \"full\" or \"normal\"."),
    };

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
