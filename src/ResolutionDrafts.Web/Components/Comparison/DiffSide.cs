namespace ResolutionDrafts.Web.Components.Comparison;

/// <summary>Which text a diff shows: both inline, or only the old or the new side.</summary>
public enum DiffSide
{
    Both,
    Old,
    New,
}
