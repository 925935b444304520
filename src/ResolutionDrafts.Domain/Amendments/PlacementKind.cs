namespace ResolutionDrafts.Domain.Amendments;

/// <summary>Where an inserted or moved paragraph goes, relative to a paragraph of the original text.</summary>
public enum PlacementKind
{
    /// <summary>Right after the reference paragraph: "After operative paragraph 4, …".</summary>
    After,

    /// <summary>Right before the reference paragraph: "Before the first preambular paragraph, …".</summary>
    Before,

    /// <summary>First among its siblings, where no paragraph of the original text is left to name.</summary>
    AtStart,

    /// <summary>Last among its siblings, where no paragraph of the original text is left to name.</summary>
    AtEnd,
}
