namespace ResolutionDrafts.Precedents.Storage;

/// <summary>What an import did: the resolutions added and every file left out, with the reason.</summary>
public sealed record CorpusImportReport(int Resolutions, int Paragraphs, IReadOnlyList<SkippedFile> Skipped);
