namespace ResolutionDrafts.Precedents.Tests;

/// <summary>
/// "How often was this exact phrase adopted, and when first": the database's phrase search against
/// a plain scan of every paragraph, for phrases cut at random (seeded) from corpus paragraphs.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class PhraseSearchTests(CorpusFixture corpus)
{
    [Theory]
    [InlineData("en", 2, 7)]
    [InlineData("zh", 2, 9)]
    public void WithPhrase_RandomPhrases_FindsEveryParagraphHoldingThemOldestFirst(string language, int shortest, int longest)
    {
        var random = new Random(language == "en" ? 75 : 76);
        var paragraphs = corpus.Precedents.Where(p => p.Language == language).ToList();
        for (var n = 0; n < 25; n++)
        {
            var phrase = Cut(paragraphs[random.Next(paragraphs.Count)].Text, random, shortest, longest, language == "zh");
            var expected = paragraphs.Where(p => p.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)).Select(p => p.Id).Order().ToList();

            var found = corpus.Database.WithPhrase(phrase, language);

            Assert.True(expected.Count > 0, phrase);
            Assert.Equal(expected, found.Select(p => p.Id).Order().ToList());
            Assert.Equal(found.Min(p => p.Date), found[0].Date);
        }
    }

    [Fact]
    public void WithPhrase_WordsInAnotherCase_AreTheSamePhrase()
    {
        var lower = corpus.Database.WithPhrase("charter of the united nations", "en");
        var printed = corpus.Database.WithPhrase("Charter of the United Nations", "en");

        Assert.True(lower.Count > 100);
        Assert.Equal(printed.Select(p => p.Id), lower.Select(p => p.Id));
    }

    [Fact]
    public void WithPhrase_AWordSequenceNoResolutionUses_FindsNothing()
    {
        Assert.Empty(corpus.Database.WithPhrase("nations united the of charter", "en"));
    }

    /// <summary>A run of whole words (English) or characters (Chinese) from the text, without footnote markers.</summary>
    private static string Cut(string text, Random random, int shortest, int longest, bool chinese)
    {
        while (true)
        {
            if (chinese)
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
