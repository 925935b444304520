using System.Text;
using Microsoft.Data.Sqlite;
using ResolutionDrafts.Cli.Commands;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Precedents.Reading;
using ResolutionDrafts.Precedents.Search;
using ResolutionDrafts.Precedents.Storage;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>
/// Decisions in the imported corpus (issue 16, ADR 0022): a decision is known by what its file says it is (the
/// importer's document kind), not only by a symbol with /DEC/; it is stored so, cited "decision 76/515" wherever a
/// precedent is shown, and counted as a decision by the phrase search.
/// </summary>
public sealed class CorpusDecisionTests : IDisposable
{
    internal const string Sentence =
        "The General Assembly decides to include in the provisional agenda of its seventy-seventh session the item entitled “Report of the International Law Commission on the work of its seventy-third session”.";

    private readonly TempFolder files = new();

    public void Dispose() => files.Dispose();

    /// <summary>A decision as AKN4UN writes deliberations: statement and FRBR work named decision, its number in the title.</summary>
    internal static string DecisionXml(string language, string? symbol, string sentence) => $"""
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="decision">
        <meta><identification source="#DGACM"><FRBRWork><FRBRthis value="/akn/un/statement/decision/unga/2021-12-09/76-515/!main/"/>
        <FRBRdate date="2021-12-09" name="adoption"/></FRBRWork>
        <FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression></identification></meta>
        <coverPage>{(symbol is null ? "" : $"<p><docNumber refersTo=\"#symbol\">{symbol}</docNumber></p>")}
        <p><docAuthority refersTo="#issuingBody">General Assembly</docAuthority></p><p><session value="76"/></p></coverPage>
        <preface><p><docTitle refersTo="#resolutionTitle">76/515. Report of the International Law Commission</docTitle></p></preface>
        <mainBody><paragraph eId="para_1"><content><p>{sentence}</p></content></paragraph></mainBody>
        </statement></akomaNtoso>
        """;

    [Theory]
    [InlineData("A/76/PV.46")] // a symbol that does not say it is a decision
    [InlineData(null)] // no symbol at all: cited by its number
    public void ADecisionsFile_IsReadAsADecision_ByWhatTheFileSays(string? symbol)
    {
        var read = AknCorpusReader.Read(Encoding.UTF8.GetBytes(DecisionXml("eng", symbol, Sentence)));

        Assert.True(read.Decision);
        Assert.Equal(symbol ?? "76/515", read.Symbol);
        Assert.Equal(Sentence, Assert.Single(read.Paragraphs).Text);
    }

    [Fact]
    public void AResolutionsFile_IsNoDecision()
    {
        var read = AknCorpusReader.Read(File.ReadAllBytes(CorpusFiles.Xml("76-en")[0]));

        Assert.False(read.Decision);
    }

