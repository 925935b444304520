namespace ResolutionDrafts.Domain.Operations;

/// <summary>Moves a caret position in one paragraph's text through an applied operation.</summary>
public static class PresencePositions
{
    /// <summary>Where <paramref name="position"/> in node <paramref name="nodeId"/> is after <paramref name="operation"/>; null when the node is deleted.</summary>
    public static int? Move(int? position, DraftOperation operation, string nodeId)
    {
        if (position is not { } at)
        {
            return null;
        }

        return operation switch
        {
            EditText edit when edit.NodeId == nodeId => edit.Operation.TransformPosition(at),
            OperationBatch batch => batch.Operations.Aggregate<DraftOperation, int?>(at, (p, part) => Move(p, part, nodeId)),
            DeleteParagraph delete when delete.Id == nodeId || delete.Descendants.Contains(nodeId) => null,
            _ => at,
        };
    }
}
