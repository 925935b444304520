using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Adds a sponsor at <see cref="Index"/> in the list. When two delegations add the same name
/// concurrently, the earlier stands and the later is dropped ("dropped: already a sponsor").
/// </summary>
public sealed record AddSponsor(Sponsor Sponsor, int Index) : DraftOperation
{
    private protected override string? CheckShape() =>
        Sponsor is null ? "The sponsor is missing."
        : CheckShortText(Sponsor.Name, "A sponsor's name", required: true)
            ?? CheckShortText(Sponsor.OnBehalfOf, "An \"on behalf of\" note", required: false)
            ?? CheckIndex(Index, "A sponsor position");

    private protected override DomainResult ApplyValidated(Draft draft) => draft.AddSponsor(Sponsor, Index);
}
