using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Prints a draft as a Word document in the UN format of docs un-format.md: the first-page
/// masthead, sponsors line, bold title, author line, preambular and operative paragraphs with
/// their opening phrases in italics (English), real footnotes, and named styles throughout.
/// </summary>
public static class DocxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Export(Draft draft, DocxExportOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(draft, buffer, options ?? DocxExportOptions.Default);
        return buffer.ToArray();
    }

    /// <summary>Writes the document to <paramref name="output"/>, which need not be seekable.</summary>
    public static void Export(Draft draft, Stream output, DocxExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.CanSeek && output.CanRead)
        {
            Write(draft, output, options ?? DocxExportOptions.Default);
            return;
        }

        var bytes = Export(draft, options);
        output.Write(bytes);
    }

    /// <summary>Builds the document in memory (CPU-bound, on the caller's thread), then copies it to <paramref name="output"/> asynchronously (an HTTP response, say), which a response stream requires.</summary>
    public static async Task ExportAsync(Draft draft, Stream output, DocxExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = Export(draft, options);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private static void Write(Draft draft, Stream output, DocxExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var marks = new FootnoteMarks(PrintedQuotation.Texts(draft));
        var lines = PrintedDraft.Lines(draft, options, marks);
        var content = new DocxContent(lines.Select(LinePieces.Clean).ToList(), marks, FootnoteText(draft))
        {
            Symbol = draft.Metadata.Symbol,
            Title = draft.Title,
            Language = draft.Language,
            Chinese = DraftLanguage.IsChinese(draft.Language),
            SubParagraphNumbering = draft.Metadata.SubParagraphNumbering,
            OperativeNumbering = Domain.Numbering.OperativeNumbering.From(draft.Metadata),
            DraftSymbol = draft.Kind.IsAdopted() ? draft.Metadata.DraftSymbol : null,
            Kind = Contracts.Drafts.DraftMapping.KindName(draft.Kind),
            Revision = draft.Kind.IsRevised() ? draft.Revision : null,
            TablesAfter = DocxDraftTables.After(draft, lines, marks),
        };
        DocxPackageWriter.Write(output, content, options);
    }

    private static Func<int, RevisionKind, IReadOnlyList<InlinePiece>?> FootnoteText(Draft draft)
    {
        var texts = draft.Footnotes.ToDictionary(f => f.Number, f => f.Text);
        // A footnote's own italics (the title of a publication it cites) printed in italics (ADR 0015).
        return (number, _) => texts.TryGetValue(number, out var text)
            ? InlineItalics.Runs(text).Select(r => new InlinePiece(r.Text, r.Italic, Raised: r.Raised)).ToList()
            : null;
    }
}
