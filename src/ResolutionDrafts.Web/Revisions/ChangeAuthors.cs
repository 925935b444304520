using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Revisions;

/// <summary>Who changed which paragraph between two points of the change log, for tracked changes attributed to delegations.</summary>
public sealed class ChangeAuthors(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Paragraph id → the authors (in order of their first change, joined with ", ") of changes in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public async Task<IReadOnlyDictionary<string, string>> BetweenAsync(Guid draftId, int from, int to, CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            return new Dictionary<string, string>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Operations.AsNoTracking()
            .Where(o => o.DraftId == draftId && o.Revision > from && o.Revision <= to)
            .OrderBy(o => o.Revision)
            .Select(o => new { o.OperationJson, o.Author })
            .ToListAsync(cancellationToken);
        var authors = new Dictionary<string, List<string>>();
        foreach (var row in rows)
        {
            var operation = DraftOperationJson.Parse(row.OperationJson);
            if (!operation.IsSuccess)
            {
                continue;
            }

            foreach (var id in Touched(operation.Value!))
            {
                var list = authors.TryGetValue(id, out var existing) ? existing : authors[id] = [];
                if (!list.Contains(row.Author))
                {
                    list.Add(row.Author);
                }
            }
        }

        return authors.ToDictionary(a => a.Key, a => string.Join(", ", a.Value));
    }

    private static IEnumerable<string> Touched(DraftOperation operation) => operation switch
    {
        OperationBatch batch => batch.Operations.SelectMany(Touched),
        EditText edit => [edit.NodeId],
        InsertParagraph insert => [insert.Id],
        AddSubParagraph add => [add.Id, add.ParentId],
        DeleteParagraph delete => [delete.Id],
        MoveParagraph move => [move.Id],
        SetParagraphKind kind => [kind.Id],
        SetHeading heading => [heading.Id],
        SetPart part => [part.Id],
        SetSection section => [section.Id],
        SetSource source => [source.Id],
        SetTable or SetTableCell or AddTableRow or RemoveTableRow => TableOperationNodes.Of(operation),
        _ => [],
    };
}
