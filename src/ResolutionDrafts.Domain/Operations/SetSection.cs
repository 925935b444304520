using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Makes a top-level paragraph open a section numbered from 1 again, or joins it to the section before;
/// of two concurrent ones, the later stands, as for <see cref="SetPart"/>. The section's name follows from
/// its heading or its place (ADR 0016, sections).
/// </summary>
public sealed record SetSection(string Id, bool Opens) : DraftOperation
{
    private protected override string? CheckShape() => CheckId(Id, "A paragraph id");

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetSection(Id, Opens);
}
