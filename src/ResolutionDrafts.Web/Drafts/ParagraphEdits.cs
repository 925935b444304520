using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>Turns what a reader did on the document page into a change of the draft.</summary>
public static class ParagraphEdits
{
    /// <summary>The change that saving <paramref name="text"/> into <paramref name="target"/> makes.</summary>
    public static Func<Draft, DomainResult> Save(EditTarget target, string text, ParagraphKind kind) => target.Kind switch
    {
        EditTargetKind.Existing => draft => draft.SetText(target.NodeId!, text),
        EditTargetKind.NewSubParagraph => draft => Untyped(draft.AddSubParagraph(target.AnchorId!, text)),
        _ => draft =>
        {
            var index = target.AnchorId is null ? 0 : IndexOf(draft, target.AnchorId) + 1;
            return index == 0 && target.AnchorId is not null
                ? DomainResult.Fail("The paragraph to insert after no longer exists.")
                : Untyped(draft.InsertParagraph(kind, text, index));
        },
    };

    public static Func<Draft, DomainResult>? For(ParagraphCommand command) => command.Action switch
    {
        ParagraphAction.ConfirmDelete => draft => draft.Delete(command.Id!),
        ParagraphAction.MoveUp => draft => draft.MoveBy(command.Id!, -1),
        ParagraphAction.MoveDown => draft => draft.MoveBy(command.Id!, +1),
        ParagraphAction.ToggleKind => draft =>
        {
            var paragraph = draft.Paragraphs.FirstOrDefault(p => p.Id == command.Id);
            return paragraph is null
                ? DomainResult.Fail("Only a paragraph, not a sub-paragraph, has a kind.")
                : draft.SetParagraphKind(paragraph.Id, paragraph.Kind == ParagraphKind.Operative ? ParagraphKind.Preambular : ParagraphKind.Operative);
        },
        _ => null,
    };

    private static int IndexOf(Draft draft, string id)
    {
        for (var i = 0; i < draft.Paragraphs.Count; i++)
        {
            if (draft.Paragraphs[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static DomainResult Untyped<T>(DomainResult<T> result) =>
        result.IsSuccess ? DomainResult.Ok() : DomainResult.Fail(result.Error!);
}
