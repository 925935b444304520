using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Changes nothing. Transformation turns an operation into this when its target is gone; the
/// <see cref="Reason"/> ("dropped: paragraph deleted") is what its author is told.
/// </summary>
public sealed record NoOp(string? Reason = null) : DraftOperation
{
    private protected override string? CheckShape() => CheckShortText(Reason, "A reason", required: false);

    private protected override DomainResult ApplyValidated(Draft draft) => DomainResult.Ok();
}
