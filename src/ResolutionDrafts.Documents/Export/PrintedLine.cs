namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// One printed paragraph of a draft before it becomes Word XML: its style, its marker ("1.",
/// "(a)", printed before a tab), its text (footnote references already encoded as marks) and how
/// many characters from the start are italic. <see cref="Key"/> names the line across two
/// versions of a draft ("title", "p:{id}", "h:{id}") so a comparison can pair old and new lines.
/// </summary>
internal sealed record PrintedLine(string Key, LineZone Zone, string StyleId, string Marker, string Text, int ItalicLength)
{
    /// <summary>The id of the draft paragraph this line prints, when it prints one.</summary>
    public string? NodeId { get; init; }

    /// <summary>Direct indentation for a single, unnumbered operative paragraph (printed like a preambular one).</summary>
    public bool Unnumbered { get; init; }
}
