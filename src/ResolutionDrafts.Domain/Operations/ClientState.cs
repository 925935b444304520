namespace ResolutionDrafts.Domain.Operations;

/// <summary>The ot.js client states.</summary>
public enum ClientState
{
    /// <summary>Nothing unacknowledged: a local change is sent at once.</summary>
    Synchronized,

    /// <summary>One operation sent and not yet acknowledged.</summary>
    AwaitingConfirm,

    /// <summary>One operation sent, and local changes since kept in a buffer until it is acknowledged.</summary>
    AwaitingWithBuffer,
}
