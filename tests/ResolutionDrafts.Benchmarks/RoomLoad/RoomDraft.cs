using ResolutionDrafts.Benchmarks.HubLoad;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Benchmarks.RoomLoad;

/// <summary>
/// The room's draft: a real resolution (the demo draft A/80/L.6, or an issued document given with
/// --source, e.g. ../shared/fixtures/text/A_C.3_80_L.64.txt), lengthened to the paragraphs asked
/// for by repeating its own paragraphs' text (an omnibus resolution reads like that), or cut short.
/// </summary>
public static class RoomDraft
{
    public static string Json(string? source, int? paragraphs)
    {
        var draft = Load(source);
        if (paragraphs is not { } wanted)
        {
            return DraftJson.Serialize(draft);
        }

        var originals = draft.Paragraphs.Select(p => (p.Kind, p.Text)).Where(p => p.Text.Length > 0).ToList();
        if (originals.Count == 0)
        {
            throw new InvalidDataException("The source has no paragraph text to repeat.");
        }

        while (draft.Paragraphs.Count > wanted)
        {
            draft.Delete(draft.Paragraphs[^1].Id).ThrowIfFailed();
        }

        // Operative paragraphs go at the end, preambular ones before the first operative one, so
        // the numbering and the style rules see a draft laid out as a real one.
        for (var i = 0; draft.Paragraphs.Count < wanted; i++)
        {
            var (kind, text) = originals[i % originals.Count];
            var firstOperative = draft.Paragraphs.ToList().FindIndex(p => p.Kind == ParagraphKind.Operative);
            int? at = kind == ParagraphKind.Preambular && firstOperative >= 0 ? firstOperative : null;
            var inserted = draft.InsertParagraph(kind, text, at);
            if (!inserted.IsSuccess)
            {
                throw new InvalidDataException($"Paragraph {draft.Paragraphs.Count + 1} could not be added: {inserted.Error}");
            }
        }

        return DraftJson.Serialize(draft);
    }

    private static Draft Load(string? source)
    {
        if (source is null)
        {
            return DraftJson.Deserialize(DraftApiClient.DemoDraftJson()).Value ?? throw new InvalidDataException("The embedded demo draft cannot be read.");
        }

        var imported = DraftImporter.Import(File.ReadAllBytes(source));
        return imported.Draft ?? throw new InvalidDataException($"{source}: {imported.Error}");
    }

    private static void ThrowIfFailed(this DomainResult result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidDataException(result.Error);
        }
    }
}
