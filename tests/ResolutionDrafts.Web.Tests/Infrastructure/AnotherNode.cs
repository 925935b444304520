using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>Another app node, as far as one node can tell: it writes an entry to the draft's change log behind the node's back.</summary>
internal static class AnotherNode
{
    public static async Task WritesAsync(AppFactory app, Guid draftId, int revision, DraftOperation operation)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Operations.Add(new OperationRecord
        {
            DraftId = draftId, Revision = revision, ClientId = "another-node", ClientSeq = 1,
            OperationJson = DraftOperationJson.Serialize(operation), Author = "test", AppliedUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
