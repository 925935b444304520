using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>
/// `rd amendments DRAFT.json PROPOSED.json [--lang en|zh] [--json]`: the numbered instructions,
/// worded the UN way, that turn the draft into the proposed text (docs/amendments.md). They are
/// worded in the draft's language when it is Chinese, otherwise in English, unless --lang says.
/// Prints nothing when the texts are the same.
/// </summary>
internal sealed class AmendmentsCommand : ICommand
{
    public string Name => "amendments";

    public string Usage => "amendments DRAFT.json PROPOSED.json [--lang en|zh] [--json]";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? language = null;
        var json = false;
        var files = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--lang" when i + 1 < args.Count && args[i + 1] is DraftLanguage.English or DraftLanguage.Chinese:
                    language = args[++i];
                    break;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    return UsageError(stderr);
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count != 2)
        {
            return UsageError(stderr);
        }

        var (original, originalError) = DraftFiles.Read(files[0]);
        var (proposed, proposedError) = DraftFiles.Read(files[1]);
        if (original is null || proposed is null)
        {
            stderr.WriteLine($"rd amendments: {originalError ?? proposedError}");
            return CommandRunner.BadInput;
        }

        language ??= DraftLanguage.IsChinese(original.Language) ? DraftLanguage.Chinese : DraftLanguage.English;
        var amendment = AmendmentBuilder.Compute(original, proposed);
        if (json)
        {
            stdout.WriteLine(AmendmentJson.Serialize(amendment, language));
            return CommandRunner.Ok;
        }

        var sentences = amendment.Wording(language);
        for (var i = 0; i < sentences.Count; i++)
        {
            stdout.WriteLine($"{i + 1}. {sentences[i]}");
        }

        return CommandRunner.Ok;
    }

    private int UsageError(TextWriter stderr)
    {
        stderr.WriteLine($"rd amendments: usage: rd {Usage}");
        return CommandRunner.UsageError;
    }
}
