namespace ResolutionDrafts.Domain.Comparison;

public enum FootnoteChange
{
    Unchanged,
    Added,
    Removed,
    Modified,
}
