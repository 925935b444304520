using System.Text;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Style;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>`rd check FILE.json`: the draft's style warnings, one per line, each with its PP/OP label.</summary>
internal sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Usage => "check FILE.json";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count != 1 || args[0].StartsWith('-'))
        {
            stderr.WriteLine($"rd check: usage: rd {Usage}");
            return CommandRunner.UsageError;
        }

        string text;
        try
        {
            if (new FileInfo(args[0]).Length > DraftJson.MaxBytes)
            {
                stderr.WriteLine($"rd check: {args[0]}: the file is larger than {DraftJson.MaxBytes / 1024 / 1024} MB");
                return CommandRunner.BadInput;
            }

            text = File.ReadAllText(args[0], Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"rd check: {args[0]}: {e.Message.ReplaceLineEndings(" ").Trim()}");
            return CommandRunner.BadInput;
        }

        var draft = DraftJson.Deserialize(text);
        if (!draft.IsSuccess)
        {
            stderr.WriteLine($"rd check: {args[0]}: {draft.Error!.ReplaceLineEndings(" ").Trim()}");
            return CommandRunner.BadInput;
        }

        foreach (var warning in StyleChecker.Check(draft.Value!))
        {
            stdout.WriteLine(warning.ToString());
        }

        return CommandRunner.Ok;
    }
}
