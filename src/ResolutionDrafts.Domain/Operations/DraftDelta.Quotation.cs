using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>The quotation part of <see cref="DraftDelta"/>: a node's quoted lines made the target's, line by line (ADR 0028).</summary>
public static partial class DraftDelta
{
    private static string? Quotation(Draft work, ParagraphNode target, List<DraftOperation> operations)
    {
        var wanted = target.Quotation.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in Node(work, target.Id).Quotation.Where(l => !wanted.Contains(l.Id)).Select(l => l.Id).ToList())
        {
            var delete = DeleteQuotedLine.Of(work, gone);
            if (Step(work, delete.IsSuccess ? delete.Value! : null, delete.Error, operations) is { } failed)
            {
                return failed;
            }
        }

        for (var index = 0; index < target.Quotation.Count; index++)
        {
            var line = target.Quotation[index];
            var lines = Node(work, target.Id).Quotation;
            var at = -1;
            for (var i = 0; i < lines.Count; i++)
            {
                at = lines[i].Id == line.Id ? i : at;
            }

            if (at < 0)
            {
                // A line that was in another quotation is taken out there first.
                if (work.FindNode(line.Id) is QuotedLine)
                {
                    var elsewhere = DeleteQuotedLine.Of(work, line.Id);
                    if (Step(work, elsewhere.IsSuccess ? elsewhere.Value! : null, elsewhere.Error, operations) is { } failed)
                    {
                        return failed;
                    }
                }

                if (Step(work, new AddQuotedLine(target.Id, line.Id, index, line.Text), null, operations) is { } added)
                {
                    return added;
                }

                continue;
            }

            if (at != index)
            {
                var move = MoveQuotedLine.Of(work, line.Id, index);
                if (Step(work, move.IsSuccess ? move.Value! : null, move.Error, operations) is { } moved)
                {
                    return moved;
                }
            }

            if (Node(work, line.Id) is var current && current.Text != line.Text
                && Step(work, new EditText(line.Id, Splice(current.Text, line.Text)), null, operations) is { } edited)
            {
                return edited;
            }
        }

        return null;
    }
}
