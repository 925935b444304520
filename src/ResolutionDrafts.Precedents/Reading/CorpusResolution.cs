namespace ResolutionDrafts.Precedents.Reading;

/// <summary>One adopted resolution in one language, as read from its AKN file.</summary>
/// <param name="Symbol">The document symbol, e.g. "A/RES/76/117"; the same in every language.</param>
/// <param name="Language">"en", "zh" (or another AKN language code).</param>
/// <param name="Date">The adoption date (ISO, yyyy-MM-dd) when the file gives it.</param>
/// <param name="Body">The issuing body, e.g. "General Assembly".</param>
/// <param name="Session">The session number, e.g. "76".</param>
/// <param name="Decision">An adopted decision, not a resolution, as the file says (the importer's document kind, ADR 0022).</param>
public sealed record CorpusResolution(
    string Symbol,
    string Language,
    string Title,
    string? Date,
    string? Body,
    string? Session,
    IReadOnlyList<CorpusParagraph> Paragraphs,
    bool Decision = false);
