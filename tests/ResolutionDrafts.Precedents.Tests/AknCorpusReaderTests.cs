using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Precedents.Reading;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>
/// Reading adopted resolutions: checked against what the UN's own data extract (ga/data/*.json, made
/// by DGACM from the same documents, not by this reader) says of each resolution, and against the
/// other language's file.
/// </summary>
public sealed partial class AknCorpusReaderTests
{
    [GeneratedRegex(@"\d+/\d+|(?<!\d)\d{4}(?!\d)")]
    private static partial Regex Numbers();

    [Theory]
    [InlineData("75")]
    [InlineData("76")]
    public void Read_EveryEnglishFile_HasTheSymbolTitleAndAdoptionDateOfTheUnDataExtract(string session)
    {
        var extract = File.ReadLines(Path.Combine(CorpusFiles.Ga, "data", $"{session}.json"))
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .GroupBy(e => e.GetProperty("symbol").GetString()!).ToDictionary(g => g.Key, g => g.First());
        var mismatches = new List<string>();
        var read = 0;
        foreach (var file in CorpusFiles.Xml($"{session}-en"))
        {
            CorpusResolution resolution;
            try
            {
                resolution = AknCorpusReader.Read(File.ReadAllBytes(file));
            }
            catch (CorpusReadException)
            {
                continue;
            }

            if (resolution.Language != DraftLanguage.English || !extract.TryGetValue(resolution.Symbol, out var expected))
            {
                continue;
            }

            read++;
            var date = DateTime.Parse(expected.GetProperty("adoption_date").GetString()!, CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var title = Squeeze(expected.GetProperty("title").GetString()!);
            if (resolution.Date != date || Squeeze(resolution.Title) != title || resolution.Session != session || resolution.Body != "General Assembly")
            {
                mismatches.Add($"{Path.GetFileName(file)}: {resolution.Date} {resolution.Session} {resolution.Title} / {date} {title}");
            }
        }

        Assert.True(read > 280, $"only {read} files matched the extract");
        Assert.True(mismatches.Count <= read / 100, string.Join("\n", mismatches));
    }

    [Fact]
    public void Read_EnglishAndChineseVersions_ShareParagraphKeysAndTheirNumbers()
    {
        var pairs = 0;
        var numbersAgree = 0;
        var linked = 0;
        var english = 0;
        foreach (var file in CorpusFiles.Xml("76-en").Take(80))
        {
            var chinese = Path.Combine(CorpusFiles.Folder("76-zh"), Path.GetFileName(file)[..^5] + "C.xml");
            if (!File.Exists(chinese))
            {
                continue;
            }

            var en = AknCorpusReader.Read(File.ReadAllBytes(file));
            var zh = AknCorpusReader.Read(File.ReadAllBytes(chinese)).Paragraphs.ToDictionary(p => p.Key);
            Assert.Equal(en.Symbol, AknCorpusReader.Read(File.ReadAllBytes(chinese)).Symbol);
            foreach (var paragraph in en.Paragraphs)
            {
                english++;
                if (!zh.TryGetValue(paragraph.Key, out var version))
                {
                    continue;
                }

                linked++;
                var numbers = Numbers().Matches(paragraph.Text).Select(m => m.Value).Order().ToList();
                if (numbers.Count > 0)
                {
                    // Resolution numbers (75/141) and years are written in digits in both languages: a wrong link would not share them.
                    pairs++;
                    numbersAgree += numbers.SequenceEqual(Numbers().Matches(version.Text).Select(m => m.Value).Order()) ? 1 : 0;
                }
            }
        }

        Assert.True(linked >= english * 0.9, $"{linked} of {english} English paragraphs have a Chinese version");
        Assert.True(pairs > 200 && numbersAgree >= pairs * 0.9, $"{numbersAgree} of {pairs} linked paragraphs have the same numbers");
    }

    [Fact]
    public void Read_SubParagraphs_AreParagraphsOfTheirOwnLabelledAfterTheirParent()
    {
        var resolution = CorpusFiles.Xml("76-en").Select(f => AknCorpusReader.Read(File.ReadAllBytes(f)))
            .First(r => r.Paragraphs.Any(p => p.Label.Contains(' ', StringComparison.Ordinal)));
        var sub = resolution.Paragraphs.First(p => p.Label.Contains(' ', StringComparison.Ordinal));
        var parent = resolution.Paragraphs[resolution.Paragraphs.ToList().IndexOf(sub) - 1];

        Assert.Matches(@"^OP\d+ \([a-z]+\)$", sub.Label);
        Assert.StartsWith(parent.Label + " ", sub.Label, StringComparison.Ordinal);
        Assert.DoesNotContain(sub.Text, parent.Text, StringComparison.Ordinal);
        Assert.Equal(ParagraphKind.Operative, sub.Kind);
        Assert.Matches(@"^PP1$", resolution.Paragraphs[0].Label);
    }

    [Fact]
    public void Read_FourLevelsOfSubParagraphs_EachAParagraphOfItsOwn()
    {
        const string xml = """
            <akomaNtoso><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
            <coverPage><p><docNumber refersTo="#symbol">S/RES/9999 (2025)</docNumber></p></coverPage>
            <preamble><formula><p>The Security Council,</p></formula><container><p>Recalling its resolutions,</p></container></preamble>
            <mainBody><paragraph eId="para_1"><num>1.</num><list eId="l1"><intro><p>Decides that the measures shall not apply:</p></intro>
            <point eId="p_a"><num>(a)</num><list eId="l2"><intro><p>To supplies intended:</p></intro>
            <point eId="p_a_i"><num>(i)</num><list eId="l3"><intro><p>For the support of:</p></intro>
            <point eId="p_a_i_a"><num>a.</num><list eId="l4"><intro><p>The Mission, including:</p></intro>
            <point eId="p_a_i_a_i"><num>i.</num><content><p>Its police component;</p></content></point></list></point></list></point></list></point></list></paragraph>
            <paragraph eId="para_2"><num>2.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var resolution = AknCorpusReader.Read(System.Text.Encoding.UTF8.GetBytes(xml));

        var deepest = Assert.Single(resolution.Paragraphs, p => p.Text == "Its police component;");
        // Labelled as the draft labels them (the printed "a." and "i." as "(a)" and "(i)").
        Assert.Equal("OP1 (a) (i) (a) (i)", deepest.Label);
        Assert.Equal("The Mission, including:", resolution.Paragraphs.Single(p => p.Label == "OP1 (a) (i) (a)").Text);
    }

    [Fact]
    public void Read_HeadingsAreNotParagraphs_AndSectionPreamblesArePreambular()
    {
        const string xml = """
            <akomaNtoso><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="chi"/></FRBRExpression></identification></meta>
            <coverPage><p><docNumber refersTo="#symbol">A/RES/75/999</docNumber></p></coverPage>
            <preamble><formula><p>大会，</p></formula></preamble>
            <mainBody><subheading>一</subheading><subheading>财务执行情况报告</subheading>
            <crossHeading refersTo="#preamble" eId="preamble_4"><span class="bold">回顾</span>其第72/266号决议，</crossHeading>
            <paragraph eId="para_5"><num>1.</num><content><p>注意到秘书长的报告；</p></content></paragraph>
            <paragraph eId="para_6"><content><p>确保适足供资</p></content></paragraph>
            <paragraph eId="para_7"><num>2.</num><content><p>决定采取行动。</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var resolution = AknCorpusReader.Read(System.Text.Encoding.UTF8.GetBytes(xml));

        Assert.Equal(["PP1", "OP1", "OP2"], resolution.Paragraphs.Select(p => p.Label));
        Assert.Equal("回顾其第72/266号决议，", resolution.Paragraphs[0].Text);
        Assert.Equal(ParagraphKind.Preambular, resolution.Paragraphs[0].Kind);
        Assert.DoesNotContain(resolution.Paragraphs, p => p.Text.Contains("确保适足供资", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EveryFileOfTheCorpus_IsReadWithTheImportersParagraphs()
    {
        var files = Directory.GetDirectories(CorpusFiles.Ga).Where(d => Path.GetFileName(d) != "data")
            .SelectMany(d => Directory.GetFiles(d, "*.xml")).ToList();
        var failures = new List<string>();
        var read = new List<CorpusResolution>();
        foreach (var file in files)
        {
            try
            {
                var resolution = AknCorpusReader.Read(File.ReadAllBytes(file));
                read.Add(resolution);
                // The reader imports the tree it read the cover from (the file parsed once); the importer reading the
                // file's bytes must give the same paragraphs, row for row, and the same kind.
                var draft = ResolutionDrafts.Documents.Import.DraftImporter.Import(File.ReadAllBytes(file)).Draft;
                if (draft is not null)
                {
                    var labels = ResolutionDrafts.Domain.Numbering.ParagraphLabels.Compute(draft);
                    var expected = draft.AllNodes().Where(n => n.Text.Trim().Length > 0)
                        .Select(n => new CorpusParagraph(n.Id, labels[n.Id].Label, labels[n.Id].Kind, n.Text.Trim())).ToList();
                    if (!expected.SequenceEqual(resolution.Paragraphs) || draft.Kind.IsDecision() != resolution.Decision
                        || (draft.Metadata.Symbol ?? "") != resolution.Symbol)
                    {
                        var first = expected.Zip(resolution.Paragraphs).FirstOrDefault(p => p.First != p.Second);
                        failures.Add($"{Path.GetFileName(file)}: {resolution.Paragraphs.Count} paragraphs, the importer {expected.Count}; first difference {first.First} / {first.Second}");
                    }
                }
            }
            catch (CorpusReadException e)
            {
                failures.Add($"{Path.GetFileName(file)}: {e.Message}");
            }
        }

        Assert.True(files.Count >= 1281, $"{files.Count} files");
        Assert.Empty(failures);
        // One resolution a file: the Chinese 75/269, whose cover names A/RES/75/268, is read as the 75/269 it prints.
        Assert.Equal(files.Count, read.Select(r => (r.Symbol, r.Language)).Distinct().Count());
    }

    [Fact]
    public void Read_AChineseSecondLevel_IsLabelledAsItPrints_AndTheEnglishAsIts()
    {
        // 75/325 OP4 (a)'s own items (the corpus's <num>㈠</num>): a Chinese precedent is cited as the Chinese text numbers it
        // (ADR 0016 amendment 10), the English one as "(i)".
        var zh = AknCorpusReader.Read(File.ReadAllBytes(Path.Combine(CorpusFiles.Folder("75-zh"), "75_325_C.xml")));
        var en = AknCorpusReader.Read(File.ReadAllBytes(Path.Combine(CorpusFiles.Folder("75-en"), "75_325_E.xml")));

        Assert.Contains(zh.Paragraphs, p => p.Label == "OP4 (a) ㈠" && p.Text.StartsWith("第七十六届会议期间", StringComparison.Ordinal));
        Assert.Contains(en.Paragraphs, p => p.Label == "OP4 (a) (i)");
        Assert.DoesNotContain(zh.Paragraphs, p => p.Label.Contains("(i)", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PartsAndSections_AreLabelledAsTheDraftLabelsThem()
    {
        var parts = AknCorpusReader.Read(File.ReadAllBytes(Path.Combine(CorpusFiles.Folder("75-en"), "75_101A-B_E.xml")));
        var budget = AknCorpusReader.Read(File.ReadAllBytes(Path.Combine(CorpusFiles.Folder("76-en"), "A_RES_76_246-2119713E.xml")));

        Assert.Contains(parts.Paragraphs, p => p.Label == "A OP1 (e) (iii)" && p.Text.StartsWith("Assistance in establishing", StringComparison.Ordinal));
        Assert.Contains(parts.Paragraphs, p => p.Label == "B OP1");
        Assert.Equal("Takes note of the report of the Secretary-General;", budget.Paragraphs.Single(p => p.Label == "II OP1").Text);
        Assert.Contains(budget.Paragraphs, p => p.Label == "I PP1" && p.Kind == ParagraphKind.Preambular);
    }

    [Theory]
    [InlineData("<akomaNtoso><statement><meta></statement>", "not well-formed XML")]
    [InlineData("<html><body>Resolution</body></html>", "not Akoma Ntoso")]
    [InlineData("<akomaNtoso/>", "holds no document")]
    [InlineData("{\"symbol\": \"A/RES/76/1\"}", "not well-formed XML")]
    public void Read_NotAnAdoptedResolution_SaysWhy(string content, string reason)
    {
        var error = Assert.Throws<CorpusReadException>(() => AknCorpusReader.Read(System.Text.Encoding.UTF8.GetBytes(content)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnAknFileWithoutOperativeParagraphs_IsRefused()
    {
        var file = CorpusFiles.Xml("76-en")[0];
        var xml = File.ReadAllText(file);
        var start = xml.IndexOf("<mainBody", StringComparison.Ordinal);
        var end = xml.IndexOf("</mainBody>", StringComparison.Ordinal) + "</mainBody>".Length;

        var error = Assert.Throws<CorpusReadException>(() => AknCorpusReader.Read(System.Text.Encoding.UTF8.GetBytes(xml[..start] + "<mainBody/>" + xml[end..])));

        Assert.Contains("no operative paragraphs", error.Message, StringComparison.Ordinal);
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
