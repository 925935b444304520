using ResolutionDrafts.Domain.Comparison;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Turns a text diff into tracked pieces. Deleted text keeps the old text's italics and the rest
/// the new text's, so each side reads as it was printed.
/// </summary>
internal static class SegmentPieces
{
    /// <param name="oldText">The old line's whole (encoded) text, whose italics deleted text keeps.</param>
    /// <param name="newText">The new line's whole (encoded) text.</param>
    public static void Add(List<InlinePiece> pieces, IReadOnlyList<TextSegment> segments, string oldText, int oldItalic, string newText, int newItalic)
    {
        int oldAt = 0, newAt = 0;
        foreach (var segment in segments)
        {
            var text = segment.Text;
            switch (segment.Operation)
            {
                case DiffOperation.Equal:
                    AddPart(pieces, newText, newAt, text, newItalic, RevisionKind.None);
                    oldAt += text.Length;
                    newAt += text.Length;
                    break;
                case DiffOperation.Insert:
                    AddPart(pieces, newText, newAt, text, newItalic, RevisionKind.Inserted);
                    newAt += text.Length;
                    break;
                default:
                    AddPart(pieces, oldText, oldAt, text, oldItalic, RevisionKind.Deleted);
                    oldAt += text.Length;
                    break;
            }
        }
    }

    /// <summary>The whole of the old text deleted and the whole of the new inserted.</summary>
    public static void Replace(List<InlinePiece> pieces, PrintedLine? old, PrintedLine? now)
    {
        if (old is not null)
        {
            LinePieces.AddText(pieces, old.Text, 0, old.Text.Length, old.ItalicLength, RevisionKind.Deleted);
        }

        if (now is not null)
        {
            LinePieces.AddText(pieces, now.Text, 0, now.Text.Length, now.ItalicLength, RevisionKind.Inserted);
        }
    }

    /// <summary>
    /// Adds <paramref name="part"/>, which starts at <paramref name="offset"/> of <paramref name="line"/>, with
    /// the line's italics there (the segment is read in place when the line holds it, else on its own).
    /// </summary>
    private static void AddPart(List<InlinePiece> pieces, string line, int offset, string part, int italic, RevisionKind revision)
    {
        if (offset + part.Length <= line.Length && string.CompareOrdinal(line, offset, part, 0, part.Length) == 0)
        {
            // Lines are encoded already; a footnote's texts come raw, with their marks written out.
            var encoded = ItalicMarks.Encode(line);
            var from = encoded.Length == line.Length ? offset : ItalicMarks.Encode(line[..offset]).Length;
            var to = encoded.Length == line.Length ? offset + part.Length : ItalicMarks.Encode(line[..(offset + part.Length)]).Length;
            LinePieces.AddText(pieces, encoded, from, to, italic - offset + from, revision);
        }
        else
        {
            var encoded = ItalicMarks.Encode(part);
            LinePieces.AddText(pieces, encoded, 0, encoded.Length, italic - offset, revision);
        }
    }
}
