namespace ResolutionDrafts.Domain.Comparison;

/// <summary>What a <see cref="TextSegment"/> does to the old text to make the new one.</summary>
public enum DiffOperation
{
    /// <summary>In both texts.</summary>
    Equal,

    /// <summary>Only in the new text.</summary>
    Insert,

    /// <summary>Only in the old text.</summary>
    Delete,
}
