using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ResolutionDrafts.Contracts.Drafts;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Json;

/// <summary>
/// Reads and writes the draft JSON interchange format as files and API bodies. Reading builds the
/// draft through its behaviour methods (<see cref="DraftMapping"/>, shared with the hub's snapshots),
/// so a file that breaks a rule is refused with the rule's message and the place it was broken
/// ("paragraphs[3]: A paragraph cannot be empty.").
/// </summary>
public static class DraftJson
{
    /// <summary>Files larger than this are refused before parsing.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Keep Chinese and quotation marks readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    private static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    public static string Serialize(Draft draft, bool indented = true) =>
        JsonSerializer.Serialize(DraftMapping.ToDto(draft), indented ? Options : Compact);

    public static DomainResult<Draft> Deserialize(string json) => Deserialize(json, verbatim: false);

    /// <summary>
    /// Reads a snapshot of a live draft, whose paragraph texts are kept exactly as typed (they may be
    /// empty or end in a space while someone types; see docs/hub-protocol.md). Every other rule holds.
    /// </summary>
    public static DomainResult<Draft> DeserializeVerbatim(string json) => Deserialize(json, verbatim: true);

    private static DomainResult<Draft> Deserialize(string json, bool verbatim)
    {
        if (json.Length > MaxBytes)
        {
            return DomainResult<Draft>.Fail($"The file is larger than {MaxBytes / 1024 / 1024} MB.");
        }

        DraftDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<DraftDto>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            return DomainResult<Draft>.Fail($"Not a valid draft JSON file{where}: {e.Message.Split('.')[0]}.");
        }

        return dto is null ? DomainResult<Draft>.Fail("The file holds no draft.") : DraftMapping.FromDto(dto, verbatim);
    }
}
