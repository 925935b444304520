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

    /// <summary>A whole text (raw or encoded) as pieces, its own italics in italics.</summary>
    public static List<InlinePiece> Of(string text)
    {
        var encoded = ItalicMarks.Encode(text);
        var pieces = new List<InlinePiece>();
        AddText(pieces, encoded, 0, encoded.Length, 0, RevisionKind.None);
        return pieces;
    }

    /// <summary>
    /// Adds text[start..end) of an encoded line (<see cref="FootnoteMarks.Encode"/>): the characters
    /// before <paramref name="italicLength"/> (the opening phrase) and those inside the line's own
    /// italic marks (read from the start of the line) in italics, those inside its raised marks raised (ADR 0035); the
    /// marks themselves are not printed.
    /// </summary>
    public static void AddText(List<InlinePiece> pieces, string text, int start, int end, int italicLength, RevisionKind revision)
    {
        if (start >= end)
        {
            return;
        }

        var inline = ItalicMarks.OnBefore(text, start);
        var raised = ItalicMarks.RaisedBefore(text, start);
        var runStart = start;
        (bool Italic, bool Raised)? runStyle = null;
        for (var i = start; i <= end; i++)
        {
            var atEnd = i == end;
            var mark = !atEnd && ItalicMarks.IsMark(text[i]);
            var style = (Italic: !atEnd && !mark && (inline || i < italicLength), Raised: !atEnd && !mark && raised);
            if (atEnd || mark || (runStyle is { } current && current != style))
            {
                if (i > runStart)
                {
                    pieces.Add(new InlinePiece(text[runStart..i], runStyle?.Italic ?? false, revision, runStyle?.Raised ?? false));
                }

                runStart = mark ? i + 1 : i;
                runStyle = mark || atEnd ? null : style;
                if (mark)
                {
                    (inline, raised) = text[i] switch
                    {
                        ItalicMarks.On => (true, raised),
                        ItalicMarks.Off => (false, raised),
                        ItalicMarks.RaisedOn => (inline, true),
                        _ => (inline, false),
                    };
                }

                continue;
            }

            runStyle ??= style;
        }
    }
}
