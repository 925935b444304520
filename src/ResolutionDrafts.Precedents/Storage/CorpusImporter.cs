using ResolutionDrafts.Precedents.Reading;

namespace ResolutionDrafts.Precedents.Storage;

/// <summary>
/// Imports folders, files and zips of AKN resolutions into the corpus in one transaction: every
/// readable resolution new to the corpus goes in, or, if anything fails while writing, none does.
/// Files that are not AKN resolutions, broken XML, files or zips over the limits
/// (<see cref="CorpusImportLimits"/>) and second copies of a resolution already imported (same
/// symbol and language) are skipped and reported, never half-imported.
/// </summary>
public static class CorpusImporter
{
    public static CorpusImportReport Import(CorpusDatabase database, IEnumerable<string> paths, IProgress<string>? progress = null, CorpusImportLimits? limits = null)
    {
        var skipped = new List<SkippedFile>();
        var read = new List<(string Path, CorpusResolution Resolution)>();
        var seen = new Dictionary<(string, string), string>();
        foreach (var source in CorpusSources.Of(paths, limits ?? CorpusImportLimits.Default, skipped))
        {
            var file = source.Name;
            progress?.Report(file);
            CorpusResolution resolution;
            try
            {
                resolution = AknCorpusReader.Read(source.Read());
            }
            catch (CorpusReadException e)
            {
                skipped.Add(new SkippedFile(file, e.Message));
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedFile(file, e.Message.ReplaceLineEndings(" ")));
                continue;
            }

            if (seen.TryGetValue((resolution.Symbol, resolution.Language), out var first))
            {
                skipped.Add(new SkippedFile(file, $"duplicate of {first} ({resolution.Symbol}, {resolution.Language})"));
                continue;
            }

            seen[(resolution.Symbol, resolution.Language)] = file;
            read.Add((file, resolution));
        }

        var texts = 0;
        var decisions = 0;
        var paragraphs = 0;
        using (var transaction = database.Connection.BeginTransaction())
        {
            database.Transaction = transaction;
            try
            {
                foreach (var (file, resolution) in read)
                {
                    if (Exists(database, resolution))
                    {
                        skipped.Add(new SkippedFile(file, $"already in the corpus ({resolution.Symbol}, {resolution.Language})"));
                        continue;
                    }

                    paragraphs += Insert(database, file, resolution);
                    texts++;
                    decisions += resolution.Decision ? 1 : 0;
                }

                transaction.Commit();
            }
            finally
            {
                // Rolled back with the transaction's disposal when anything failed; later commands stand alone.
                database.Transaction = null;
            }
        }

        return new CorpusImportReport(texts, decisions, paragraphs, skipped);
    }

    private static bool Exists(CorpusDatabase database, CorpusResolution resolution)
    {
        using var command = database.Command(
            "SELECT 1 FROM corpus_resolution WHERE symbol = @symbol AND language = @language",
            ("@symbol", resolution.Symbol), ("@language", resolution.Language));
        return command.ExecuteScalar() is not null;
    }

    private static int Insert(CorpusDatabase database, string file, CorpusResolution resolution)
    {
        using var command = database.Command(
            """
            INSERT INTO corpus_resolution (symbol, language, title, date, body, session, source, decision)
            VALUES (@symbol, @language, @title, @date, @body, @session, @source, @decision) RETURNING id
            """,
            ("@symbol", resolution.Symbol), ("@language", resolution.Language), ("@title", resolution.Title), ("@date", resolution.Date),
            ("@body", resolution.Body), ("@session", resolution.Session), ("@source", Path.GetFileName(file)), ("@decision", resolution.Decision ? 1 : 0));
        var id = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

        using var paragraph = database.Command(
            """
            INSERT INTO corpus_paragraph (resolution_id, position, key, label, kind, text)
            VALUES (@resolution, @position, @key, @label, @kind, @text)
            """,
            ("@resolution", id), ("@position", 0), ("@key", ""), ("@label", ""), ("@kind", ""), ("@text", ""));
        var parameters = paragraph.Parameters.Cast<System.Data.Common.DbParameter>().ToArray();
        parameters[0].DbType = System.Data.DbType.Int64;
        parameters[1].DbType = System.Data.DbType.Int32;
        paragraph.Prepare();
        for (var i = 0; i < resolution.Paragraphs.Count; i++)
        {
            var p = resolution.Paragraphs[i];
            parameters[0].Value = id;
            parameters[1].Value = i;
            parameters[2].Value = p.Key;
            parameters[3].Value = p.Label;
            parameters[4].Value = p.Kind.ToString();
            parameters[5].Value = p.Text;
            paragraph.ExecuteNonQuery();
        }

        return resolution.Paragraphs.Count;
    }
}
