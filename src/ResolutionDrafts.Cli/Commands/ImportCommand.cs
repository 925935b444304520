using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>
/// `rd import FILE [--format text|docx|akn] [--lang en|zh] [-o OUT.json]`: an issued document (PDF
/// text, Word or Akoma Ntoso) as draft JSON. A file that is not a resolution exits with 2 and one
/// line on stderr saying why; nothing is written. Warnings go to stderr, prefixed "warning:".
/// </summary>
internal sealed class ImportCommand : ICommand
{
    public string Name => "import";

    public string Usage => "import FILE [--format text|docx|akn] [--lang en|zh] [-o OUT.json]";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, output = null;
        var options = new ImportOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--format" when value is "text" or "docx" or "akn":
                    options = options with { Format = Enum.Parse<ImportFormat>(value, ignoreCase: true) };
                    i++;
                    break;
                case "--lang" when value is { Length: > 0 } && !value.StartsWith('-'):
                    options = options with { Language = value };
                    i++;
                    break;
                case "-o" or "--output" when value is { Length: > 0 }:
                    output = value;
                    i++;
                    break;
                case var a when !a.StartsWith('-') && file is null:
                    file = a;
                    break;
                default:
                    return Usage_(stderr);
            }
        }

        if (file is null)
        {
            return Usage_(stderr);
        }

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

    private int Usage_(TextWriter stderr)
    {
        stderr.WriteLine($"rd import: usage: rd {Usage}");
        return CommandRunner.UsageError;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
