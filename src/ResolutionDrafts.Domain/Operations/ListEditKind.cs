namespace ResolutionDrafts.Domain.Operations;

internal enum ListEditKind
{
    Insert,
    Delete,
    Move,
}
