using ResolutionDrafts.Domain.Amendments;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// A change proposals make to a paragraph of the text as a whole, other than replacing it:
/// deleting or moving it, or changing the heading before it. Proposals that make the same change
/// share one.
/// </summary>
/// <param name="Kind"><see cref="AmendmentKind.DeleteParagraph"/>, <see cref="AmendmentKind.MoveParagraph"/> or <see cref="AmendmentKind.ReplaceHeading"/>.</param>
/// <param name="Wording">The instruction as an amendment words it, in the text's language ("Delete operative paragraph 4.").</param>
public sealed record ParagraphProposal(AmendmentKind Kind, string Wording, IReadOnlyList<ProposalHolder> Holders)
{
    public IReadOnlyList<string> ProposalIds => Holders.Select(h => h.ProposalId).ToList();
}
