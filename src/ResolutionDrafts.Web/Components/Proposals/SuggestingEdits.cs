using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Components.Proposals;

/// <summary>
/// What a suggesting-mode command does to the proposed copy of a text; null for commands that propose
/// nothing. A proposed text taken from a precedent records its source in the copy, which the proposal
/// keeps and its acceptance carries into the live text (ADR 0011).
/// </summary>
public static class SuggestingEdits
{
    public static Func<Draft, DomainResult>? For(ParagraphCommand command)
    {
        if (command.Id is not { } id)
        {
            return null;
        }

        return command.Action switch
        {
            ParagraphAction.Propose => d => WithSource(d, d.SetText(id, command.Text ?? ""), id, command.Source),
            // At a part's edge as the page's own tools do (ADR 0016): a part stays where it is.
            ParagraphAction.ProposeDelete => d => Apply(d, DeleteParagraph.KeepingPart(d, id)),
            ParagraphAction.ProposeMoveUp => d => Apply(d, PartEdges.MoveBy(d, id, -1)),
            ParagraphAction.ProposeMoveDown => d => Apply(d, PartEdges.MoveBy(d, id, +1)),
            ParagraphAction.ProposeNewAfter => d => InsertAfter(d, id, command.Text ?? "", command.Source),
            _ => null,
        };
    }

    /// <summary>A new title for the part the paragraph opens (ADR 0016); its author line stays.</summary>
    public static Func<Draft, DomainResult> PartTitle(string id, string title) => d =>
        d.Paragraphs.FirstOrDefault(p => p.Id == id) is { Part: { } part }
            ? d.SetPart(id, part with { Title = title.Trim() })
            : DomainResult.Fail("That paragraph no longer opens a part.");

    /// <summary>A new paragraph before <paramref name="id"/>; before a part's first paragraph it heads that part (ADR 0016).</summary>
    public static Func<Draft, DomainResult> InsertBefore(string id, ParagraphKind kind, string text, AgreedLanguage? source) => d =>
    {
        var index = d.Paragraphs.ToList().FindIndex(p => p.Id == id);
        if (index < 0)
        {
            return DomainResult.Fail("That paragraph is no longer in the text.");
        }

        if (ParagraphText.Problem(text.Trim()) is { } problem)
        {
            return DomainResult.Fail(problem);
        }

        var newId = ParagraphIds.New();
        var inserted = PartEdges.InsertBefore(d, new InsertParagraph(newId, kind, index, text.Trim())).Apply(d);
        return WithSource(d, inserted, newId, source);
    };

    private static DomainResult InsertAfter(Draft draft, string id, string text, AgreedLanguage? source)
    {
        var index = draft.Paragraphs.ToList().FindIndex(p => p.Id == id);
        if (index < 0)
        {
            return DomainResult.Fail("That paragraph is no longer in the text.");
        }

        var inserted = draft.InsertParagraph(draft.Paragraphs[index].Kind, text, index + 1);
        return inserted.IsSuccess ? WithSource(draft, DomainResult.Ok(), inserted.Value!.Id, source) : DomainResult.Fail(inserted.Error!);
    }

    private static DomainResult Apply(Draft draft, DomainResult<DraftOperation> change) =>
        !change.IsSuccess ? DomainResult.Fail(change.Error!)
        // ↑ on the first paragraph of a part or section, or ↓ on its last, moves only the edge between two
        // parts or sections (a section's heading goes with its edge): no amendment says that (ADR 0016), so it
        // is not proposed as an empty one.
        : change.Value is OperationBatch { Operations: var operations } && operations.All(o => o is SetPart or SetSection or SetHeading)
            ? DomainResult.Fail(!operations.Any(o => o is SetPart)
                ? "That moves the paragraph into another section without moving it in the text, which an amendment cannot say; ask the secretariat, who can move a section's edge on the page."
                : "That moves the paragraph into the next part without moving it in the text, which an amendment cannot say; ask the secretariat, who can move a part's edge on the page.")
        : change.Value!.Apply(draft);

    private static DomainResult WithSource(Draft draft, DomainResult edited, string id, AgreedLanguage? source) =>
        !edited.IsSuccess || source is null ? edited : draft.SetSource(id, source);
}
