using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Writes two versions of a draft as one UN-format Word document whose differences are real Word
/// tracked changes (<c>w:ins</c>/<c>w:del</c> with author and date; whole paragraphs as
/// paragraph-mark revisions): Accept All in Word gives the newer text exactly, Reject All the
/// older. The differences are those of <see cref="DraftComparer"/>.
/// </summary>
public static class ComparisonDocxExporter
{
    public static byte[] Export(Draft oldDraft, Draft newDraft, ComparisonDocxOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(oldDraft, newDraft, buffer, options ?? ComparisonDocxOptions.Default);
        return buffer.ToArray();
    }

    /// <summary>Writes the document to <paramref name="output"/>, which need not be seekable.</summary>
    public static void Export(Draft oldDraft, Draft newDraft, Stream output, ComparisonDocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.CanSeek && output.CanRead)
        {
            Write(oldDraft, newDraft, output, options ?? ComparisonDocxOptions.Default);
            return;
        }

        output.Write(Export(oldDraft, newDraft, options));
    }

    /// <summary>Builds the document in memory (CPU-bound, on the caller's thread), then copies it to <paramref name="output"/> asynchronously, which a response stream requires.</summary>
    public static async Task ExportAsync(Draft oldDraft, Draft newDraft, Stream output, ComparisonDocxOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = Export(oldDraft, newDraft, options);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private static void Write(Draft oldDraft, Draft newDraft, Stream output, ComparisonDocxOptions options)
    {
        ArgumentNullException.ThrowIfNull(oldDraft);
        ArgumentNullException.ThrowIfNull(newDraft);
        var marks = new FootnoteMarks(oldDraft.AllNodes().Concat(newDraft.AllNodes()).Select(n => n.Text));

        // Each footnote reference becomes one character before the comparison, so no diff segment can cut one in half.
        var oldEncoded = Encoded(oldDraft, marks);
        var newEncoded = Encoded(newDraft, marks);
        var comparison = DraftComparer.Compare(oldEncoded, newEncoded);
        var document = options.Document;
        var layout = new ComparisonLayout(
            oldEncoded, newEncoded, PrintedDraft.Lines(oldEncoded, document, marks), PrintedDraft.Lines(newEncoded, document, marks), options)
        {
            Marks = marks,
        };
        var content = new DocxContent(layout.Build(comparison), marks, FootnoteText(comparison))
        {
            TablesAfter = layout.TablesAfter,
            Symbol = newDraft.Metadata.Symbol,
            Title = newDraft.Title,
            Language = newDraft.Language,
            Chinese = DraftLanguage.IsChinese(newDraft.Language),
            RevisionAuthor = options.Author,
            TrackRevisions = options.TrackFurtherChanges,
        };
        DocxPackageWriter.Write(output, content, document);
    }

    private static Draft Encoded(Draft draft, FootnoteMarks marks)
    {
        var copy = draft.Clone();
        foreach (var node in copy.AllNodes().ToList())
        {
            var encoded = marks.Encode(node.Text);
            if (!ReferenceEquals(encoded, node.Text))
            {
                copy.SetText(node.Id, encoded);
            }
        }

        return copy;
    }

    /// <summary>
    /// A note's text as its real reference needs it: in unchanged text, the note's own changes
    /// tracked; in inserted text the new note, in deleted text the old.
    /// </summary>
    private static Func<int, RevisionKind, IReadOnlyList<InlinePiece>?> FootnoteText(DraftComparison comparison)
    {
        var notes = comparison.Footnotes.ToDictionary(f => f.Number);
        return (number, anchor) =>
        {
            if (!notes.TryGetValue(number, out var note))
            {
                return null;
            }

            if (anchor == RevisionKind.Inserted || note.OldText is null)
            {
                return LinePieces.Of(note.NewText ?? note.OldText ?? "");
            }

            if (anchor == RevisionKind.Deleted || note.NewText is null || note.Change == FootnoteChange.Unchanged)
            {
                return LinePieces.Of(anchor == RevisionKind.Deleted ? note.OldText : note.NewText ?? note.OldText);
            }

            var pieces = new List<InlinePiece>();
            SegmentPieces.Add(pieces, note.Segments, note.OldText, 0, note.NewText, 0);
            return pieces;
        };
    }
}
