using System.Text;
using ResolutionDrafts.Cli.Commands;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Precedents.Reading;
using ResolutionDrafts.Precedents.Search;
using ResolutionDrafts.Precedents.Storage;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>
/// How `rd corpus` counts and cites what it imported (issue 16, noticed at stop 28): resolutions and decisions
/// counted apart, one of a thing in the singular ("imported 1 resolution", "1 paragraph"), and a decision whose text
/// is one unnumbered paragraph cited by the decision alone ("decision 76/515", not "decision 76/515, OP1": it prints
/// unnumbered), wherever a precedent is shown.
/// </summary>
public sealed class CorpusWordingTests : IDisposable
{
    private readonly TempFolder files = new();

    public void Dispose() => files.Dispose();

    private (int Code, string Out) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var code = new CorpusCommand().Run(args, stdout, new StringWriter());
        return (code, stdout.ToString());
    }

    [Fact]
    public void Import_CountsResolutionsAndDecisionsApart()
    {
        File.WriteAllText(Path.Combine(files.Path, "76-515-en.xml"), CorpusDecisionTests.DecisionXml("eng", null, CorpusDecisionTests.Sentence));
        files.Add(CorpusFiles.Xml("76-en").Take(2));

        var (code, output) = Run("import", files.Path, "--db", files.Database.Path);

        Assert.Equal(0, code);
        Assert.Matches(@"^imported 2 resolutions and 1 decision \([\d,]+ paragraphs\); skipped 0 files\r?\n$", output);
    }

    [Fact]
    public void Import_OfOneText_SaysItInTheSingular()
    {
        File.WriteAllText(Path.Combine(files.Path, "76-515-en.xml"), CorpusDecisionTests.DecisionXml("eng", null, CorpusDecisionTests.Sentence));
        File.WriteAllText(Path.Combine(files.Path, "broken.xml"), "<akomaNtoso>");

        var (code, output) = Run("import", files.Path, "--db", files.Database.Path);

        Assert.Equal(0, code);
        Assert.Equal("imported 1 decision (1 paragraph); skipped 1 file", output.TrimEnd());

        (_, output) = Run("phrase", "--db", files.Database.Path, "provisional agenda of its seventy-seventh session", "--lang", "en");
        Assert.StartsWith("1 paragraph in 1 decision" + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OfOneResolution_SaysItInTheSingular()
    {
        files.Add(CorpusFiles.Xml("76-en").Take(1));

        var (_, output) = Run("import", files.Path, "--db", files.Database.Path);

        Assert.Matches(@"^imported 1 resolution \([\d,]+ paragraphs\); skipped 0 files", output);
    }

    [Theory]
    [InlineData(0, "0 paragraphs")]
    [InlineData(1, "1 paragraph")]
    [InlineData(2, "2 paragraphs")]
    [InlineData(1281, "1,281 paragraphs")]
    public void ACount_TakesItsNounInTheSingularForOne(int n, string said) =>
        Assert.Equal(said, AdoptedTexts.Of(n, "paragraph", "paragraphs"));

    [Theory]
    [InlineData("eng", "The General Assembly decides to include the item in its agenda.")]
    [InlineData("zho", "大会决定将题为“国际法委员会第七十三届会议工作报告”的项目列入大会第七十七届会议临时议程。")]
    public void ADecisionOfOneUnnumberedParagraph_IsItsText_WithNoParagraphLabel(string language, string sentence)
    {
        var read = AknCorpusReader.Read(Encoding.UTF8.GetBytes(CorpusDecisionTests.DecisionXml(language, null, sentence)));

        var paragraph = Assert.Single(read.Paragraphs);
        Assert.Equal("", paragraph.Label);
        Assert.Equal(ParagraphKind.Operative, paragraph.Kind);
    }

    [Fact]
    public void ADecisionOfOneParagraph_IsCitedByTheDecisionAlone_InSearchPhraseAndAsASource()
    {
        File.WriteAllText(Path.Combine(files.Path, "76-515-en.xml"), CorpusDecisionTests.DecisionXml("eng", null, CorpusDecisionTests.Sentence));
        Run("import", files.Path, "--db", files.Database.Path);

        var (_, found) = Run("find", "--db", files.Database.Path, CorpusDecisionTests.Sentence, "--lang", "en", "--top", "1");
        Assert.Contains("  decision 76/515 (2021, en)  ", found, StringComparison.Ordinal);
        var (_, phrase) = Run("phrase", "--db", files.Database.Path, "provisional agenda", "--lang", "en");
        Assert.Contains("  decision 76/515 (en)", phrase, StringComparison.Ordinal);
        Assert.DoesNotContain("OP1", found + phrase, StringComparison.Ordinal);

        using var database = CorpusDatabase.Open(files.Database.Path);
        var precedent = database.Precedents().Single();
        Assert.Equal("decision 76/515", precedent.CitedAs);

        // Taken into a draft, the margin note and the AKN export cite it so too, and it is a valid source.
        var source = new AgreedLanguage(precedent.Symbol, precedent.Label, precedent.Text, precedent.Year, precedent.Language, precedent.IsDecision);
        Assert.Null(source.Problem());
        Assert.Equal("decision 76/515", source.Citation);
    }

    [Fact]
    public void AResolutionsSource_StillNeedsItsParagraphLabel()
    {
        var source = new AgreedLanguage("A/RES/76/117", "", "Decides to include the item.", "2021", "en");

        Assert.Equal("The source's paragraph label is missing.", source.Problem());
    }
}
