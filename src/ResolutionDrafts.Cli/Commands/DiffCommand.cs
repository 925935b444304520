using System.CommandLine;
using System.Text;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>
/// `rd diff OLD.json NEW.json [--json]`: what changed between two drafts. The text output marks
/// changes inline as [-deleted-]{+inserted+} (as `git diff --word-diff` does) and shows only what
/// changed; --json writes the full comparison (docs/draft-format.md).
/// </summary>
internal sealed class DiffCommand : RdCommand
{
    public override string Name => "diff";

    public override Command Build(TextWriter stdout, TextWriter stderr)
    {
        var older = new Argument<string>("OLD.json") { Description = "The earlier draft JSON." };
        var newer = new Argument<string>("NEW.json") { Description = "The later draft JSON." };
        var json = Flag("--json", "Print the whole comparison as JSON (docs/draft-format.md) instead of the changes marked inline.");
        var command = new Command(Name, "What changed between two drafts: inline as [-deleted-]{+inserted+}, only what changed; or the whole comparison as JSON.")
        {
            older, newer, json,
        };
        command.SetAction(parsed => Diff(parsed.GetValue(older)!, parsed.GetValue(newer)!, parsed.GetValue(json), stdout, stderr));
        return command;
    }

    private static int Diff(string oldPath, string newPath, bool json, TextWriter stdout, TextWriter stderr)
    {
        var (old, oldError) = DraftFiles.Read(oldPath);
        var (now, newError) = DraftFiles.Read(newPath);
        if (old is null || now is null)
        {
            stderr.WriteLine($"rd diff: {oldError ?? newError}");
            return CommandRunner.BadInput;
        }

        var comparison = DraftComparer.Compare(old, now);
        stdout.Write(json ? ComparisonJson.Serialize(comparison) + Environment.NewLine : DiffText.Write(comparison, now.Language));
        return CommandRunner.Ok;
    }


}
