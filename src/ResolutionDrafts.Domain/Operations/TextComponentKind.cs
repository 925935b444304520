namespace ResolutionDrafts.Domain.Operations;

public enum TextComponentKind
{
    Retain,
    Insert,
    Delete,
}
