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

        Assert.Equal(xml, corpus.Report.Resolutions);
        Assert.All(corpus.Report.Skipped, s => Assert.Equal("not an XML file", s.Reason));
        Assert.Contains(corpus.Precedents, p => p.Symbol == "A/RES/75/101 A-B" && p.Label == "B OP1" && p.Language == "en");
        Assert.Contains(corpus.Precedents, p => p.Symbol == "A/RES/75/269" && p.Language == "zh");
        Assert.Contains(corpus.Precedents, p => p.Symbol == "A/RES/76/246" && p.Label == "II OP1");
    }
}
