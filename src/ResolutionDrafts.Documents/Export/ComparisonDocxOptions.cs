namespace ResolutionDrafts.Documents.Export;

/// <summary>How a comparison of two drafts is written as a DOCX with tracked changes.</summary>
public sealed record ComparisonDocxOptions
{
    public static readonly ComparisonDocxOptions Default = new();

    /// <summary>Page, fonts and layout, as for a clean export.</summary>
    public DocxExportOptions Document { get; init; } = DocxExportOptions.Default;

    /// <summary>The author of every change whose author is not known.</summary>
    public string Author { get; init; } = "ResolutionDrafts";

    /// <summary>
    /// Who changed which paragraph, by paragraph id (the delegation or person, where known). A
    /// sub-paragraph without an entry of its own takes its paragraph's author.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ParagraphAuthors { get; init; }

    /// <summary>Turns on Word's Track Changes in the document, so further edits are tracked too.</summary>
    public bool TrackFurtherChanges { get; init; }
}
