namespace ResolutionDrafts.Precedents.Tests;

/// <summary>
/// `rd corpus import` of the whole shared corpus (what <see cref="CorpusFixture"/> does): every AKN file becomes a
/// resolution of the agreed-language search — resolutions in parts, the Chinese file whose cover names another
/// symbol, the one whose operative part is inside its preamble — and only what is not a resolution is skipped.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusImportCountTests(CorpusFixture corpus)
{
    [Fact]
    public void ImportingTheCorpus_ReadsEveryAknFile_AndSkipsOnlyTheDataFiles()
    {
        var xml = Directory.GetDirectories(CorpusFiles.Ga).Where(d => Path.GetFileName(d) != "data")
            .Sum(d => Directory.GetFiles(d, "*.xml").Length);

        Assert.Equal(xml, corpus.Report.Texts);
        Assert.All(corpus.Report.Skipped, s => Assert.Equal("not an XML file", s.Reason));
        Assert.Contains(corpus.Precedents, p => p.Symbol == "A/RES/75/101 A-B" && p.Label == "B OP1" && p.Language == "en");
        Assert.Contains(corpus.Precedents, p => p.Symbol == "A/RES/75/269" && p.Language == "zh");
        Assert.Contains(corpus.Precedents, p => p.Symbol == "A/RES/76/246" && p.Label == "II OP1");
    }

    [Fact]
    public void ImportingTheCorpus_FromOneParseOfEachFile_GivesWhatTheImporterReadsFromItsBytes()
    {
        // The corpus as the importer makes drafts of the files' bytes (the reader's path before it imported the tree it
        // had parsed for the cover): as many paragraphs, and a few rows word for word.
        var files = Directory.GetDirectories(CorpusFiles.Ga).Where(d => Path.GetFileName(d) != "data").SelectMany(d => Directory.GetFiles(d, "*.xml")).ToList();
        var expected = 0;
        var rows = new Dictionary<(string Symbol, string Language, string Label), string>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var imported = ResolutionDrafts.Documents.Import.DraftImporter.Import(bytes);
            if (!imported.IsSuccess && OtherLanguage(bytes) is { } language)
            {
                // A French file: no draft, but agreed language in French all the same (the reader asks for its language).
                imported = ResolutionDrafts.Documents.Import.DraftImporter.Import(bytes, new() { Format = ResolutionDrafts.Documents.Import.ImportFormat.Akn, Language = language });
            }

            Assert.True(imported.IsSuccess, $"{Path.GetFileName(file)}: {imported.Error}");
            var draft = imported.Draft!;
            var labels = ResolutionDrafts.Domain.Numbering.ParagraphLabels.Compute(draft);
            foreach (var node in draft.AllNodes().Where(n => n.Text.Trim().Length > 0))
            {
                expected++;
                rows[(draft.Metadata.Symbol ?? "", draft.Language, labels[node.Id].Label)] = node.Text.Trim();
            }
        }

        Assert.Equal(expected, corpus.Report.Paragraphs);
        Assert.Equal(expected, corpus.Precedents.Count);
        foreach (var (symbol, language, label) in new[]
        {
            ("A/RES/75/101 A-B", "en", "B OP1"), ("A/RES/76/246", "en", "II OP1"), ("A/RES/76/246", "en", "I PP1"),
            ("A/RES/75/269", "zh", "OP1"), ("A/RES/76/1", "en", "OP1"),
        })
        {
            var stored = corpus.Precedents.Where(p => p.Symbol == symbol && p.Language == language && p.Label == label).Select(p => p.Text).ToList();
            Assert.Equal([rows[(symbol, language, label)]], stored);
        }
    }

    private static string? OtherLanguage(byte[] bytes) =>
        System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.UTF8.GetString(bytes), "FRBRlanguage language=\"(fra|spa|rus|ara)\"").Groups[1].Value switch
        {
            "fra" => "fr",
            "spa" => "es",
            "rus" => "ru",
            "ara" => "ar",
            _ => null,
        };
}
