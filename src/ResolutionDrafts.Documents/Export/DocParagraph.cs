namespace ResolutionDrafts.Documents.Export;

/// <summary>A paragraph ready to be written as Word XML: style, pieces and the revision of its paragraph mark.</summary>
internal sealed record DocParagraph(LineZone Zone, string StyleId, IReadOnlyList<InlinePiece> Pieces)
{
    /// <summary>Inserted or deleted paragraph mark: the whole paragraph is new or gone.</summary>
    public RevisionKind MarkRevision { get; init; }

    /// <summary>Who made the changes in this paragraph; the document's default author when null.</summary>
    public string? Author { get; init; }

    public bool Unnumbered { get; init; }

    /// <summary>Leaves a blank line's space after the paragraph, before what follows (a table).</summary>
    public bool SpaceAfter { get; init; }

    /// <summary>The style the paragraph had in the old draft, when it differs (a paragraph-property revision).</summary>
    public string? OldStyleId { get; init; }
}
