namespace ResolutionDrafts.Domain.Amendments;

/// <summary>Which edge a move only across an edge crosses (<see cref="ParagraphPlacement.Edge"/>).</summary>
public enum PlacementEdge
{
    /// <summary>Not a move across an edge only: an ordinary move.</summary>
    None,

    /// <summary>The edge between two parts of a resolution in parts ("resolution A", "resolution B").</summary>
    Part,

    /// <summary>The edge between two sections numbered from 1 again ("section I", "section II").</summary>
    Section,
}
