using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Sets the language of the text; of two concurrent ones, the later stands.</summary>
public sealed record SetLanguage(string Language) : DraftOperation
{
    private protected override string? CheckShape() => DraftLanguage.IsKnown(Language) ? null : $"Unknown language '{Language}'.";

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetLanguage(Language);
}
