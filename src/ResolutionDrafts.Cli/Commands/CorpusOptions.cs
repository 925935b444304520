namespace ResolutionDrafts.Cli.Commands;

/// <summary>
/// The options of `rd corpus` after its verb, as parsed (<see cref="CorpusCommand"/>). <see cref="Provider"/> and
/// <see cref="Connection"/> name a PostgreSQL deployment's database (`--provider postgres --connection "Host=…"`).
/// </summary>
internal sealed record CorpusOptions(
    string? Database, string? Language, int Top, bool AsJson, string? Queries, IReadOnlyList<string> Texts, string? Provider = null, string? Connection = null);
