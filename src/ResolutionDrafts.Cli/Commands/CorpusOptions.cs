namespace ResolutionDrafts.Cli.Commands;

/// <summary>The options of `rd corpus` after its verb, as parsed (<see cref="CorpusCommand"/>).</summary>
internal sealed record CorpusOptions(string? Database, string? Language, int Top, bool AsJson, string? Queries, IReadOnlyList<string> Texts);
