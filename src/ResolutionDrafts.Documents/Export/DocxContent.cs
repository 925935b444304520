namespace ResolutionDrafts.Documents.Export;

/// <summary>Everything the package writer needs: the paragraphs in order and what the header, footnotes and properties say.</summary>
internal sealed record DocxContent(
    IReadOnlyList<DocParagraph> Paragraphs,
    FootnoteMarks Marks,
    Func<int, RevisionKind, IReadOnlyList<InlinePiece>?> FootnoteContent)
{
    public string? Symbol { get; init; }

    public string Title { get; init; } = "";

    public string Language { get; init; } = "en";

    public bool Chinese { get; init; }

    /// <summary>The draft's numbering of sub-paragraphs when not the UN's ("(1) (a)"; ADR 0036), kept in a custom property so the file reads back numbered so.</summary>
    public string? SubParagraphNumbering { get; init; }

    /// <summary>The draft's numbering of operative paragraphs when not the UN's ("(1)"; ADR 0038), kept in a custom property so the file reads back numbered so.</summary>
    public string? OperativeNumbering { get; init; }

    /// <summary>An adopted text's draft symbol ("A/C.4/75/L.6"), which its page does not print: kept in a custom property (ADR 0034, amendment 2).</summary>
    public string? DraftSymbol { get; init; }

    /// <summary>
    /// The draft's kind ("adoptedResolution", <c>DraftMapping.KindName</c>), kept in a custom property so a text whose page says
    /// nothing of its adoption (a WHO text with no symbol or meeting) reads back as the kind it is (ADR 0036, amendment 5); null
    /// for files that are no draft's own (a comparison, a compilation, an amendment's L document).
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>A revised draft's revision number (Rev.2 is 2), kept in a custom property so a draft with no symbol reads back at its revision (ADR 0033, amendment 1).</summary>
    public int? Revision { get; init; }

    /// <summary>The author of tracked changes that name none.</summary>
    public string RevisionAuthor { get; init; } = "ResolutionDrafts";

    /// <summary>Sets Word's "Track Changes" on, for a comparison that delegations will go on editing.</summary>
    public bool TrackRevisions { get; init; }

    /// <summary>A draft's tables (ADR 0029), keyed by the place among the body paragraphs of the one they follow.</summary>
    public IReadOnlyDictionary<int, List<PrintedTable>>? TablesAfter { get; init; }

    /// <summary>A table printed after the body paragraphs, if any.</summary>
    public DocTable? Table { get; init; }

    /// <summary>
    /// Prints superscript digits (⁰–⁹) as a raised number in the footnote reference style: an amendment's
    /// wording quotes a footnote reference so ("Council,¹"), and the printed L document shows it as the text
    /// it quotes does (issue 17). Off for drafts, whose own superscript characters stay characters.
    /// </summary>
    public bool RaiseSuperscriptDigits { get; init; }

    /// <summary>Turns the page on its side, for a wide table.</summary>
    public bool Landscape { get; init; }
}
