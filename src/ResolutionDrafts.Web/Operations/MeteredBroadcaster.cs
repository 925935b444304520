using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Web.Collaboration;

namespace ResolutionDrafts.Web.Operations;

/// <summary>
/// Counts what the draft sessions send, without the sessions knowing: each batch sent to a whole
/// draft is a batch applied (its size, and each operation's acknowledgement latency, since authors
/// take their own operations in it as acknowledgements), and each refusal a session sends.
/// </summary>
internal sealed class MeteredBroadcaster(ISessionBroadcaster inner, AppMetrics metrics) : ISessionBroadcaster
{
    public Task AddToDraftAsync(string connectionId, Guid draftId, CancellationToken cancellationToken) =>
        inner.AddToDraftAsync(connectionId, draftId, cancellationToken);

    public Task RemoveFromDraftAsync(string connectionId, Guid draftId, CancellationToken cancellationToken) =>
        inner.RemoveFromDraftAsync(connectionId, draftId, cancellationToken);

    public IDraftClient Connection(string connectionId) => new Metered(inner.Connection(connectionId), metrics, wholeDraft: false);

    public IDraftClient Others(Guid draftId, string? exceptConnectionId) =>
        new Metered(inner.Others(draftId, exceptConnectionId), metrics, wholeDraft: exceptConnectionId is null);

    /// <summary>Why a session refused a change, for the "reason" tag (the hub tags its own refusals).</summary>
    internal static string SessionRefusalReason(string error) =>
        error == DraftSession.ClientIdTaken ? "client-id"
        : error.Contains("already sent later changes", StringComparison.Ordinal) ? "stale"
        : error.Contains("could not be saved", StringComparison.Ordinal) ? "not-saved"
        : "conflict";

    private sealed class Metered(IDraftClient inner, AppMetrics metrics, bool wholeDraft) : IDraftClient
    {
        public Task DraftJoined(DraftJoined message) => inner.DraftJoined(message);

        public Task OperationsApplied(OperationsApplied message)
        {
            if (wholeDraft)
            {
                metrics.BatchSent(message.Entries.Select(e => (e.ClientId, e.ClientSeq)));
            }

            return inner.OperationsApplied(message);
        }

        public Task OperationAcknowledged(OperationAcknowledged message) => inner.OperationAcknowledged(message);

        public Task OperationRefused(OperationRefused message)
        {
            metrics.Refused(SessionRefusalReason(message.Error));
            return inner.OperationRefused(message);
        }

        public Task PresenceChanged(PresenceChanged message) => inner.PresenceChanged(message);

        public Task PresenceLeft(PresenceLeft message) => inner.PresenceLeft(message);
    }
}
