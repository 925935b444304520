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
internal sealed class DiffCommand : ICommand
{
    public string Name => "diff";

    public string Usage => "diff OLD.json NEW.json [--json]";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var json = args.Contains("--json");
        var files = args.Where(a => a != "--json").ToList();
        if (files.Count != 2 || files.Any(f => f.StartsWith("--", StringComparison.Ordinal)))
        {
            stderr.WriteLine($"rd diff: usage: rd {Usage}");
            return CommandRunner.UsageError;
        }

        var (old, oldError) = DraftFiles.Read(files[0]);
        var (now, newError) = DraftFiles.Read(files[1]);
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
