using System.Globalization;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// The rows of a compilation of proposals to a text: every numbered item of every proposal,
/// under the first paragraph of the text it is about, in text order (items about no paragraph of
/// the text last); under one paragraph, proposals in the order given, each sub-amendment after
/// the proposal it amends. The same rows serve a web page and <see cref="CompilationDocxExporter"/>.
/// </summary>
public static class CompilationRows
{
    public static IReadOnlyList<CompilationRow> Build(Draft text, IEnumerable<Proposal> proposals, string language, Func<Proposal, string>? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(proposals);
        reference ??= p => p.Id;
        var chinese = DraftLanguage.IsChinese(language);
        var order = new ParagraphOrder(text);
        var labels = ParagraphLabels.Compute(text);
        // A Chinese row names its paragraph as a wording does: "执行部分(c)段" in a lettered text (ADR 0038 amendment 2).
        var operative = OperativeNumbering.From(text.Metadata);
        var ordered = Ordered(proposals.DistinctBy(p => p.Id).ToList());
        var byId = ordered.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var firstGroup = new Dictionary<string, int?>(StringComparer.Ordinal);

        var rows = new List<(int Group, int Rank, CompilationRow Row)>();
        for (var rank = 0; rank < ordered.Count; rank++)
        {
            var proposal = ordered[rank];
            var parent = proposal.ParentId is { } pid ? byId.GetValueOrDefault(pid) : null;
            foreach (var item in proposal.Amendment.Items)
            {
                // A sub-amendment names paragraphs of its parent's text; one its parent adds goes with the parent.
                var group = order.FirstIndexOf(item.Instructions) ?? (parent is null ? null : firstGroup.GetValueOrDefault(parent.Id));
                firstGroup.TryAdd(proposal.Id, group);
                var paragraph = group is { } k ? text.Paragraphs[k] : null;
                var layout = item.Layout(language);
                var lines = layout.Lettered.Select((l, n) => $"({ParagraphLabels.Letters(n + 1)}) {l}").Prepend(layout.Lead).ToList();
                rows.Add((group ?? int.MaxValue, rank, new CompilationRow(
                    paragraph?.Id,
                    paragraph is null ? (chinese ? "其他" : "Other") : Name(labels[paragraph.Id], Recorded(item.Instructions, order, group), chinese, operative),
                    proposal.Id,
                    reference(proposal),
                    parent is null ? proposal.ParentId : reference(parent),
                    lines,
                    DelegationNames.Join(proposal.Proposers, proposal.OnBehalfOf, language),
                    Status(proposal, chinese))));
            }
        }

        // Under one paragraph of the text, the rows that name it alike stand together (those named as it was, then as it is).
        return rows.OrderBy(r => r.Group).ThenBy(r => r.Row.Paragraph, StringComparer.Ordinal).ThenBy(r => r.Rank).Select(r => r.Row).ToList();
    }

    /// <summary>"Adopted (85 in favour, 40 against, 20 abstentions)" / "获得通过（85票赞成、40票反对、20票弃权）".</summary>
    public static string Status(Proposal proposal, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var vote = proposal.Vote is { } v ? Counts(v, chinese) : "";
        return (proposal.State, chinese) switch
        {
            (ProposalState.Proposed, false) => "Proposed",
            (ProposalState.Proposed, true) => "已提出",
            (ProposalState.Withdrawn, false) => "Withdrawn",
            (ProposalState.Withdrawn, true) => "已撤回",
            (ProposalState.Accepted, false) => "Accepted",
            (ProposalState.Accepted, true) => "已接受",
            (ProposalState.Rejected, false) => "Rejected",
            (ProposalState.Rejected, true) => "未接受",
            (ProposalState.PutToVote, false) => "Put to the vote",
            (ProposalState.PutToVote, true) => "已付诸表决",
            (ProposalState.Adopted, false) => "Adopted" + vote,
            (ProposalState.Adopted, true) => "获得通过" + vote,
            (ProposalState.NotAdopted, false) => "Not adopted" + vote,
            (ProposalState.NotAdopted, true) => "未获通过" + vote,
            (ProposalState.Fallen, false) => "Fell (not put to the vote)",
            _ => "失效（未付诸表决）",
        };
    }

    private static string Counts(VoteResult vote, bool chinese)
    {
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return chinese
            ? $"（{N(vote.Yes)}票赞成、{N(vote.No)}票反对、{N(vote.Abstain)}票弃权）"
            : $" ({N(vote.Yes)} in favour, {N(vote.No)} against, {N(vote.Abstain)} {(vote.Abstain == 1 ? "abstention" : "abstentions")})";
    }

    /// <summary>
    /// The paragraph as the proposal names it, the place it was made against (its instructions' reference, recorded
    /// when it was proposed); when the text has moved since (a paragraph inserted before it was accepted), where it is
    /// now as well: "B PP1 (now B PP2)" / "决议B序言部分第一段（现为决议B序言部分第二段）". Proposals made against one
    /// paragraph at different times are so told apart, not mixed under its present label.
    /// </summary>
    private static string Name(ParagraphLabel live, ParagraphReference? recorded, bool chinese, string? operative)
    {
        var now = Name(new ParagraphReference(live.Id, live.Kind, live.Number) { Part = live.Part, Section = live.Section, OperativeNumbering = operative }, chinese);
        if (recorded is null)
        {
            return now;
        }

        var then = Name(recorded, chinese);
        return then == now ? now : chinese ? $"{then}（现为{now}）" : $"{then} (now {now})";
    }

    private static string Name(ParagraphReference paragraph, bool chinese) =>
        chinese ? paragraph.Name(DraftLanguage.Chinese) : paragraph.Label;

    /// <summary>The top-level paragraph the first of the instructions about <paramref name="group"/> names, as it named it; null when none names it.</summary>
    private static ParagraphReference? Recorded(IEnumerable<AmendmentInstruction> instructions, ParagraphOrder order, int? group)
    {
        foreach (var instruction in instructions)
        {
            if (order.IndexOf(instruction) != group)
            {
                continue;
            }

            var named = instruction.Target ?? instruction.Placement?.Reference ?? instruction.Parent;
            if (named is { Quoted: false, Decision: null } && order.IndexOf(named.Id) == group)
            {
                return new ParagraphReference(named.Id, named.Kind, named.Number) { Part = named.Part, Section = named.Section, OperativeNumbering = named.OperativeNumbering };
            }
        }

        return null;
    }

    /// <summary>The proposals in the order given, each sub-amendment moved to just after the proposal it amends.</summary>
    private static List<Proposal> Ordered(List<Proposal> proposals)
    {
        var ids = proposals.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var children = proposals.Where(p => p.ParentId is { } parent && ids.Contains(parent)).ToLookup(p => p.ParentId!);
        var ordered = new List<Proposal>(proposals.Count);
        void Add(Proposal p, int depth)
        {
            ordered.Add(p);
            if (depth < 16)
            {
                foreach (var child in children[p.Id])
                {
                    Add(child, depth + 1);
                }
            }
        }

        foreach (var p in proposals.Where(p => p.ParentId is null || !ids.Contains(p.ParentId)))
        {
            Add(p, 0);
        }

        return ordered;
    }
}
