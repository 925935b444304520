using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Components.Pages.Drafts;

/// <summary>The draft page's commands on a quotation's lines (ADR 0028): add, remove, move; a line is edited live like a paragraph.</summary>
public partial class DraftPage
{
    /// <summary>Handles a quotation command; false when <paramref name="command"/> is not one.</summary>
    private async Task<bool> DispatchQuotationAsync(ParagraphCommand command)
    {
        switch (command.Action)
        {
            case ParagraphAction.AddQuotedLine:
                var id = ParagraphIds.New();
                var refused = await Apply(QuotationChanges.AddLine(command.Id!, id));
                state.PendingDelete = null;
                if (refused is null)
                {
                    (state.Editing, state.EditError) = (EditTarget.Existing(id), null);
                }
                else
                {
                    state.Say($"The line was not added: {refused}", isError: true);
                }

                return true;
            case ParagraphAction.RemoveQuotedLine:
                state.PendingDelete = null;
                if (state.Editing is { Kind: EditTargetKind.Existing } open && open.NodeId == command.Id)
                {
                    state.Editing = null;
                }

                ShowResult(await Apply(QuotationChanges.RemoveLine(command.Id!)));
                return true;
            case ParagraphAction.MoveQuotedLineUp or ParagraphAction.MoveQuotedLineDown:
                state.PendingDelete = null;
                ShowResult(await Apply(QuotationChanges.MoveLine(command.Id!, command.Action == ParagraphAction.MoveQuotedLineUp ? -1 : +1)));
                return true;
            default:
                return false;
        }
    }
}
