namespace ResolutionDrafts.Precedents.Storage;

/// <summary>A file not imported, and why ("not well-formed XML (line 3)", "duplicate of …").</summary>
public sealed record SkippedFile(string Path, string Reason);
