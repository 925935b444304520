namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>What an alternative in a bracket does to the words of the text it brackets.</summary>
public enum BracketChange
{
    /// <summary>Adds words where the text has none.</summary>
    Insert,

    /// <summary>Leaves out the bracketed words.</summary>
    Delete,

    /// <summary>Puts other words in place of the bracketed words.</summary>
    Replace,
}
