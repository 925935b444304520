using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The live operations that turn one draft's paragraphs into another's, matched by id: deletions,
/// insertions (with their sub-paragraphs), moves, kind and heading changes and text edits (only the
/// changed middle of a text, so edits others are typing elsewhere in it merge). This is how an
/// accepted amendment reaches the live text: applied through the co-editing session like any change,
/// so everyone sees it at once. Title, masthead, sponsors and footnotes are left alone. Pure.
/// </summary>
public static partial class DraftDelta
{
    public static DomainResult<DraftOperation> Between(Draft from, Draft to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var work = from.Clone();
        var operations = new List<DraftOperation>();
        var error = Siblings(work, null, to.Paragraphs, operations);
        return error is null ? DomainResult<DraftOperation>.Ok(OperationBatch.Of(operations)) : DomainResult<DraftOperation>.Fail(error);
    }

    private static string? Siblings(Draft work, string? parentId, IReadOnlyList<ParagraphNode> target, List<DraftOperation> operations)
    {
        var wanted = target.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in Current(work, parentId).Where(n => !wanted.Contains(n.Id)).Select(n => n.Id).ToList())
        {
            var delete = DeleteParagraph.Of(work, gone);
            if (Step(work, delete.IsSuccess ? delete.Value! : null, delete.Error, operations) is { } failed)
            {
                return failed;
            }
        }

        for (var index = 0; index < target.Count; index++)
        {
            var node = target[index];
            var siblings = Current(work, parentId);
            var at = IndexOf(siblings, node.Id);
            if (at < 0)
            {
                if (work.FindNode(node.Id) is not null)
                {
                    // Moved to another parent: taken out where it was, put in here.
                    var delete = DeleteParagraph.Of(work, node.Id);
                    if (Step(work, delete.IsSuccess ? delete.Value! : null, delete.Error, operations) is { } failed)
                    {
                        return failed;
                    }
                }

                DraftOperation operation = parentId is null
                    ? new InsertParagraph(node.Id, ((Paragraph)node).Kind, index, node.Text, ((Paragraph)node).Heading)
                    : new AddSubParagraph(parentId, node.Id, index, node.Text);
                if (Step(work, operation, null, operations) is { } inserted)
                {
                    return inserted;
                }

                if (node.Source is not null && Step(work, new SetSource(node.Id, node.Source), null, operations) is { } sourced)
                {
                    return sourced;
                }

                // A new paragraph at the head of a part opens it (ADR 0016); the one that did hands it over below.
                if (node is Paragraph { Part: { } opens } && Step(work, new SetPart(node.Id, opens), null, operations) is { } opened)
                {
                    return opened;
                }

                if (Siblings(work, node.Id, node.SubParagraphs, operations) is { } children)
                {
                    return children;
                }

                if (Quotation(work, node, operations) is { } quotedNew)
                {
                    return quotedNew;
                }

                if (Table(work, node, operations) is { } tableNew)
                {
                    return tableNew;
                }

                continue;
            }

            if (at != index)
            {
                var move = MoveParagraph.Of(work, node.Id, index);
                if (Step(work, move.IsSuccess ? move.Value! : null, move.Error, operations) is { } moved)
                {
                    return moved;
                }
            }

            if (Node(work, node.Id) is var current && current.Text != node.Text)
            {
                if (Step(work, new EditText(node.Id, Splice(current.Text, node.Text)), null, operations) is { } edited)
                {
                    return edited;
                }
            }

            // A source is carried over, never cleared: an amended copy made from an older text may lack it.
            if (node.Source is not null && Node(work, node.Id).Source != node.Source && Step(work, new SetSource(node.Id, node.Source), null, operations) is { } source)
            {
                return source;
            }

            if (node is Paragraph paragraph && Node(work, node.Id) is Paragraph live)
            {
                if (live.Kind != paragraph.Kind && Step(work, new SetParagraphKind(node.Id, paragraph.Kind), null, operations) is { } kind)
                {
                    return kind;
                }

                if (live.Heading != paragraph.Heading && Step(work, new SetHeading(node.Id, paragraph.Heading), null, operations) is { } heading)
                {
                    return heading;
                }

                if (live.Part != paragraph.Part && Step(work, new SetPart(node.Id, paragraph.Part), null, operations) is { } part)
                {
                    return part;
                }

                if (live.OpensSection != paragraph.OpensSection && Step(work, new SetSection(node.Id, paragraph.OpensSection), null, operations) is { } section)
                {
                    return section;
                }
            }

            if (Siblings(work, node.Id, node.SubParagraphs, operations) is { } below)
            {
                return below;
            }

            if (Quotation(work, node, operations) is { } quoted)
            {
                return quoted;
            }

            if (Table(work, node, operations) is { } table)
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>The edit from <paramref name="old"/> to <paramref name="new"/>: keep the common start and end, replace the middle.</summary>
    public static TextOperation Splice(string old, string @new)
    {
        var start = 0;
        while (start < old.Length && start < @new.Length && old[start] == @new[start])
        {
            start++;
        }

        var end = 0;
        while (end < old.Length - start && end < @new.Length - start && old[^(end + 1)] == @new[^(end + 1)])
        {
            end++;
        }

        // Never split a surrogate pair.
        if (start > 0 && char.IsHighSurrogate(old[start - 1]))
        {
            start--;
        }

        if (end > 0 && old.Length - end < old.Length && char.IsLowSurrogate(old[^end]))
        {
            end--;
        }

        return TextOperation.Splice(old.Length, start, old.Length - start - end, @new[start..^end]);
    }

    private static string? Step(Draft work, DraftOperation? operation, string? error, List<DraftOperation> operations)
    {
        if (operation is null)
        {
            return error ?? "The change could not be built.";
        }

        var applied = operation.Apply(work);
        if (!applied.IsSuccess)
        {
            return applied.Error;
        }

        operations.Add(operation);
        return null;
    }

    private static IReadOnlyList<ParagraphNode> Current(Draft work, string? parentId) =>
        parentId is null ? work.Paragraphs : work.FindNode(parentId)?.SubParagraphs ?? (IReadOnlyList<ParagraphNode>)[];

    private static ParagraphNode Node(Draft work, string id) => work.FindNode(id)!;

    private static int IndexOf(IReadOnlyList<ParagraphNode> nodes, string id)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
