using System.Text.Json;
using ResolutionDrafts.Cli.Commands;
using ResolutionDrafts.Precedents.Reading;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>`rd corpus import`, `find` and `phrase`, run through the command class with captured output.</summary>
public sealed class CorpusCommandTests : IDisposable
{
    private readonly TempFolder files = new();

    public CorpusCommandTests() => files.Add(CorpusFiles.Xml("76-en").Take(10).Concat(CorpusFiles.Xml("76-zh").Take(10)));

    private string Folder => files.Path;

    private string Db => files.Database.Path;

    public void Dispose() => files.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new CorpusCommand().Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Import_ThenFindJson_PrintsOneObjectPerHitWithTheSourceFirst()
    {
        File.WriteAllText(Path.Combine(Folder, "broken.xml"), "<akomaNtoso>");
        var (code, output, errors) = Run("import", Folder, "--db", Db);
        Assert.Equal(0, code);
        Assert.StartsWith("imported 20 resolutions", output, StringComparison.Ordinal);
        Assert.Contains("broken.xml: not well-formed XML", errors, StringComparison.Ordinal);

        var source = AknCorpusReader.Read(File.ReadAllBytes(CorpusFiles.Xml("76-en")[3])).Paragraphs.First(p => p.Text.Length > 100);
        (code, output, _) = Run("find", "--db", Db, source.Text[..(source.Text.Length * 2 / 3)], "--json", "--top", "3");

        Assert.Equal(0, code);
        var hits = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize<JsonElement>(l)).ToList();
        Assert.InRange(hits.Count, 1, 3);
        Assert.Equal(source.Text, hits[0].GetProperty("text").GetString());
        Assert.Equal(source.Label, hits[0].GetProperty("label").GetString());
        Assert.Equal("en", hits[0].GetProperty("language").GetString());
        Assert.StartsWith("A/RES/76/", hits[0].GetProperty("symbol").GetString(), StringComparison.Ordinal);
        Assert.InRange(hits[0].GetProperty("score").GetDouble(), 0.45, 1);
    }

    [Fact]
    public void FindQueries_PrintsOneLinePerQueryWithItsHitsAndTime()
    {
        Run("import", Folder, "--db", Db);
        var paragraphs = AknCorpusReader.Read(File.ReadAllBytes(CorpusFiles.Xml("76-zh")[2])).Paragraphs;
        var queries = Path.Combine(Folder, "queries.txt");
        File.WriteAllLines(queries, [paragraphs[0].Text, "", "完全无关的一句话：今天的天气很好，我们去公园散步。", paragraphs[^1].Text]);

        var (code, output, _) = Run("find", "--db", Db, "--queries", queries, "--lang", "zh");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize<JsonElement>(l)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(paragraphs[0].Text, lines[0].GetProperty("query").GetString());
        Assert.Equal(paragraphs[0].Text, lines[0].GetProperty("hits")[0].GetProperty("text").GetString());
        Assert.Equal(0, lines[1].GetProperty("hits").GetArrayLength());
        Assert.All(lines, l => Assert.True(l.GetProperty("ms").GetDouble() >= 0));
    }

    [Fact]
    public void Phrase_CountsTheParagraphsHoldingIt()
    {
        Run("import", Folder, "--db", Db);

        var (code, output, _) = Run("phrase", "--db", Db, "United Nations", "--lang", "en");

        Assert.Equal(0, code);
        var count = int.Parse(output.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0);
        Assert.Equal(count + 1, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("find")]
    [InlineData("import")]
    [InlineData("find", "text", "--top", "zero")]
    [InlineData("search", "text")]
    public void BadArguments_ExitWithUsage(params string[] args)
    {
        var (code, _, errors) = Run([.. args, "--db", Db]);

        Assert.Equal(1, code);
        Assert.Contains("usage", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("find")]
    [InlineData("phrase")]
    public void Search_ADatabaseThatIsNotThere_ExitsWithoutCreatingIt(string verb)
    {
        var missing = Path.Combine(Folder, "missing.db");

        var (code, _, errors) = Run(verb, "--db", missing, "Recalling");

        Assert.Equal(2, code);
        Assert.Contains("no such corpus database", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
