using ResolutionDrafts.Domain.Comparison;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Turns a text diff into tracked pieces. Deleted text keeps the old text's italics and the rest
/// the new text's, so each side reads as it was printed.
/// </summary>
internal static class SegmentPieces
{
    public static void Add(List<InlinePiece> pieces, IReadOnlyList<TextSegment> segments, int oldItalic, int newItalic)
    {
        int oldAt = 0, newAt = 0;
        foreach (var segment in segments)
        {
            var text = segment.Text;
            switch (segment.Operation)
            {
                case DiffOperation.Equal:
                    AddShifted(pieces, text, newAt, newItalic, RevisionKind.None);
                    oldAt += text.Length;
                    newAt += text.Length;
                    break;
                case DiffOperation.Insert:
                    AddShifted(pieces, text, newAt, newItalic, RevisionKind.Inserted);
                    newAt += text.Length;
                    break;
                default:
                    AddShifted(pieces, text, oldAt, oldItalic, RevisionKind.Deleted);
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

    /// <summary>Adds <paramref name="text"/>, which starts at <paramref name="offset"/> of a line whose first <paramref name="italic"/> characters are italic.</summary>
    private static void AddShifted(List<InlinePiece> pieces, string text, int offset, int italic, RevisionKind revision) =>
        LinePieces.AddText(pieces, text, 0, text.Length, italic - offset, revision);
}
