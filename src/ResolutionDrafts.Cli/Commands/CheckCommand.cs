using System.CommandLine;
using System.Text;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Style;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>`rd check FILE.json`: the draft's style warnings, one per line, each with its PP/OP label.</summary>
internal sealed class CheckCommand : RdCommand
{
    public override string Name => "check";

    public override Command Build(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE.json") { Description = "A draft JSON file (docs/draft-format.md)." };
        var command = new Command(Name, "The draft's style warnings, one a line, each with its PP/OP label.") { file };
        command.SetAction(parsed => Check(parsed.GetValue(file)!, stdout, stderr));
        return command;
    }

    private static int Check(string path, TextWriter stdout, TextWriter stderr)
    {
        var (draft, error) = DraftFiles.Read(path);
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
