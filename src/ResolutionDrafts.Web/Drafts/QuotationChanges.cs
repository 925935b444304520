using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>The changes the page makes to a quotation's lines (ADR 0028), built against the live draft.</summary>
public static class QuotationChanges
{
    /// <summary>
    /// An empty line with the id <paramref name="newId"/> after the quoted line <paramref name="at"/>, or at the end of
    /// the quotation of the paragraph or sub-paragraph <paramref name="at"/> (which starts one when it has none).
    /// </summary>
    public static Func<Draft, DomainResult<DraftOperation>> AddLine(string at, string newId) => draft =>
    {
        if (draft.TryLocateQuotedLine(at, out var holderId, out var index))
        {
            return DomainResult<DraftOperation>.Ok(new AddQuotedLine(holderId!, newId, index + 1, ""));
        }

        var holder = draft.FindNode(at);
        return holder is null
            ? DomainResult<DraftOperation>.Fail($"There is no paragraph with id '{at}'.")
            : DomainResult<DraftOperation>.Ok(new AddQuotedLine(at, newId, holder.Quotation.Count, ""));
    };

    public static Func<Draft, DomainResult<DraftOperation>> RemoveLine(string lineId) => draft =>
    {
        var delete = DeleteQuotedLine.Of(draft, lineId);
        return delete.IsSuccess ? DomainResult<DraftOperation>.Ok(delete.Value!) : DomainResult<DraftOperation>.Fail(delete.Error!);
    };

    public static Func<Draft, DomainResult<DraftOperation>> MoveLine(string lineId, int delta) => draft =>
    {
        if (!draft.TryLocateQuotedLine(lineId, out var holderId, out var index))
        {
            return DomainResult<DraftOperation>.Fail($"There is no quoted line with id '{lineId}'.");
        }

        var to = index + delta;
        var count = draft.FindNode(holderId!)!.Quotation.Count;
        return to < 0 || to >= count
            ? DomainResult<DraftOperation>.Fail(to < 0 ? "It is already the first line of the quotation." : "It is already the last line of the quotation.")
            : DomainResult<DraftOperation>.Ok(new MoveQuotedLine(lineId, holderId!, index, to));
    };
}
