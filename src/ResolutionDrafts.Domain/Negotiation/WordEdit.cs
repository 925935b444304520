namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// One proposal's change to the words text[Start..End) of a paragraph: <see cref="NewText"/> in
/// their place. <see cref="Order"/> is the proposal's place among those shown, which orders the
/// alternatives of a bracket.
/// </summary>
internal sealed record WordEdit(int Start, int End, string NewText, ProposalHolder Holder, int Order);
