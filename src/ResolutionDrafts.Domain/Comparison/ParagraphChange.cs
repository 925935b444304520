namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// The headline change of a paragraph or sub-paragraph between two drafts. A paragraph that was
/// moved and also edited is <see cref="Moved"/>, with <see cref="ParagraphComparison.IsModified"/>
/// set; a paragraph that was only renumbered (PP3 became PP2) is <see cref="Unchanged"/>.
/// </summary>
public enum ParagraphChange
{
    Unchanged,

    /// <summary>Its text, kind, heading or sub-paragraphs changed; it kept its place.</summary>
    Modified,

    /// <summary>Only in the new draft.</summary>
    Inserted,

    /// <summary>Only in the old draft.</summary>
    Deleted,

    /// <summary>Its order among the paragraphs in both drafts changed (it may be modified too).</summary>
    Moved,
}
