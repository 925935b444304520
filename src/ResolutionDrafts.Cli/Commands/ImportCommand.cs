using System.CommandLine;
using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>
/// `rd import FILE [--format text|docx|akn] [--lang en|zh] [-o OUT.json]`: an issued document (PDF
/// text, Word or Akoma Ntoso) as draft JSON. A file that is not a resolution exits with 2 and one
/// line on stderr saying why; nothing is written. Warnings go to stderr, prefixed "warning:".
/// </summary>
internal sealed class ImportCommand : RdCommand
{
    public override string Name => "import";

    public override Command Build(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The issued document: text copied from its PDF, a Word file (.docx) or Akoma Ntoso XML." };
        var format = OneOf(new Option<string?>("--format") { Description = "What FILE is, when its contents should not decide." }, StringComparison.Ordinal, "text", "docx", "akn");
        var language = new Option<string?>("--lang") { Description = "The document's language (en or zh), when it should not be guessed.", HelpName = "en|zh" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the draft JSON to this file instead of standard output.", HelpName = "OUT.json" };
        var command = new Command(Name, "An issued document (PDF text, Word, Akoma Ntoso) as draft JSON; a file that is not a resolution exits 2 with the reason, warnings go to stderr.")
        {
            file, format, language, output,
        };
        command.SetAction(parsed =>
        {
            var options = new ImportOptions { Language = parsed.GetValue(language) };
            if (parsed.GetValue(format) is { } named)
            {
                options = options with { Format = Enum.Parse<ImportFormat>(named, ignoreCase: true) };
            }

            return Import(parsed.GetValue(file)!, parsed.GetValue(output), options, stdout, stderr);
        });
        return command;
    }

    private static int Import(string file, string? output, ImportOptions options, TextWriter stdout, TextWriter stderr)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(file).Length > DraftImporter.MaxBytes)
            {
                stderr.WriteLine($"rd import: {file}: the file is larger than {DraftImporter.MaxBytes / 1024 / 1024} MB");
                return CommandRunner.BadInput;
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"rd import: {file}: {OneLine(e.Message)}");
            return CommandRunner.BadInput;
        }

        var result = DraftImporter.Import(bytes, options);
        if (!result.IsSuccess)
        {
            stderr.WriteLine($"rd import: {file}: {OneLine(result.Error!)}");
            return CommandRunner.BadInput;
        }

        foreach (var warning in result.Warnings)
        {
            stderr.WriteLine($"warning: {OneLine(warning)}");
        }

        var json = DraftJson.Serialize(result.Draft!) + Environment.NewLine;
        if (output is null)
        {
            stdout.Write(json);
            return CommandRunner.Ok;
        }

        try
        {
            File.WriteAllText(output, json, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"rd import: {output}: {OneLine(e.Message)}");
            return CommandRunner.BadInput;
        }

        return CommandRunner.Ok;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
