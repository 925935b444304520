namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>Text lines freed of page furniture, with the footnotes taken from the page ends.</summary>
internal sealed class CleanText
{
    public List<SourceLine> Lines { get; } = [];

    /// <summary>Numbered footnotes by number.</summary>
    public SortedDictionary<int, string> Footnotes { get; } = [];

    /// <summary>Notes marked "*" (1), "**" (2) …, such as the "on behalf of" of a sponsor.</summary>
    public Dictionary<int, string> StarNotes { get; } = [];

    /// <summary>False when blank lines stand between every pair of lines and so say nothing about paragraphs.</summary>
    public bool BlankLinesMeaningful { get; set; } = true;

    /// <summary>True when the footnote references are already in the text as [^N] (DOCX).</summary>
    public bool ReferencesMarked { get; set; }
}
