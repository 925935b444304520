using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Web.Access;

/// <summary>Which permission a change to the text needs, whoever sends it (hub or page).</summary>
public static class OperationActions
{
    public static IEnumerable<DraftAction> Required(DraftOperation operation) => operation switch
    {
        OperationBatch batch => batch.Operations.SelectMany(Required).Distinct(),
        AddSponsor or RemoveSponsor => [DraftAction.ManageSponsors],
        SetMetadata or SetTitle or SetAuthorLine or SetDocumentKind or SetLanguage => [DraftAction.EditMasthead],
        _ => [DraftAction.Edit],
    };

    /// <summary>The first permission <paramref name="access"/> lacks for <paramref name="operation"/>, or null when it may be applied.</summary>
    public static DraftAction? Missing(DraftAccess access, DraftOperation operation) =>
        Required(operation).Select(a => (DraftAction?)a).FirstOrDefault(a => !access.Can(a!.Value));
}
