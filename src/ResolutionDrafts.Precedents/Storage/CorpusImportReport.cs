namespace ResolutionDrafts.Precedents.Storage;

/// <summary>What an import did: the resolutions added and every file left out, with the reason.</summary>
public sealed record CorpusImportReport(int Resolutions, int Paragraphs, IReadOnlyList<SkippedFile> Skipped);

/// <summary>A file not imported, and why ("not well-formed XML (line 3)", "duplicate of …").</summary>
public sealed record SkippedFile(string Path, string Reason);
