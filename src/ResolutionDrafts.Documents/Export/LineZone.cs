namespace ResolutionDrafts.Documents.Export;

/// <summary>Where a printed line goes: one of the four cells of the masthead, or the body.</summary>
internal enum LineZone
{
    Body,
    UpperLeft,
    UpperRight,
    LowerLeft,
    LowerRight,
}
