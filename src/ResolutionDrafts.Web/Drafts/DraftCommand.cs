using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>
/// A change to a draft's live text made on the server (a page, a sponsorship, an accepted proposal, a
/// revision being issued), as every service asks for one through <see cref="IDraftService.ApplyAsync(DraftCommand, CancellationToken)"/>:
/// the one door, which checks <see cref="By"/>'s rights and records the signed-in user as the sender.
/// </summary>
/// <param name="By">Who asks, with their rights in the draft (the draft is theirs).</param>
/// <param name="Change">Reads the live draft (without changing it) and says what operation to apply.</param>
public sealed record DraftCommand(DraftAccess By, Func<Draft, DomainResult<DraftOperation>> Change)
{
    /// <summary>
    /// The right that allows this command in place of the rights its operation needs
    /// (<see cref="OperationActions"/>): a delegation adding its own name as a sponsor needs CoSponsor,
    /// not ManageSponsors. The service that builds the change vouches that it does only that. When
    /// null, the operation's own rights are asked.
    /// </summary>
    public DraftAction? Right { get; init; }

    /// <summary>
    /// Whose words the change log records when they are not the sender's (an accepted proposal: its
    /// delegations, so a comparison attributes the change to them); the sender's name otherwise.
    /// </summary>
    public string? AttributedTo { get; init; }

    /// <summary>
    /// Rows that belong to the change (the accepted proposal's state, the issued revision), saved in the
    /// same transaction as its operation (given the revision the operation gets): both are stored or neither. It may throw
    /// <see cref="CommandRefusedException"/> to refuse the whole change with a reason.
    /// </summary>
    public Func<AppDbContext, int, CancellationToken, Task>? AlsoSave { get; init; }
}

/// <summary>Thrown by <see cref="DraftCommand.AlsoSave"/> to refuse a change with a reason; nothing of it is stored.</summary>
public sealed class CommandRefusedException(string message) : Exception(message);
