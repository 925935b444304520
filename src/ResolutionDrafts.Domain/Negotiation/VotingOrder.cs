using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// The order in which pending amendments are voted on, and which ones fall when another is
/// adopted (GA rules 90 and 130: amendments before the proposal; of several, the one furthest
/// removed in substance from the original first; one that adopting another necessarily rejects
/// is not put to the vote). "Furthest removed in substance" is a judgement of the chair; the
/// suggestion stands in for it with a stated measure: the characters a proposal changes in the
/// paragraph (<see cref="AmendmentInstruction.CharactersChanged"/>), the most first.
/// </summary>
public static class VotingOrder
{
    /// <summary>
    /// The pending proposals in a suggested voting order: grouped by the first paragraph of
    /// <paramref name="text"/> each is about, in text order (those naming none of its paragraphs
    /// last); within a paragraph, the one that changes most there first, then the one that changes
    /// most overall, then in the order given. Each sub-amendment is voted on just before the
    /// proposal it amends, the one changing most first. Proposals no longer pending are left out.
    /// </summary>
    public static IReadOnlyList<VotingOrderEntry> Suggest(Draft text, IEnumerable<Proposal> proposals)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(proposals);
        var pending = proposals.Where(p => p.IsPending).DistinctBy(p => p.Id).ToList();
        var ids = pending.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var given = pending.Select((p, k) => (p, k)).ToDictionary(x => x.p.Id, x => x.k, StringComparer.Ordinal);
        var subAmendments = pending.Where(p => p.ParentId is { } parent && ids.Contains(parent)).ToLookup(p => p.ParentId!);
        var order = new ParagraphOrder(text);
        var labels = ParagraphLabels.Compute(text);

        var tops = pending
            .Where(p => p.ParentId is null || !ids.Contains(p.ParentId))
            .Select(p =>
            {
                var first = order.FirstIndexOf(p.Amendment.Instructions);
                var there = p.Amendment.Instructions.Where(i => first is not null && order.IndexOf(i) == first).Sum(i => i.CharactersChanged);
                return (Proposal: p, First: first, There: there);
            })
            .OrderBy(t => t.First ?? int.MaxValue)
            .ThenByDescending(t => t.There)
            .ThenByDescending(t => t.Proposal.Amendment.CharactersChanged)
            .ThenBy(t => given[t.Proposal.Id])
            .ToList();

        var entries = new List<VotingOrderEntry>(pending.Count);
        void Add(Proposal proposal, int? first, int measure, int depth)
        {
            // A chain of sub-amendments longer than any real one would be a cycle in bad data.
            if (depth < 16)
            {
                foreach (var sub in subAmendments[proposal.Id]
                    .OrderByDescending(s => s.Amendment.CharactersChanged)
                    .ThenBy(s => given[s.Id]))
                {
                    Add(sub, first, sub.Amendment.CharactersChanged, depth + 1);
                }
            }

            var paragraph = first is { } k ? text.Paragraphs[k] : null;
            entries.Add(new VotingOrderEntry(entries.Count + 1, proposal, paragraph?.Id, paragraph is null ? "" : labels[paragraph.Id].Label, measure));
        }

        foreach (var (proposal, first, there) in tops)
        {
            Add(proposal, first, there, 0);
        }

        return entries;
    }

    /// <summary>
    /// True when the proposal no longer applies to the text as it stands once another amendment
    /// has been adopted or accepted: a paragraph it names is gone, words it quotes are no longer
    /// there (<see cref="AmendmentApplier"/> refuses it), or it would change nothing. A
    /// sub-amendment also falls when its parent is no longer pending or no longer applies; its
    /// parent must be among <paramref name="proposals"/>.
    /// </summary>
    public static bool Falls(Draft textAfterAdoption, Proposal proposal, IEnumerable<Proposal>? proposals = null)
    {
        ArgumentNullException.ThrowIfNull(textAfterAdoption);
        ArgumentNullException.ThrowIfNull(proposal);
        var find = ProposalTexts.Lookup(proposals);
        var p = proposal;
        for (var depth = 0; p.ParentId is { } parentId; depth++)
        {
            var parent = find(parentId) ?? throw new ArgumentException($"Proposal {p.Id} amends proposal {parentId}, which is not among the proposals given.", nameof(proposals));
            if (!parent.IsPending || depth >= 16)
            {
                return true;
            }

            p = parent;
        }

        var (before, after, error) = ProposalTexts.Steps(textAfterAdoption, proposal, find);
        return error is not null || AmendmentBuilder.Compute(before!, after!).IsEmpty;
    }

    /// <summary>
    /// The pending proposals among <paramref name="proposals"/> that fall once the text reads
    /// <paramref name="textAfterAdoption"/>. Give every proposal of the text, decided ones too, so
    /// that each sub-amendment finds its parent.
    /// </summary>
    public static IReadOnlyList<Proposal> FallenWith(Draft textAfterAdoption, IEnumerable<Proposal> proposals)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        var all = proposals.ToList();
        return all.Where(p => p.IsPending && Falls(textAfterAdoption, p, all)).ToList();
    }
}
