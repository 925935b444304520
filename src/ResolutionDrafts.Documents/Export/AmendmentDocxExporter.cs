using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Prints an amendment as the UN issues it (A/C.3/80/L.64, L.65): the masthead with its own
/// symbol, "Distr.: Limited", date and language; the session, committee and agenda item of the
/// text it amends; the heading "Burundi: amendment to revised draft resolution
/// A/C.3/80/L.20/Rev.1" (布隆迪：对决议修订草案A/C.3/80/L.20/Rev.1的修正), the kind taken from the
/// text amended; that text's title in bold; then the instructions, numbered, or unnumbered when
/// there is one, with lettered changes on lines of their own. The layout, styles and page are
/// those of <see cref="DocxExporter"/>.
/// </summary>
public static class AmendmentDocxExporter
{
    public static byte[] Export(AmendmentDocument document, DocxExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= DocxExportOptions.Default;
        var draft = AsDraft(document);
        var marks = new FootnoteMarks(draft.AllNodes().Select(n => n.Text));
        var heading = Heading(document, draft.Language);
        var lines = PrintedDraft.Lines(draft, options with { ListAdditionalSponsors = false }, marks)
            .Select(l => l.Key == "sponsors" ? l with { Text = marks.Encode(heading) } : l)
            .ToList();
        var content = new DocxContent(lines.Select(LinePieces.Clean).ToList(), marks, (_, _) => null)
        {
            Symbol = draft.Metadata.Symbol,
            Title = heading,
            Language = draft.Language,
            Chinese = DraftLanguage.IsChinese(draft.Language),
            RaiseSuperscriptDigits = true,
        };
        using var buffer = new MemoryStream();
        DocxPackageWriter.Write(buffer, content, options);
        return buffer.ToArray();
    }

    /// <summary>Builds the document in memory (CPU-bound, on the caller's thread), then copies it to <paramref name="output"/> asynchronously, which a response stream requires.</summary>
    public static async Task ExportAsync(AmendmentDocument document, Stream output, DocxExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = Export(document, options);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Burundi: amendment to revised draft resolution A/C.3/80/L.20/Rev.1" / "布隆迪：对决议修订草案A/C.3/80/L.20/Rev.1的修正".</summary>
    public static string Heading(AmendmentDocument document, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lang = language ?? document.Language ?? document.Target.Language;
        var chinese = DraftLanguage.IsChinese(lang);
        var target = document.TargetSymbol ?? document.Target.Metadata.Symbol;
        var kind = SponsorsLine.AmendmentTo(target, document.Target.Kind.IsRevised(), chinese, document.Target.Kind.IsDecision());
        var names = DelegationNames.Join(document.Proposers, document.OnBehalfOf, lang);
        return names.Length == 0 ? kind : names + (chinese ? "：" : ": ") + kind;
    }

    /// <summary>The amendment as a draft of kind Amendment, so the draft printer lays it out: one operative paragraph per item.</summary>
    private static Draft AsDraft(AmendmentDocument document)
    {
        var target = document.Target;
        var language = document.Language ?? target.Language;
        var draft = Must(Draft.Create(language, DocumentKind.Amendment));
        var m = target.Metadata;
        Must(draft.SetMetadata(new DraftMetadata
        {
            Body = m.Body,
            Committee = m.Committee,
            Session = m.Session,
            PlaceAndDates = m.PlaceAndDates,
            AgendaItem = m.AgendaItem,
            Symbol = document.Symbol,
            Distribution = document.Distribution,
            Date = document.Date,
            OriginalLanguage = document.OriginalLanguage,
            AmendsSymbol = document.TargetSymbol ?? m.Symbol,
        }));
        Must(draft.SetTitle(target.Title));
        foreach (var item in document.Amendment.Items)
        {
            var layout = item.Layout(language);
            var paragraph = Must(draft.InsertParagraph(ParagraphKind.Operative, layout.Lead));
            foreach (var line in layout.Lettered)
            {
                Must(draft.AddSubParagraph(paragraph.Id, line));
            }
        }

        return draft;
    }

    private static void Must(DomainResult result)
    {
        if (!result.IsSuccess)
        {
            throw new ArgumentException($"The amendment cannot be printed: {result.Error}");
        }
    }

    private static T Must<T>(DomainResult<T> result) =>
        result.IsSuccess ? result.Value! : throw new ArgumentException($"The amendment cannot be printed: {result.Error}");
}
