using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Precedents.Search;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>The search page's filters: body, session, year, preambular or operative.</summary>
[Collection(CorpusCollection.Name)]
public sealed class PrecedentFilterTests(CorpusFixture corpus)
{
    [Fact]
    public void Find_WithAFilter_ReturnsOnlyWhatItAllowsAndStillFindsTheSource()
    {
        var random = new Random(5);
        var sources = corpus.Precedents.Where(p => p.Language == "en" && p.Text.Split(' ').Length >= 15).OrderBy(_ => random.Next()).Take(100).ToList();
        var found = 0;
        foreach (var source in sources)
        {
            var same = new PrecedentFilter(Body: source.Body, Session: source.Session, Kind: source.Kind);
            var other = new PrecedentFilter(Year: source.Year == "2021" ? "2022" : "2021", Kind: source.Kind == ParagraphKind.Operative ? ParagraphKind.Preambular : ParagraphKind.Operative);

            var hits = corpus.Index.Find(source.Text, "en", filter: same);
            var elsewhere = corpus.Index.Find(source.Text, "en", filter: other);

            Assert.All(hits, h => Assert.True(same.Allows(h.Precedent)));
            Assert.All(elsewhere, h => Assert.True(other.Allows(h.Precedent)));
            Assert.DoesNotContain(elsewhere, h => h.Precedent.Id == source.Id);
            found += hits.Count > 0 && hits[0].Precedent.Text == source.Text ? 1 : 0;
        }

        Assert.Equal(sources.Count, found);
    }
}
