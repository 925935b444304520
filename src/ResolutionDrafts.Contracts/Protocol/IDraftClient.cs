namespace ResolutionDrafts.Contracts.Protocol;

/// <summary>What the server calls on a connected client (browser, .NET test client, load driver).</summary>
public interface IDraftClient
{
    Task DraftJoined(DraftJoined message);

    Task OperationsApplied(OperationsApplied message);

    Task OperationAcknowledged(OperationAcknowledged message);

    Task OperationRefused(OperationRefused message);

    Task PresenceChanged(PresenceChanged message);

    Task PresenceLeft(PresenceLeft message);
}
