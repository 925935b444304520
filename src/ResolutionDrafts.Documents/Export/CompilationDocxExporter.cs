using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Prints the compilation of all proposals to a text: a heading naming the text, then a table on
/// landscape pages with the columns paragraph | proposal | delegations | status, in text order
/// (<see cref="CompilationRows"/>), the header row repeated on every page and each row naming its
/// paragraph, so a row read on its own page still says where it belongs. English or Chinese headers.
/// </summary>
public static class CompilationDocxExporter
{
    // Chinese paragraph names ("执行部分第13段") need a wider first column than "OP13".
    private static readonly int[] EnglishColumns = [10, 53, 20, 17];
    private static readonly int[] ChineseColumns = [15, 48, 20, 17];

    public static byte[] Export(Draft text, IEnumerable<Proposal> proposals, CompilationDocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(proposals);
        options ??= CompilationDocxOptions.Default;
        var language = options.Language ?? text.Language;
        var chinese = DraftLanguage.IsChinese(language);
        var rows = CompilationRows.Build(text, proposals, language, options.Reference);
        var marks = new FootnoteMarks(rows.SelectMany(r => r.Lines).Append(text.Title));

        var heading = new List<DocParagraph>
        {
            Line(StyleIds.CompilationTitle, chinese ? "拟议修正汇编" : "Compilation of proposed amendments", marks),
            Line(StyleIds.CompilationText, TextName(text, chinese), marks),
        };
        if (!string.IsNullOrWhiteSpace(text.Title))
        {
            heading.Add(Line(StyleIds.CompilationSubject, text.Title, marks));
        }

        if (!string.IsNullOrWhiteSpace(options.AsOf))
        {
            heading.Add(Line(StyleIds.CompilationText, chinese ? $"截至{options.AsOf}的状况" : $"Status as at {options.AsOf}", marks));
        }

        heading[^1] = heading[^1] with { SpaceAfter = true };
        var content = new DocxContent(heading, marks, (_, _) => null)
        {
            Symbol = text.Metadata.Symbol,
            Title = heading[0].Pieces[0].Text + (text.Metadata.Symbol is { } s ? " " + s : ""),
            Language = language,
            Chinese = chinese,
            Table = Table(rows, chinese, marks),
            Landscape = true,
            RaiseSuperscriptDigits = true,
        };
        using var buffer = new MemoryStream();
        DocxPackageWriter.Write(buffer, content, options.Document);
        return buffer.ToArray();
    }

    /// <summary>Builds the document in memory (CPU-bound, on the caller's thread), then copies it to <paramref name="output"/> asynchronously, which a response stream requires.</summary>
    public static async Task ExportAsync(Draft text, IEnumerable<Proposal> proposals, Stream output, CompilationDocxOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = Export(text, proposals, options);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private static DocTable Table(IReadOnlyList<CompilationRow> rows, bool chinese, FootnoteMarks marks)
    {
        string[] headers = chinese ? ["段落", "提案", "代表团", "状况"] : ["Paragraph", "Proposal", "Delegations", "Status"];
        var table = new List<DocTableRow>
        {
            new(headers.Select(h => new DocTableCell([Line(StyleIds.TableHeading, h, marks)])).ToList(), IsHeader: true),
        };
        foreach (var row in rows)
        {
            var proposal = new List<DocParagraph> { Line(StyleIds.TableHeading, Reference(row, chinese), marks) };
            proposal.AddRange(row.Lines.Select(l => Line(StyleIds.TableText, l, marks)));
            table.Add(new DocTableRow(
            [
                new DocTableCell([Line(StyleIds.TableHeading, row.Paragraph, marks)]),
                new DocTableCell(proposal),
                new DocTableCell([Line(StyleIds.TableText, row.Delegations, marks)]),
                new DocTableCell([Line(StyleIds.TableText, row.Status, marks)]),
            ]));
        }

        return new DocTable(chinese ? ChineseColumns : EnglishColumns, table);
    }

    /// <summary>"L.64", or "PE-1, sub-amendment to EU-1" / "PE-1，对EU-1的次级修正".</summary>
    private static string Reference(CompilationRow row, bool chinese) => row.SubAmendmentOf is null
        ? row.Reference
        : chinese ? $"{row.Reference}，对{row.SubAmendmentOf}的次级修正" : $"{row.Reference}, sub-amendment to {row.SubAmendmentOf}";

    /// <summary>"Revised draft resolution A/C.3/80/L.20/Rev.1" / "决议修订草案A/C.3/80/L.20/Rev.1".</summary>
    private static string TextName(Draft text, bool chinese)
    {
        var kind = (text.Kind, chinese) switch
        {
            (DocumentKind.RevisedDraftResolution, false) => "Revised draft resolution",
            (DocumentKind.RevisedDraftResolution, true) => "决议修订草案",
            (DocumentKind.AdoptedResolution, false) => "Resolution",
            (DocumentKind.AdoptedResolution, true) => "决议",
            (DocumentKind.DraftDecision, false) => "Draft decision",
            (DocumentKind.DraftDecision, true) => "决定草案",
            (DocumentKind.RevisedDraftDecision, false) => "Revised draft decision",
            (DocumentKind.RevisedDraftDecision, true) => "决定修订草案",
            (DocumentKind.AdoptedDecision, false) => "Decision",
            (DocumentKind.AdoptedDecision, true) => "决定",
            (_, false) => "Draft resolution",
            _ => "决议草案",
        };
        var symbol = text.Metadata.Symbol;
        return symbol is null ? kind : kind + (chinese ? "" : " ") + symbol;
    }

    private static DocParagraph Line(string style, string text, FootnoteMarks marks) =>
        new(LineZone.Body, style, LinePieces.Of(marks.Encode(text)));
}
