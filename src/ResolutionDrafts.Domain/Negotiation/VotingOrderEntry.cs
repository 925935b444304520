namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// One proposal in the suggested voting order.
/// </summary>
/// <param name="Position">1 for the first to be voted on.</param>
/// <param name="ParagraphId">The paragraph of the text it is grouped under (its parent's, for a sub-amendment); null when it names none of the text.</param>
/// <param name="ParagraphLabel">That paragraph's label ("OP5"); "" when there is none.</param>
/// <param name="CharactersChanged">The measure it was ordered by within its paragraph: characters it changes there.</param>
public sealed record VotingOrderEntry(int Position, Proposal Proposal, string? ParagraphId, string ParagraphLabel, int CharactersChanged);
