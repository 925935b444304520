using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// The recent tail of a draft's change log, held by its session: entries
/// <see cref="StartRevision"/>+1 to <see cref="Revision"/>. It answers the Jupiter server's one
/// question: an operation made on revision r arrives; transformed past everything applied since
/// r, what is it now? The session may trim old entries; a client further behind than the tail
/// must reload the draft.
/// </summary>
public sealed class OperationLog
{
    private readonly List<AppliedOperation> entries = [];

    /// <param name="startRevision">The revision of the draft before the first entry this log will hold.</param>
    public OperationLog(int startRevision = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startRevision);
        StartRevision = startRevision;
    }

    public int StartRevision { get; private set; }

    /// <summary>The revision after the last entry.</summary>
    public int Revision => StartRevision + entries.Count;

    public IReadOnlyList<AppliedOperation> Entries => entries;

    public void Append(AppliedOperation entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Revision != Revision + 1)
        {
            throw new ArgumentException($"The next entry must be revision {Revision + 1}, not {entry.Revision}.", nameof(entry));
        }

        entries.Add(entry);
    }

    /// <summary>The entries after <paramref name="revision"/>: what a client at that revision has not seen.</summary>
    public DomainResult<IReadOnlyList<AppliedOperation>> Since(int revision)
    {
        var error = CheckBase(revision);
        return error is not null
            ? DomainResult<IReadOnlyList<AppliedOperation>>.Fail(error)
            : DomainResult<IReadOnlyList<AppliedOperation>>.Ok(entries.GetRange(revision - StartRevision, Revision - revision));
    }

    /// <summary>
    /// Transforms <paramref name="operation"/>, made on <paramref name="baseRevision"/>, past every
    /// entry since, each entry as the earlier of the pair (it was ordered first). The result
    /// applies to the draft as it is now.
    /// </summary>
    public DomainResult<DraftOperation> TransformIncoming(int baseRevision, DraftOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var error = CheckBase(baseRevision);
        if (error is not null)
        {
            return DomainResult<DraftOperation>.Fail(error);
        }

        for (var i = baseRevision - StartRevision; i < entries.Count; i++)
        {
            var step = DraftOperation.Transform(entries[i].Operation, operation);
            if (!step.IsSuccess)
            {
                return DomainResult<DraftOperation>.Fail(step.Error!);
            }

            operation = step.Value.Later;
        }

        return DomainResult<DraftOperation>.Ok(operation);
    }

    /// <summary>Forgets entries up to and including <paramref name="revision"/> to bound memory.</summary>
    public void TrimThrough(int revision)
    {
        var count = Math.Clamp(revision - StartRevision, 0, entries.Count);
        entries.RemoveRange(0, count);
        StartRevision += count;
    }

    private string? CheckBase(int revision) =>
        revision > Revision ? $"Revision {revision} is in the future; the draft is at revision {Revision}."
        : revision < StartRevision ? $"Revision {revision} is too old to catch up from (the oldest kept is {StartRevision}); reload the draft."
        : null;
}
