using Microsoft.Data.Sqlite;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Precedents.Storage;

/// <summary>
/// The corpus in SQLite: resolutions and their paragraphs, plain rows (no full-text index: an FTS5
/// trigram index made an import's write 16 times longer and the file three times larger, ADR 0007). The
/// tables live beside the app's own in its database file, or in a file of their own (`rd corpus
/// --db`). The search index (<see cref="Search.PrecedentIndex"/>) is built from these rows, never stored.
/// </summary>
public sealed class CorpusDatabase : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS corpus_resolution (
            id INTEGER PRIMARY KEY,
            symbol TEXT NOT NULL,
            language TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT,
            body TEXT,
            session TEXT,
            source TEXT NOT NULL,
            UNIQUE (symbol, language));
        CREATE TABLE IF NOT EXISTS corpus_paragraph (
            id INTEGER PRIMARY KEY,
            resolution_id INTEGER NOT NULL REFERENCES corpus_resolution (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            key TEXT NOT NULL,
            label TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS corpus_paragraph_resolution ON corpus_paragraph (resolution_id, key);
        """;

    private const string PrecedentColumns = "p.id, r.symbol, p.label, r.language, p.text, r.title, r.date, r.body, r.session, p.key, p.kind";

    private const string PrecedentJoin = "corpus_paragraph p JOIN corpus_resolution r ON r.id = p.resolution_id";

    static CorpusDatabase() => SQLitePCL.Batteries_V2.Init();

    private CorpusDatabase(SqliteConnection connection) => Connection = connection;

    internal SqliteConnection Connection { get; }

    /// <summary>Opens the corpus tables in a SQLite file, creating them (and the file) if need be.</summary>
    public static CorpusDatabase Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = ON; SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'corpus_paragraph_resolution'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            // Only a new corpus runs its schema (the index is its last statement); opening one to
            // search only reads, as the searches of every page view do.
            command.CommandText = Schema;
            command.ExecuteNonQuery();
        }

        return new CorpusDatabase(connection);
    }

    /// <summary>Every paragraph of the corpus, in import order: what the search index is built from.</summary>
    public IReadOnlyList<Precedent> Precedents(string? language = null)
    {
        var where = language is null ? "" : " WHERE r.language = $language";
        return Query($"SELECT {PrecedentColumns} FROM {PrecedentJoin}{where} ORDER BY p.id", c =>
        {
            if (language is not null)
            {
                c.Parameters.AddWithValue("$language", language);
            }
        });
    }

    /// <summary>The same paragraph in the resolution's other languages (same symbol, same AKN paragraph id).</summary>
    public IReadOnlyList<Precedent> Versions(Precedent precedent) =>
        Query($"SELECT {PrecedentColumns} FROM {PrecedentJoin} WHERE r.symbol = $symbol AND p.key = $key AND r.language <> $language ORDER BY r.language", c =>
        {
            c.Parameters.AddWithValue("$symbol", precedent.Symbol);
            c.Parameters.AddWithValue("$key", precedent.Key);
            c.Parameters.AddWithValue("$language", precedent.Language);
        });

    public void Dispose() => Connection.Dispose();

    private List<Precedent> Query(string sql, Action<SqliteCommand> bind)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = command.ExecuteReader();
        var result = new List<Precedent>();
        while (reader.Read())
        {
            result.Add(new Precedent(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetString(9),
                Enum.Parse<ParagraphKind>(reader.GetString(10))));
        }

        return result;
    }
}
