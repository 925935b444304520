using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>A stored proposal as pages show it: the domain object, its number in the draft and the two texts.</summary>
public sealed record ProposalView(Guid Id, Guid DraftId, int Number, Proposal Proposal, Draft Original, Draft Proposed, DateTime CreatedUtc)
{
    /// <summary>Its place in the voting order as the secretariat set it; null while the suggested order stands.</summary>
    public int? VotePosition { get; init; }

    /// <summary>The instructions, worded the UN way in <paramref name="language"/> ("1. In operative paragraph 5, …").</summary>
    public string Wording(string language) => Proposal.Amendment.Text(language);

    /// <summary>"Cuba, Brazil" or "Uganda (on behalf of the Group of African States)".</summary>
    public string Delegations => ProposalHolder.Of(Proposal).Names;

    /// <summary>The paragraphs the proposal touches, by id, for grouping per paragraph.</summary>
    public IReadOnlyList<string> ParagraphIds => [.. Proposal.Amendment.Instructions.Select(i => i.Target?.Id ?? i.Placement?.Reference?.Id ?? i.Parent?.Id).OfType<string>().Distinct()];
}
