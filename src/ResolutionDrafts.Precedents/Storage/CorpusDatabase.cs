using Microsoft.Data.Sqlite;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Precedents.Storage;

/// <summary>
/// The corpus in SQLite: resolutions, their paragraphs, and an FTS5 trigram index over the
/// paragraphs for exact phrases (a substring index, so Chinese needs no word breaking). The tables
/// live beside the app's own in its database file, or in a file of their own (`rd corpus --db`).
/// The fuzzy index (<see cref="Search.PrecedentIndex"/>) is built from these rows, never stored.
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
        CREATE VIRTUAL TABLE IF NOT EXISTS corpus_phrase USING fts5 (text, content = 'corpus_paragraph', content_rowid = 'id', tokenize = 'trigram');
        CREATE TRIGGER IF NOT EXISTS corpus_paragraph_added AFTER INSERT ON corpus_paragraph BEGIN
            INSERT INTO corpus_phrase (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS corpus_paragraph_removed AFTER DELETE ON corpus_paragraph BEGIN
            INSERT INTO corpus_phrase (corpus_phrase, rowid, text) VALUES ('delete', old.id, old.text);
        END;
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
        command.CommandText = "PRAGMA foreign_keys = ON; SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'corpus_paragraph_removed'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            // Only a new corpus runs its schema (the trigger is its last statement); opening one to
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

    /// <summary>
    /// The paragraphs holding <paramref name="phrase"/> word for word (case aside), oldest adoption
    /// first: how often the phrase was adopted, and when first.
    /// </summary>
    public IReadOnlyList<Precedent> WithPhrase(string phrase, string? language = null)
    {
        var words = string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (words.Length == 0)
        {
            return [];
        }

        // The trigram index answers phrases of three characters or more; shorter ones (two Chinese characters) are scanned.
        var match = words.Length >= 3
            ? "p.id IN (SELECT rowid FROM corpus_phrase WHERE corpus_phrase MATCH $phrase)"
            : "instr(lower(p.text), lower($words)) > 0";
        var lang = language is null ? "" : " AND r.language = $language";
        return Query($"SELECT {PrecedentColumns} FROM {PrecedentJoin} WHERE {match}{lang} ORDER BY r.date, r.symbol, p.position", c =>
        {
            c.Parameters.AddWithValue("$phrase", "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            c.Parameters.AddWithValue("$words", words);
            if (language is not null)
            {
                c.Parameters.AddWithValue("$language", language);
            }
        });
    }

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
