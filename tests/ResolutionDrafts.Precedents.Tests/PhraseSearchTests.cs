namespace ResolutionDrafts.Precedents.Tests;

/// <summary>
/// "How often was this exact phrase adopted, and when first": the index's phrase search (which reads
/// only the paragraphs with every word pair of the phrase) against a plain scan of every paragraph,
/// for phrases cut at random (seeded) from corpus paragraphs: whole words, and runs of characters
/// that may cut a word (or a number) at either end: "ted Nations and its spec".
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class PhraseSearchTests(CorpusFixture corpus)
{
    [Theory]
    [InlineData("en", 2, 7, false)]
    [InlineData("en", 6, 40, true)]
    [InlineData("zh", 2, 9, true)]
    public void WithPhrase_RandomPhrases_FindsEveryParagraphHoldingThemOldestFirst(string language, int shortest, int longest, bool byCharacters)
    {
        var random = new Random(language == "en" ? 75 + shortest : 76);
        var paragraphs = corpus.Precedents.Where(p => p.Language == language).ToList();
        for (var n = 0; n < 25; n++)
        {
            var phrase = Cut(paragraphs[random.Next(paragraphs.Count)].Text, random, shortest, longest, byCharacters);
            var expected = paragraphs.Where(p => p.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)).Select(p => p.Id).Order().ToList();

            var found = corpus.Index.WithPhrase(phrase, language);

            Assert.True(expected.Count > 0, phrase);
            Assert.Equal(expected, found.Select(p => p.Id).Order().ToList());
            Assert.Equal(found.Min(p => p.Date), found[0].Date);
        }
    }

    [Fact]
    public void WithPhrase_WordsInAnotherCase_AreTheSamePhrase()
    {
        var lower = corpus.Index.WithPhrase("charter of the united nations", "en");
        var printed = corpus.Index.WithPhrase("Charter of the United Nations", "en");

        Assert.True(lower.Count > 100);
        Assert.Equal(printed.Select(p => p.Id), lower.Select(p => p.Id));
    }

    [Fact]
    public void WithPhrase_AWordSequenceNoResolutionUses_FindsNothing()
    {
        Assert.Empty(corpus.Index.WithPhrase("nations united the of charter", "en"));
    }

    /// <summary>A run of whole words, or of characters (cutting words at both ends), without footnote markers.</summary>
    private static string Cut(string text, Random random, int shortest, int longest, bool byCharacters)
    {
        while (true)
        {
            if (byCharacters)
            {
                var length = random.Next(shortest, longest + 1);
                if (text.Length > length)
                {
                    var start = random.Next(text.Length - length);
                    var phrase = text.Substring(start, length);
                    if (!phrase.Contains('[', StringComparison.Ordinal) && !phrase.Contains(']', StringComparison.Ordinal) && phrase.Trim() == phrase)
                    {
                        return phrase;
                    }
                }
            }
            else
            {
                var words = text.Split(' ');
                var count = Math.Min(words.Length, random.Next(shortest, longest + 1));
                var phrase = string.Join(' ', words.Skip(random.Next(words.Length - count + 1)).Take(count));
                if (!phrase.Contains("[^", StringComparison.Ordinal))
                {
                    return phrase;
                }
            }
        }
    }
}
