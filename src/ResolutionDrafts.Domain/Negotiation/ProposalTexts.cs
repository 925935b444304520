using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// What proposals do to a text. A proposal's instructions are made to its target; here they are
/// applied to <c>text</c>, which may be the target or the target as other amendments have since
/// changed it: paragraphs are found by id (<see cref="AmendmentRebase"/>), words by quotation. A
/// sub-amendment applies to the text as its parent would make it, so its parent (and theirs) must
/// be among the <c>proposals</c> given.
/// </summary>
public static class ProposalTexts
{
    /// <summary>The text as the proposal would make it, or why its instructions do not fit.</summary>
    public static DomainResult<Draft> Apply(Draft text, Proposal proposal, IEnumerable<Proposal>? proposals = null)
    {
        var (_, after, error) = Steps(text, proposal, Lookup(proposals));
        return error is null ? DomainResult<Draft>.Ok(after!) : DomainResult<Draft>.Fail(error);
    }

    /// <summary>
    /// The instructions that turn <paramref name="text"/> into the text the proposal would make,
    /// named after <paramref name="text"/>: the proposal's own, renamed, or for a sub-amendment
    /// those of its parent as it would amend it.
    /// </summary>
    public static DomainResult<Amendment> Effective(Draft text, Proposal proposal, IEnumerable<Proposal>? proposals = null)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (proposal.IsSubAmendment)
        {
            var applied = Apply(text, proposal, proposals);
            return applied.IsSuccess ? DomainResult<Amendment>.Ok(AmendmentBuilder.Compute(text, applied.Value!)) : DomainResult<Amendment>.Fail(applied.Error!);
        }

        var rebased = AmendmentRebase.Onto(text, proposal.Amendment.Instructions);
        if (!rebased.IsSuccess)
        {
            return rebased;
        }

        var check = AmendmentApplier.Apply(text, rebased.Value!);
        return check.IsSuccess ? rebased : DomainResult<Amendment>.Fail(check.Error!);
    }

    /// <summary>
    /// The parent's amendment as the sub-amendment would amend it, made to <paramref name="target"/>:
    /// what the parent carries once the sub-amendment is adopted (<see cref="Proposal.Revise"/>).
    /// </summary>
    public static DomainResult<Amendment> AsAmendedBy(Draft target, Proposal parent, Proposal subAmendment)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(subAmendment);
        if (subAmendment.ParentId != parent.Id)
        {
            return DomainResult<Amendment>.Fail($"Proposal {subAmendment.Id} does not amend proposal {parent.Id}.");
        }

        var applied = Apply(target, subAmendment, [parent]);
        if (!applied.IsSuccess)
        {
            return DomainResult<Amendment>.Fail(applied.Error!);
        }

        var amendment = AmendmentBuilder.Compute(target, applied.Value!);
        return amendment.IsEmpty
            ? DomainResult<Amendment>.Fail($"As amended by {subAmendment.Id}, proposal {parent.Id} would change nothing in the text.")
            : DomainResult<Amendment>.Ok(amendment);
    }

    /// <summary>
    /// The text before and after the proposal's own instructions (before is the text as its
    /// parent would make it, for a sub-amendment), or why they do not fit.
    /// </summary>
    internal static (Draft? Before, Draft? After, string? Error) Steps(Draft text, Proposal proposal, Func<string, Proposal?> find)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(proposal);
        var chain = new List<Proposal> { proposal };
        while (chain[^1].ParentId is { } parentId)
        {
            if (chain.Count > 16 || find(parentId) is not { } parent || chain.Contains(parent))
            {
                return (null, null, $"proposal {chain[^1].Id} amends proposal {parentId}, which is not among those given");
            }

            chain.Add(parent);
        }

        var before = text;
        var after = text;
        for (var k = chain.Count - 1; k >= 0; k--)
        {
            before = after;
            var rebased = AmendmentRebase.Onto(before, chain[k].Amendment.Instructions);
            var applied = rebased.IsSuccess ? AmendmentApplier.Apply(before, rebased.Value!) : DomainResult<Draft>.Fail(rebased.Error!);
            if (!applied.IsSuccess)
            {
                return (null, null, k == 0 ? applied.Error : $"its parent {chain[k].Id} no longer applies: {applied.Error}");
            }

            after = applied.Value!;
        }

        return (before, after, null);
    }

    internal static Func<string, Proposal?> Lookup(IEnumerable<Proposal>? proposals)
    {
        var byId = new Dictionary<string, Proposal>(StringComparer.Ordinal);
        foreach (var p in proposals ?? [])
        {
            byId.TryAdd(p.Id, p);
        }

        return id => byId.GetValueOrDefault(id);
    }
}
