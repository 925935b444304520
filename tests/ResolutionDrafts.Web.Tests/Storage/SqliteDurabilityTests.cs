using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Storage;

/// <summary>
/// Issue 22: what an acknowledgement promises depends on SQLite's fsync policy, which was whatever the
/// SQLite build defaulted to. It is now set on every connection from Storage:SqliteSynchronous.
/// </summary>
[Trait("Storage", "sqlite-only")]
public sealed class SqliteDurabilityTests
{
    [Theory]
    [InlineData(null, 2L)] // FULL: a commit survives a power cut
    [InlineData("full", 2L)]
    [InlineData("normal", 1L)] // NORMAL: in WAL mode, survives the process, not the machine
    public async Task EveryConnection_UsesTheConfiguredSynchronousLevel(string? setting, long expected)
    {
        await using var app = new AppFactory { Settings = setting is null ? [] : new() { ["Storage:SqliteSynchronous"] = setting } };
        await app.Drafts.ListAsync(CancellationToken.None); // the app has made its database

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(expected, (long)(await command.ExecuteScalarAsync())!);
    }
}
