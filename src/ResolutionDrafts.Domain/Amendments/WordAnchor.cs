namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// How a word-level instruction says where in the paragraph it applies. Every form names words
/// of the text the amendment is made to, so a reader (and <see cref="AmendmentApplier"/>) finds
/// the place without knowing any offsets.
/// </summary>
public enum WordAnchor
{
    /// <summary>The quoted old words themselves say where: "delete “and reproductive”".</summary>
    None,

    /// <summary>Right after the anchor words: "after the words “technical assistance”, insert …".</summary>
    AfterWords,

    /// <summary>Right before the anchor words: "before the words “of the Convention”, insert …".</summary>
    BeforeWords,

    /// <summary>At the beginning of the paragraph.</summary>
    AtStart,

    /// <summary>At the end of the paragraph.</summary>
    AtEnd,
}
