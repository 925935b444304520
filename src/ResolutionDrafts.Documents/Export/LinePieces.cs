namespace ResolutionDrafts.Documents.Export;

/// <summary>Turns printed lines into paragraph pieces: the marker and its tab, the italic opening phrase, the rest.</summary>
internal static class LinePieces
{
    public static DocParagraph Clean(PrintedLine line)
    {
        var pieces = new List<InlinePiece>(3);
        if (line.Marker.Length > 0)
        {
            pieces.Add(new InlinePiece(line.Marker + "\t"));
        }

        AddText(pieces, line.Text, 0, line.Text.Length, line.ItalicLength, RevisionKind.None);
        return new DocParagraph(line.Zone, line.StyleId, pieces) { Unnumbered = line.Unnumbered };
    }

    /// <summary>Adds text[start..end) with the characters before <paramref name="italicLength"/> in italics.</summary>
    public static void AddText(List<InlinePiece> pieces, string text, int start, int end, int italicLength, RevisionKind revision)
    {
        if (start >= end)
        {
            return;
        }

        var split = Math.Clamp(italicLength, start, end);
        if (split > start)
        {
            pieces.Add(new InlinePiece(text[start..split], Italic: true, revision));
        }

        if (end > split)
        {
            pieces.Add(new InlinePiece(text[split..end], Italic: false, revision));
        }
    }
}
