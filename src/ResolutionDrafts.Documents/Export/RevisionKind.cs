namespace ResolutionDrafts.Documents.Export;

/// <summary>Whether a piece of printed text is unchanged, inserted or deleted (a Word tracked change).</summary>
internal enum RevisionKind
{
    None,
    Inserted,
    Deleted,
}
