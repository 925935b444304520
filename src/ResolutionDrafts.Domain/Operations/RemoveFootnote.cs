using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Removes footnote <see cref="Number"/>; removing one already gone is a no-op, so two concurrent removals agree.</summary>
public sealed record RemoveFootnote(int Number) : DraftOperation
{
    private protected override string? CheckShape() => Number < 1 ? "Footnote numbers start at 1." : null;

    private protected override DomainResult ApplyValidated(Draft draft) =>
        draft.Footnotes.Any(f => f.Number == Number) ? draft.RemoveFootnote(Number) : DomainResult.Ok();
}
