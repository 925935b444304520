namespace ResolutionDrafts.Documents.Export;

/// <summary>Where the number of an operative paragraph (and the marker of a sub-paragraph) sits.</summary>
public enum OperativeNumberLayout
{
    /// <summary>The number hangs in the margin and every line of the text aligns after it (un-format.md).</summary>
    Hanging,

    /// <summary>
    /// The number sits in the first-line indent and later lines run back to the left margin, as
    /// issued UN documents set them (a tab after the number, no hanging indent).
    /// </summary>
    FirstLineIndent,
}
