using System.Globalization;

namespace ResolutionDrafts.Cli.Commands;

/// <summary>
/// The options of `rd corpus` after its verb; null when they do not parse. <see cref="Provider"/> and
/// <see cref="Connection"/> name a PostgreSQL deployment's database (`--provider postgres --connection "Host=…"`).
/// </summary>
internal sealed record CorpusOptions(string? Database, string? Language, int Top, bool AsJson, string? Queries, IReadOnlyList<string> Texts, string? Provider = null, string? Connection = null)
{
    public static CorpusOptions? Parse(IReadOnlyList<string> args)
    {
        string? db = null, language = null, queries = null, provider = null, connection = null;
        var top = 5;
        var json = false;
        var texts = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--db" when value is { Length: > 0 }:
                    db = value;
                    i++;
                    break;
                case "--lang" when value is "en" or "zh":
                    language = value;
                    i++;
                    break;
                case "--top" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out top) && top is > 0 and <= 100:
                    i++;
                    break;
                case "--provider" when value is "sqlite" or "postgres":
                    provider = value;
                    i++;
                    break;
                case "--connection" when value is { Length: > 0 }:
                    connection = value;
                    i++;
                    break;
                case "--json":
                    json = true;
                    break;
                case "--queries" when value is { Length: > 0 }:
                    queries = value;
                    i++;
                    break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal):
                    texts.Add(a);
                    break;
                default:
                    return null;
            }
        }

        return new CorpusOptions(db, language, top, json, queries, texts, provider, connection);
    }
}
