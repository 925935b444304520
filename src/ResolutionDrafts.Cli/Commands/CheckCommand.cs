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

        var (draft, error) = DraftFiles.Read(args[0]);
        if (draft is null)
        {
            stderr.WriteLine($"rd check: {error}");
            return CommandRunner.BadInput;
        }

        foreach (var warning in StyleChecker.Check(draft))
        {
            stdout.WriteLine(warning.ToString());
        }

        return CommandRunner.Ok;
    }
}
