using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Precedents.Storage;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>
/// ADR 0016 amendment 12: a corpus imported before a Chinese text's second level was labelled ㈠ keeps "OP4 (a) (i)" in
/// its rows; what the user sees of it (the panel, the search page, the citation a used paragraph keeps) is what a corpus
/// imported now shows, checked on every Chinese GA resolution of the fixtures that has a second level.
/// </summary>
public sealed partial class ChineseCorpusLabelTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>How labels were written before: ㈠ … ㈩ and "(十一)" as the Roman numbers every language used.</summary>
    [GeneratedRegex(@"[\u3220-\u3229]|\((十[一二三四五六七八九]?|二十)\)")]
    private static partial Regex ChineseSecondLevel();

    private static string AsBefore(string label) => ChineseSecondLevel().Replace(label, m =>
        "(" + Domain.Numbering.ParagraphLabels.Roman(m.Value.Length == 1 ? m.Value[0] - 0x3220 + 1 : ChineseValue(m.Groups[1].Value)) + ")");

    private static int ChineseValue(string number) => number switch
    {
        "十" => 10,
        "二十" => 20,
        _ => 10 + "一二三四五六七八九".IndexOf(number[1], StringComparison.Ordinal) + 1,
    };

    [Fact]
    public void ACorpusImportedBefore_ShowsTheChineseSecondLevelAsOneImportedNow()
    {
        var files = CorpusFiles.Xml("75-zh").Concat(CorpusFiles.Xml("76-zh")).Where(f => File.ReadAllText(f).Contains("<num>㈠", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count >= 3, "the fixtures hold Chinese resolutions with a second level");
        foreach (var file in files.Append(CorpusFiles.Xml("76-en").First(f => File.ReadAllText(f).Contains("<num>(i)</num>", StringComparison.Ordinal))))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }

        using var database = CorpusDatabase.Open(temp.Database.Path);
        CorpusImporter.Import(database, [temp.Path]);
        var now = database.Precedents().ToDictionary(p => p.Id, p => p.Label);
        Assert.Contains(now.Values, l => l.Contains('㈠', StringComparison.Ordinal));

        // The rows as an import before amendment 10 wrote them.
        var rows = database.Precedents().Where(p => DraftLanguage.IsChinese(p.Language) && p.Label != AsBefore(p.Label)).ToList();
        Assert.NotEmpty(rows);
        using (var old = new SqliteConnection($"Data Source={temp.Database.Path};Pooling=False"))
        {
            old.Open();
            foreach (var row in rows)
            {
                using var update = old.CreateCommand();
                update.CommandText = "UPDATE corpus_paragraph SET label = @label WHERE id = @id";
                update.Parameters.AddWithValue("@label", AsBefore(row.Label));
                update.Parameters.AddWithValue("@id", row.Id);
                update.ExecuteNonQuery();
            }
        }

        using var reopened = CorpusDatabase.Open(temp.Database.Path);
        var before = reopened.Precedents();

        Assert.Equal(now, before.ToDictionary(p => p.Id, p => p.Label));
        Assert.Contains(before, p => p.Language == DraftLanguage.English && p.Label.EndsWith(" (i)", StringComparison.Ordinal));
        var cited = before.First(p => p.Label.Contains('㈠', StringComparison.Ordinal));
        Assert.Equal(cited.Label, new AgreedLanguage(cited.Symbol, AsBefore(cited.Label), cited.Text, cited.Year, cited.Language).Label);
    }

    /// <summary>
    /// ADR 0016 amendment 16: a Chinese resolution whose second level prints "i)", "ii)" (none in the GA fixtures; each of
    /// those with ㈠ rewritten so) is labelled as its page prints it, "OP3 (a) i)", in the corpus, the search and the
    /// citation a used paragraph keeps — not "OP3 (a) ㈠", which amendment 12's reading of "(a) (i)" made of it.
    /// </summary>
    [Fact]
    public void AChineseResolutionWhoseSecondLevelPrintsIParen_IsLabelledAsItPrints()
    {
        var files = CorpusFiles.Xml("75-zh").Concat(CorpusFiles.Xml("76-zh")).Where(f => File.ReadAllText(f).Contains("<num>㈠", StringComparison.Ordinal)).ToList();
        using (var original = CorpusDatabase.Open(temp.Database.Path))
        {
            CorpusImporter.Import(original, files);
        }

        using var reopened = CorpusDatabase.Open(temp.Database.Path);
        var asUn = reopened.Precedents().Where(p => p.Label.Any(c => c is >= '\u3220' and <= '\u3229')).ToList();
        Assert.True(asUn.Count >= 10, "the fixtures hold Chinese resolutions with a second level");
        var rewritten = Path.Combine(temp.Path, "paren");
        Directory.CreateDirectory(rewritten);
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(rewritten, Path.GetFileName(file)), NumTag().Replace(File.ReadAllText(file), m => $"<num>{AsPrinted(m.Groups[1].Value)}</num>"));
        }

        using var printed = CorpusFiles.NewDatabase();
        using var database = CorpusDatabase.Open(printed.Path);
        CorpusImporter.Import(database, [rewritten]);
        var read = database.Precedents().ToDictionary(p => (p.Symbol, p.Key), p => p.Label);

        foreach (var paragraph in asUn)
        {
            var label = read[(paragraph.Symbol, paragraph.Key)];
            Assert.Equal(AsPrinted(paragraph.Label), label);
            Assert.Equal(label, new AgreedLanguage(paragraph.Symbol, label, paragraph.Text, paragraph.Year, paragraph.Language).Label);
        }
    }

    [GeneratedRegex(@"<num>\s*([\u3220-\u3229]|\((?:十[一二三四五六七八九]?|二十)\))\s*</num>")]
    private static partial Regex NumTag();

    /// <summary>㈠ (and "(十一)") as a level printed "i)", "xi)".</summary>
    private static string AsPrinted(string label) => ChineseSecondLevel().Replace(label, m =>
        Domain.Numbering.ParagraphLabels.Roman(m.Value.Length == 1 ? m.Value[0] - 0x3220 + 1 : ChineseValue(m.Groups[1].Value)) + ")");
}
