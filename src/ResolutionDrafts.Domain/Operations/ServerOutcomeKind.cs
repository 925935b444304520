namespace ResolutionDrafts.Domain.Operations;

public enum ServerOutcomeKind
{
    /// <summary>New: persist <see cref="ServerOutcome.Applied"/>, then acknowledge and broadcast it.</summary>
    Applied,

    /// <summary>A resend of the last operation already applied: acknowledge again, nothing else.</summary>
    Duplicate,

    /// <summary>An older resend the client cannot be waiting for: ignore it.</summary>
    Stale,

    /// <summary>Refused: tell the client <see cref="ServerOutcome.Error"/>; it must reload the draft.</summary>
    Refused,
}