    [Fact]
    public void RdCorpusImport_StoresTheDecision_CitedSoAndCountedSoByThePhraseSearch()
    {
        File.WriteAllText(Path.Combine(files.Path, "76-515-en.xml"), DecisionXml("eng", null, Sentence));
        File.WriteAllText(Path.Combine(files.Path, "76-515-zh.xml"), DecisionXml("zho", null, "大会决定将题为“国际法委员会第七十三届会议工作报告”的项目列入大会第七十七届会议临时议程。"));
        files.Add(CorpusFiles.Xml("76-en").Take(2));

        var stdout = new StringWriter();
        Assert.Equal(0, new CorpusCommand().Run(["import", files.Path, "--db", files.Database.Path], stdout, new StringWriter()));

        using var database = CorpusDatabase.Open(files.Database.Path);
        var precedents = database.Precedents();
        var decision = precedents.Where(p => p.Symbol == "76/515").ToList();
        Assert.Equal(2, decision.Count);
        Assert.All(decision, p => Assert.True(p.Decision));
        Assert.All(decision, p => Assert.Equal("decision 76/515", p.Citation));
        Assert.All(precedents.Where(p => p.Symbol != "76/515"), p => Assert.False(p.Decision));
        Assert.Equal("zh", Assert.Single(database.Versions(decision.Single(p => p.Language == "en"))).Language);

        // The shell's search cites it so, in its lines and its JSON.
        stdout = new StringWriter();
        Assert.Equal(0, new CorpusCommand().Run(["find", "--db", files.Database.Path, Sentence, "--lang", "en", "--top", "1", "--json"], stdout, new StringWriter()));
        Assert.Contains("\"citation\":\"decision 76/515\"", stdout.ToString(), StringComparison.Ordinal);

        // The phrase search of the shell names it as the search page does.
        stdout = new StringWriter();
        Assert.Equal(0, new CorpusCommand().Run(["phrase", "--db", files.Database.Path, "provisional agenda of its seventy-seventh session", "--lang", "en"], stdout, new StringWriter()));
        Assert.Contains("decision 76/515 (en)", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains(" in 1 decision", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ACorpusMadeBeforeDecisions_OpensWithTheColumnAdded_AndReadsItsRowsAsBefore()
    {
        using (var old = new SqliteConnection($"Data Source={files.Database.Path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE corpus_resolution (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL, language TEXT NOT NULL, title TEXT NOT NULL,
                    date TEXT, body TEXT, session TEXT, source TEXT NOT NULL, UNIQUE (symbol, language));
                CREATE TABLE corpus_paragraph (id INTEGER PRIMARY KEY, resolution_id INTEGER NOT NULL REFERENCES corpus_resolution (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL);
                CREATE INDEX corpus_paragraph_resolution ON corpus_paragraph (resolution_id, key);
                INSERT INTO corpus_resolution VALUES (1, 'A/DEC/75/540', 'en', 'Report', '2020-12-15', 'General Assembly', '75', 'a.xml');
                INSERT INTO corpus_resolution VALUES (2, 'A/RES/75/1', 'en', 'Declaration', '2020-09-21', 'General Assembly', '75', 'b.xml');
                INSERT INTO corpus_paragraph VALUES (1, 1, 0, 'op1', 'OP1', 'Operative', 'The General Assembly decides to include the item.');
                INSERT INTO corpus_paragraph VALUES (2, 2, 0, 'op1', 'OP1', 'Operative', 'Adopts the declaration.');
                """;
            create.ExecuteNonQuery();
        }

        using var database = CorpusDatabase.Open(files.Database.Path);
        var precedents = database.Precedents();

        Assert.Equal(["decision 75/540", "A/RES/75/1"], precedents.Select(p => p.Citation));
        Assert.All(precedents, p => Assert.False(p.Decision)); // the old rows say nothing; the symbol still does
        File.WriteAllText(Path.Combine(files.Path, "76-515-en.xml"), DecisionXml("eng", null, Sentence));
        CorpusImporter.Import(database, [files.Path]);
        Assert.True(database.Precedents().Single(p => p.Symbol == "76/515").Decision);
    }

    [Theory]
    [InlineData(new[] { false }, "1 resolution")]
    [InlineData(new[] { false, false }, "2 resolutions")]
    [InlineData(new[] { false, false, true }, "2 resolutions and 1 decision")]
    [InlineData(new[] { true, true }, "2 decisions")]
    [InlineData(new[] { false, true, true }, "1 resolution and 2 decisions")]
    public void ThePhraseCount_NamesResolutionsAndDecisions(bool[] decisions, string said)
    {
        // Two paragraphs of each text, and each text in one language: a text is counted once.
        var paragraphs = decisions.SelectMany((d, i) => new[] { Of($"76/{500 + i}", d, "OP1"), Of($"76/{500 + i}", d, "OP2") });

        Assert.Equal(said, AdoptedTexts.Count(paragraphs));
    }

    [Theory]
    [InlineData("76/515", true, "decision 76/515, OP1")]
    [InlineData("A/DEC/76/515", false, "decision 76/515, OP1")]
    [InlineData("A/RES/76/117", false, "A/RES/76/117, OP1")]
    public void AParagraphsSource_IsCitedAsThePrecedentIs(string symbol, bool decision, string citation)
    {
        var precedent = Of(symbol, decision, "OP1");
        var source = new AgreedLanguage(precedent.Symbol, precedent.Label, precedent.Text, precedent.Year, precedent.Language, precedent.IsDecision);

        Assert.Equal(citation, source.Citation);
        Assert.Equal(citation, precedent.CitedAs);
    }

    private static Precedent Of(string symbol, bool decision, string label) =>
        new(1, symbol, label, "en", "Decides to include the item.", "Title", "2021-12-09", "General Assembly", "76", label.ToLowerInvariant(), ParagraphKind.Operative, decision);
}
