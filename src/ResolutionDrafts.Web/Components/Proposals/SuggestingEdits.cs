using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Components.Proposals;

/// <summary>What a suggesting-mode command does to the proposed copy of a text; null for commands that propose nothing.</summary>
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
            ParagraphAction.Propose => d => d.SetText(id, command.Text ?? ""),
            ParagraphAction.ProposeDelete => d => d.Delete(id),
            ParagraphAction.ProposeMoveUp => d => d.MoveBy(id, -1),
            ParagraphAction.ProposeMoveDown => d => d.MoveBy(id, +1),
            ParagraphAction.ProposeNewAfter => d => InsertAfter(d, id, command.Text ?? ""),
            _ => null,
        };
    }

    private static DomainResult InsertAfter(Draft draft, string id, string text)
    {
        var index = draft.Paragraphs.ToList().FindIndex(p => p.Id == id);
        if (index < 0)
        {
            return DomainResult.Fail("That paragraph is no longer in the text.");
        }

        var inserted = draft.InsertParagraph(draft.Paragraphs[index].Kind, text, index + 1);
        return inserted.IsSuccess ? DomainResult.Ok() : DomainResult.Fail(inserted.Error!);
    }
}
