namespace ResolutionDrafts.Domain.Operations;

/// <summary>What <see cref="OperationServer.Receive"/> decided about one submission, and what the session should send.</summary>
public sealed record ServerOutcome(ServerOutcomeKind Kind, AppliedOperation? Applied, OperationAck? Ack, string? Error)
{
    internal static ServerOutcome Stale { get; } = new(ServerOutcomeKind.Stale, null, null, null);

    internal static ServerOutcome Refuse(string error) => new(ServerOutcomeKind.Refused, null, null, error);
}
