namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// What an <see cref="OperationClient"/> did with a message: the remote operation it applied to
/// the local draft (as transformed; for the editor to show), a submission to send now, and the
/// reasons an acknowledged local change was dropped (to tell the author).
/// </summary>
public sealed record ClientStep(DraftOperation? Applied, Submission? Send, IReadOnlyList<string> Dropped)
{
    public static ClientStep Nothing { get; } = new(null, null, []);
}
