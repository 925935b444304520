using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Web.Revisions;

namespace ResolutionDrafts.Web.Data;

/// <summary>Brings the database to the current schema at start and, when it is empty, loads the demo drafts (as issued: each is its own first revision).</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<AppDbContext> dbFactory,
    IRevisionService revisions,
    IOptions<StorageOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public static string DemoDataDirectory => Path.Combine(AppContext.BaseDirectory, "DemoData");

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // WAL lets readers go on while a change is written; the setting is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            if (!options.Value.SeedDemoData || await db.Drafts.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        foreach (var file in Directory.EnumerateFiles(DemoDataDirectory, "*.json").Order())
        {
            var parsed = DraftJson.Deserialize(await File.ReadAllTextAsync(file, cancellationToken));
            if (!parsed.IsSuccess)
            {
                logger.LogError("Demo draft {File} was not loaded: {Error}", Path.GetFileName(file), parsed.Error);
                continue;
            }

            // Issued documents, stored as an import stores them: their first revision is the text as issued.
            await revisions.CreateIssuedAsync(null, parsed.Value!, "demo document", cancellationToken);
            logger.LogInformation("Loaded demo draft {Symbol}", parsed.Value!.Metadata.Symbol);
        }
    }
}
