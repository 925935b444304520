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
internal sealed class ExportCommand : ICommand
{
    public string Name => "export";

    public string Usage => "export DRAFT.json -o OUT.docx|OUT.xml [--format docx|akn] [--compare-to OLD.json] [--author NAME] [--page a4|letter] [--job NUMBER] [--footer-symbol] [--hanging]";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Parse(args);
        if (parsed.Error is not null)
        {
            stderr.WriteLine($"rd export: {parsed.Error}; usage: rd {Usage}");
            return CommandRunner.UsageError;
        }

        var (draft, error) = DraftFiles.Read(parsed.Input!);
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
            File.WriteAllBytes(parsed.Output!, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"rd export: {parsed.Output}: {DraftFiles.OneLine(e.Message)}");
            return CommandRunner.BadInput;
        }

        return CommandRunner.Ok;
    }

    private static Arguments Parse(IReadOnlyList<string> args)
    {
        var result = new Arguments();
        string? format = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--footer-symbol")
            {
                result = result with { FooterSymbol = true };
            }
            else if (arg == "--hanging")
            {
                result = result with { Hanging = true };
            }
            else if (arg is "-o" or "--output" or "--compare-to" or "--author" or "--page" or "--format" or "--job")
            {
                if (i + 1 >= args.Count)
                {
                    return result with { Error = $"{arg} needs a value" };
                }

                var value = args[++i];
                switch (arg)
                {
                    case "-o" or "--output": result = result with { Output = value }; break;
                    case "--compare-to": result = result with { CompareTo = value }; break;
                    case "--author": result = result with { Author = value }; break;
                    case "--job": result = result with { Job = value }; break;
                    case "--format": format = value.ToLowerInvariant(); break;
                    default:
                        PageSize? page = value.ToLowerInvariant() switch { "a4" => PageSize.A4, "letter" => PageSize.Letter, _ => null };
                        if (page is null)
                        {
                            return result with { Error = $"--page is a4 or letter, not '{value}'" };
                        }

                        result = result with { Page = page.Value };
                        break;
                }
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                return result with { Error = $"unknown option {arg}" };
            }
            else if (result.Input is null)
            {
                result = result with { Input = arg };
            }
            else
            {
                return result with { Error = $"one draft at a time ('{arg}' is extra)" };
            }
        }

        if (result.Input is null || result.Output is null)
        {
            return result with { Error = result.Input is null ? "no DRAFT.json given" : "no -o OUT given" };
        }

        format ??= result.Output.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? "akn" : "docx";
        if (format is not ("docx" or "akn"))
        {
            return result with { Error = $"--format is docx or akn, not '{format}'" };
        }

        if (format == "akn" && result.CompareTo is not null)
        {
            return result with { Error = "--compare-to makes a DOCX with tracked changes; it cannot be used with --format akn" };
        }

        return result with { Akn = format == "akn" };
    }



    private sealed record Arguments
    {
        public string? Input { get; init; }
        public string? Output { get; init; }
        public string? CompareTo { get; init; }
        public string? Author { get; init; }
        public string? Job { get; init; }
        public bool FooterSymbol { get; init; }
        public bool Hanging { get; init; }
        public PageSize Page { get; init; } = PageSize.A4;
        public bool Akn { get; init; }
        public string? Error { get; init; }
    }
}
