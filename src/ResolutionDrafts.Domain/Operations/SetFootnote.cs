using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Adds footnote <see cref="Number"/> or replaces its text; of two concurrent ones for one number, the later stands.</summary>
public sealed record SetFootnote(int Number, string Text) : DraftOperation
{
    private protected override string? CheckShape() =>
        Number < 1 ? "Footnote numbers start at 1." : ParagraphText.Problem(Text, "A footnote");

    private protected override DomainResult ApplyValidated(Draft draft) =>
        draft.Footnotes.Any(f => f.Number == Number) ? draft.SetFootnoteText(Number, Text) : draft.AddFootnote(Number, Text);
}
