using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Several operations applied in order, all or none: a client's buffered changes while it waits
/// for an acknowledgement, a paragraph split (edit + insert), or a concurrent same-name sponsor
/// add resolved into remove + add. Build it with <see cref="Of"/>, which flattens and simplifies.
/// </summary>
public sealed record OperationBatch(IReadOnlyList<DraftOperation> Operations) : DraftOperation
{
    /// <summary>The most parts one batch may have on the wire.</summary>
    public const int MaxOperations = 2_000;

    /// <summary>
    /// One operation doing all of <paramref name="operations"/> in order: nested batches flattened,
    /// silent no-ops left out, neighbouring edits of the same text composed; a single part is
    /// returned as itself. No-ops with a reason are kept so their authors can still be told.
    /// </summary>
    public static DraftOperation Of(IEnumerable<DraftOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var parts = new List<DraftOperation>();
        foreach (var operation in Flatten(operations))
        {
            if (operation is NoOp { Reason: null })
            {
                continue;
            }

            if (operation is EditText next && parts.Count > 0 && parts[^1] is EditText last && last.NodeId == next.NodeId
                && TextOperation.Compose(last.Operation, next.Operation) is { IsSuccess: true } composed)
            {
                parts[^1] = last with { Operation = composed.Value! };
                continue;
            }

            parts.Add(operation);
        }

        return parts.Count switch
        {
            0 => new NoOp(),
            1 => parts[0],
            _ => new OperationBatch(parts),
        };
    }

    private static IEnumerable<DraftOperation> Flatten(IEnumerable<DraftOperation> operations) =>
        operations.SelectMany(o => o is OperationBatch batch ? Flatten(batch.Operations) : [o]);

    private protected override string? CheckShape()
    {
        if (Operations is null)
        {
            return "The batch's operations are missing.";
        }

        if (Operations.Count > MaxOperations)
        {
            return $"A batch can have at most {MaxOperations:N0} operations.";
        }

        for (var i = 0; i < Operations.Count; i++)
        {
            var error = Operations[i] is null ? "it is missing." : Operations[i].Validate().Error;
            if (error is not null)
            {
                return $"Operation {i + 1} of the batch: {error}";
            }
        }

        return null;
    }

    private protected override DomainResult ApplyValidated(Draft draft)
    {
        if (Operations.Count == 1)
        {
            return Operations[0].Apply(draft);
        }

        if (Operations.All(o => o is EditText))
        {
            return ApplyTextEdits(draft);
        }

        // All or none: try the whole batch on a copy, then replay it on the real draft.
        var trial = draft.Clone();
        for (var i = 0; i < Operations.Count; i++)
        {
            var result = Operations[i].Apply(trial);
            if (!result.IsSuccess)
            {
                return DomainResult.Fail($"Operation {i + 1} of the batch: {result.Error}");
            }
        }

        foreach (var operation in Operations)
        {
            if (!operation.Apply(draft).IsSuccess)
            {
                throw new InvalidOperationException("A batch that applied to a copy of the draft failed on the draft itself.");
            }
        }

        return DomainResult.Ok();
    }

    /// <summary>
    /// The common batch, a client's buffered typing: only text edits, so all or none needs no copy
    /// of the draft, only the new texts worked out before any is set.
    /// </summary>
    private DomainResult ApplyTextEdits(Draft draft)
    {
        var texts = new Dictionary<ParagraphNode, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Operations.Count; i++)
        {
            var edit = (EditText)Operations[i];
            var node = draft.FindNode(edit.NodeId);
            if (node is null)
            {
                return DomainResult.Fail($"Operation {i + 1} of the batch: There is no paragraph with id '{edit.NodeId}'.");
            }

            var text = edit.Operation.Apply(texts.TryGetValue(node, out var changed) ? changed : node.Text);
            if (!text.IsSuccess)
            {
                return DomainResult.Fail($"Operation {i + 1} of the batch: {text.Error}");
            }

            // The same rule as one edit's (Draft.SetTextAsTyped), checked before any text is set.
            if (Draft.CheckTypedText(text.Value) is { } error)
            {
                return DomainResult.Fail($"Operation {i + 1} of the batch: {error}");
            }

            texts[node] = text.Value!;
        }

        foreach (var (node, text) in texts)
        {
            node.Text = text;
        }

        return DomainResult.Ok();
    }
}
