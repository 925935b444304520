using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Web.Access;

/// <summary>
/// Which permissions a change to the text needs, whoever sends it (hub or page). Never none: an
/// operation that changes nothing (an empty batch, a no-op) still makes a revision under its
/// sender's name, so it needs the right to edit like any other.
/// </summary>
public static class OperationActions
{
    public static IEnumerable<DraftAction> Required(DraftOperation operation) => operation switch
    {
        OperationBatch { Operations.Count: 0 } => [DraftAction.Edit],
        OperationBatch batch => batch.Operations.SelectMany(Required).Distinct(),
        AddSponsor or RemoveSponsor => [DraftAction.ManageSponsors],
        SetMetadata or SetTitle or SetAuthorLine or SetDocumentKind or SetLanguage => [DraftAction.EditMasthead],
        _ => [DraftAction.Edit],
    };

    /// <summary>An operation with no effect at all as sent: a no-op, or a batch of nothing but such.</summary>
    public static bool ChangesNothing(DraftOperation operation) => operation switch
    {
        NoOp => true,
        OperationBatch batch => batch.Operations.All(ChangesNothing),
        _ => false,
    };

    /// <summary>The first permission <paramref name="access"/> lacks for <paramref name="operation"/>, or null when it may be applied.</summary>
    public static DraftAction? Missing(DraftAccess access, DraftOperation operation) =>
        Required(operation).Select(a => (DraftAction?)a).FirstOrDefault(a => !access.Can(a!.Value));
}
