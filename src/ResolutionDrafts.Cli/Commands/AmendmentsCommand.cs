using System.CommandLine;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>
/// `rd amendments DRAFT.json PROPOSED.json [--lang en|zh] [--json]`: the numbered instructions,
/// worded the UN way, that turn the draft into the proposed text (docs/amendments.md). They are
/// worded in the draft's language when it is Chinese, otherwise in English, unless --lang says.
/// Prints nothing when the texts are the same.
/// `rd amendments DRAFT.json MARKED-UP.docx`: the Word file's tracked changes as proposals,
/// grouped by Word author, with the changes that no longer apply and why (docs/word-round-trip.md).
/// </summary>
internal sealed class AmendmentsCommand : RdCommand
{
    public override string Name => "amendments";

    public override Command Build(TextWriter stdout, TextWriter stderr)
    {
        var draft = new Argument<string>("DRAFT.json") { Description = "The draft as it stands." };
        var proposed = new Argument<string>("PROPOSED.json|MARKED-UP.docx") { Description = "The text as proposed (draft JSON), or a Word file of the draft edited with tracked changes and comments." };
        var language = OneOf(new Option<string?>("--lang") { Description = "Word the instructions in English or Chinese (by default the draft's language)." }, StringComparison.Ordinal, DraftLanguage.English, DraftLanguage.Chinese);
        var json = Flag("--json", "Print the instructions as JSON.");
        var command = new Command(Name, "The amendment instructions, worded the UN way, that turn the draft into the proposed text; or a Word file's tracked changes as those instructions, by Word author, with its comments.")
        {
            draft, proposed, language, json,
        };
        command.SetAction(parsed => Amendments([parsed.GetValue(draft)!, parsed.GetValue(proposed)!], parsed.GetValue(language), parsed.GetValue(json), stdout, stderr));
        return command;
    }

    private static int Amendments(string[] files, string? language, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (files[1].EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return Markup(files[0], files[1], language, json, stdout, stderr);
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

    private static int Markup(string draftPath, string docxPath, string? language, bool json, TextWriter stdout, TextWriter stderr)
    {
        var (draft, error) = DraftFiles.Read(draftPath);
        if (draft is null)
        {
            stderr.WriteLine($"rd amendments: {error}");
            return CommandRunner.BadInput;
        }

        byte[] bytes;
        try
        {
            if (new FileInfo(docxPath).Length > DocxLimit)
            {
                stderr.WriteLine($"rd amendments: {docxPath}: the file is larger than {DocxLimit / 1024 / 1024} MB.");
                return CommandRunner.BadInput;
            }

            bytes = File.ReadAllBytes(docxPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"rd amendments: {docxPath}: {DraftFiles.OneLine(e.Message)}");
            return CommandRunner.BadInput;
        }

        var result = MarkupAmendments.Read(draft, bytes);
        if (!result.IsSuccess)
        {
            stderr.WriteLine($"rd amendments: {docxPath}: {result.Error}");
            return CommandRunner.BadInput;
        }

        language ??= DraftLanguage.IsChinese(draft.Language) ? DraftLanguage.Chinese : DraftLanguage.English;
        if (json)
        {
            stdout.WriteLine(MarkupJson.Serialize(result, language));
            return CommandRunner.Ok;
        }

        foreach (var author in result.Authors)
        {
            stdout.WriteLine($"{author.Name}:");
            for (var i = 0; i < author.Proposals.Count; i++)
            {
                stdout.WriteLine($"{i + 1}. {author.Proposals[i].Wording(language)}");
            }

            foreach (var skipped in author.Skipped)
            {
                stdout.WriteLine($"Not proposed ({skipped.Where}): {skipped.Reason}");
            }
        }

        foreach (var comment in result.Comments)
        {
            stdout.WriteLine($"Comment by {comment.Comment.Author}{(comment.Comment.ParentId is null ? "" : " (reply)")} on {comment.ParagraphId ?? "no paragraph: " + comment.Reason}: {comment.Comment.Text}");
        }

        foreach (var note in result.Notes)
        {
            stdout.WriteLine($"Note: {note}");
        }

        return CommandRunner.Ok;
    }

    /// <summary>The largest Word file read: the importer's limit on what a package unpacks to.</summary>
    private const long DocxLimit = 64L * 1024 * 1024;
}
