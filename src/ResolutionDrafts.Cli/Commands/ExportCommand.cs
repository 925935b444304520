using System.CommandLine;
using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>
/// `rd export DRAFT.json -o OUT.docx [--compare-to OLD.json] [--author NAME] [--page a4|letter] [--job "25-17092 (E)"] [--footer-symbol] [--hanging]`
/// prints a draft in UN format, or its changes since OLD.json as Word tracked changes;
/// `--format akn` (or an OUT ending in .xml) writes Akoma Ntoso instead. The output is built in
/// memory first, so a refused input leaves no file behind.
/// </summary>
internal sealed class ExportCommand : RdCommand
{
    public override string Name => "export";

    public override Command Build(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("DRAFT.json") { Description = "The draft JSON to print." };
        var output = new Option<string>("--output", "-o") { Description = "The file to write: OUT.docx, or OUT.xml for Akoma Ntoso.", HelpName = "OUT.docx|OUT.xml", Required = true };
        var format = OneOf(new Option<string?>("--format") { Description = "docx (UN format) or akn (Akoma Ntoso XML); by default akn when OUT ends in .xml." }, StringComparison.OrdinalIgnoreCase, "docx", "akn");
        var compareTo = new Option<string?>("--compare-to") { Description = "An earlier draft: the DOCX shows the changes since it as Word tracked changes.", HelpName = "OLD.json" };
        var author = new Option<string?>("--author") { Description = "Whom the tracked changes are attributed to.", HelpName = "NAME" };
        var page = OneOf(new Option<string?>("--page") { Description = "The paper size (a4 by default)." }, StringComparison.OrdinalIgnoreCase, "a4", "letter");
        var job = new Option<string?>("--job") { Description = "The job number printed in the first page's footer, e.g. \"25-17092 (E)\".", HelpName = "NUMBER" };
        var footerSymbol = Flag("--footer-symbol", "Print the document symbol in the first page's footer.");
        var hanging = Flag("--hanging", "Hang operative paragraph numbers in the margin instead of the first-line indent.");
        var command = new Command(Name, "The draft in UN format (DOCX), its changes since another draft as tracked changes, or Akoma Ntoso XML. Nothing is written when the input is refused.")
        {
            input, output, format, compareTo, author, page, job, footerSymbol, hanging,
        };
        command.Validators.Add(result =>
        {
            if (IsAkn(result.GetValue(format), result.GetValue(output)) && result.GetValue(compareTo) is not null)
            {
                result.AddError("--compare-to makes a DOCX with tracked changes; it cannot be used with --format akn");
            }
        });
        command.SetAction(parsed => Export(
            new Arguments
            {
                Input = parsed.GetValue(input)!, Output = parsed.GetValue(output)!, CompareTo = parsed.GetValue(compareTo),
                Author = parsed.GetValue(author), Job = parsed.GetValue(job),
                FooterSymbol = parsed.GetValue(footerSymbol), Hanging = parsed.GetValue(hanging),
                Page = string.Equals(parsed.GetValue(page), "letter", StringComparison.OrdinalIgnoreCase) ? PageSize.Letter : PageSize.A4,
                Akn = IsAkn(parsed.GetValue(format), parsed.GetValue(output)),
            },
            stdout,
            stderr));
        return command;
    }

    private static bool IsAkn(string? format, string? output) =>
        format is null ? output?.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) == true : string.Equals(format, "akn", StringComparison.OrdinalIgnoreCase);

    private static int Export(Arguments parsed, TextWriter stdout, TextWriter stderr)
    {
        var (draft, error) = DraftFiles.Read(parsed.Input);
        Draft? old = null;
        if (draft is not null && parsed.CompareTo is not null)
        {
            (old, error) = DraftFiles.Read(parsed.CompareTo);
        }

        if (draft is null || (parsed.CompareTo is not null && old is null))
        {
            stderr.WriteLine($"rd export: {error}");
            return CommandRunner.BadInput;
        }

        var options = new DocxExportOptions
        {
            PageSize = parsed.Page, JobNumber = parsed.Job, SymbolInFirstPageFooter = parsed.FooterSymbol,
            NumberLayout = parsed.Hanging ? OperativeNumberLayout.Hanging : OperativeNumberLayout.FirstLineIndent,
        };
        var bytes = parsed.Akn
            ? AknExporter.ExportBytes(draft)
            : old is not null
                ? ComparisonDocxExporter.Export(old, draft, new ComparisonDocxOptions { Document = options, Author = parsed.Author ?? ComparisonDocxOptions.Default.Author })
                : DocxExporter.Export(draft, options);
        try
        {
            File.WriteAllBytes(parsed.Output, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"rd export: {parsed.Output}: {DraftFiles.OneLine(e.Message)}");
            return CommandRunner.BadInput;
        }

        return CommandRunner.Ok;
    }

    private sealed record Arguments
    {
        public required string Input { get; init; }
        public required string Output { get; init; }
        public string? CompareTo { get; init; }
        public string? Author { get; init; }
        public string? Job { get; init; }
        public bool FooterSymbol { get; init; }
        public bool Hanging { get; init; }
        public PageSize Page { get; init; } = PageSize.A4;
        public bool Akn { get; init; }
    }
}
