using System.Text.RegularExpressions;
using ResolutionDrafts.Precedents.Search;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>
/// "How often was this exact phrase adopted, and when first": the index's phrase search (which reads
/// only the paragraphs with every word pair of the phrase) against a plain scan of every paragraph,
/// for phrases cut at random (seeded) from corpus paragraphs: whole words, and runs of characters
/// that may cut a word (or a number) at either end: "ted Nations and its spec". A phrase is read as
/// <see cref="PhraseText"/> reads it: the words, whatever footnote references, italic marks or spacing stand between them.
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
            // The same words as PhraseText reads them (a footnote reference or a no-break space between them is no other phrase).
            var expected = paragraphs.Where(p => PhraseText.Normalize(p.Text).Contains(PhraseText.Normalize(phrase), StringComparison.OrdinalIgnoreCase)).Select(p => p.Id).Order().ToList();
            Assert.All(paragraphs.Where(p => Regex.Replace(p.Text, @"\[\^\d+\]", "").Contains(phrase, StringComparison.OrdinalIgnoreCase)), p => Assert.True(expected.Contains(p.Id), $"\"{phrase}\" in {p.Text}")); // every paragraph holding it as typed among them

            var found = corpus.Index.WithPhrase(phrase, language);

            Assert.True(expected.Count > 0, phrase);
            Assert.True(expected.SequenceEqual(found.Select(p => p.Id).Order()), $"\"{phrase}\": expected {string.Join(",", expected)}, found {string.Join(",", found.Select(p => p.Id).Order())}");
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

    // Issue 20: a phrase is the same words whatever stands between them in the paragraph — a footnote
    // reference, an italic mark (ADR 0015: resolutions adopted in the app keep them), a no-break space.

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void WithPhrase_AcrossAFootnoteReference_FindsTheParagraph(string language)
    {
        var random = new Random(language == "en" ? 2015 : 2016);
        var marked = corpus.Precedents.Where(p => p.Language == language && System.Text.RegularExpressions.Regex.IsMatch(p.Text, @"\w\[\^\d+\]")).ToList();
        Assert.True(marked.Count > 50, $"{marked.Count} {language} paragraphs with a footnote reference");
        var tried = 0;
        for (var n = 0; n < 40; n++)
        {
            var paragraph = marked[random.Next(marked.Count)];
            var at = paragraph.Text.IndexOf("[^", StringComparison.Ordinal);
            var end = paragraph.Text.IndexOf(']', at) + 1;
            // A few words (or characters) either side of the reference, as a person would type them: without it.
            var reach = language == "zh" ? 4 : 25;
            var before = paragraph.Text[Math.Max(0, at - reach)..at];
            var after = paragraph.Text[end..Math.Min(paragraph.Text.Length, end + reach)];
            var phrase = (before + after).Trim();
            if (language == "en")
            {
                var words = phrase.Split(' ');
                phrase = words.Length < 4 ? "" : string.Join(' ', words[1..^1]); // whole words only
            }

            if (phrase.Contains("[^", StringComparison.Ordinal) || PhraseText.Normalize(phrase).Length < 3)
            {
                continue;
            }

            var found = corpus.Index.WithPhrase(phrase, language);

            Assert.Contains(found, p => p.Id == paragraph.Id);
            Assert.Equal(found.Min(p => p.Date), found[0].Date);
            tried++;
        }

        Assert.True(tried >= 20, $"only {tried} phrases across a reference were tried");
    }

    [Fact]
    public void WithPhrase_ChineseTypedWithSpaces_OrEnglishWithANonBreakingHyphen_IsTheSamePhrase()
    {
        var chinese = corpus.Index.WithPhrase("联合国会员国", "zh");
        Assert.True(chinese.Count > 10, $"{chinese.Count} paragraphs");
        Assert.Equal(chinese.Select(p => p.Id), corpus.Index.WithPhrase("联合国 会员国", "zh").Select(p => p.Id));
        Assert.Equal(chinese.Select(p => p.Id), corpus.Index.WithPhrase(" 联合国　会员国 ", "zh").Select(p => p.Id)); // an ideographic space too

        // A/RES/76/165, OP9 prints "non‑intervention" with U+2011; a delegate types a hyphen.
        var typed = corpus.Index.WithPhrase("the sovereign equality of States, non-intervention and non-interference", "en");
        Assert.Contains(typed, p => p.Symbol == "A/RES/76/165" && p.Label == "OP9");
    }

    [Fact]
    public void WithPhrase_AcrossItalicMarks_AndTheMarksOfThePhraseItself_FindsTheParagraph()
    {
        // As a resolution adopted in the app joins the corpus: its paragraphs keep their italic marks.
        Precedent P(long id, string text, string date) => new(id, "A/RES/80/" + id, "PP" + id, "en", text, "Title", date, "General Assembly", "80", "pp" + id, ResolutionDrafts.Domain.Drafts.ParagraphKind.Preambular);
        var index = PrecedentIndex.Build(
        [
            P(1, "Recalling the {i}Report of the World Summit for Social Development{/i},[^2] and its outcome,", "2025-12-01"),
            P(2, "Recalling the Report of the World Summit for Social Development and its outcome,", "2025-12-02"),
            P(3, "Recalling the {i}Report{/i} of the other summit,", "2025-12-03"),
        ]);

        Assert.Equal(new long[] { 1, 2 }, index.WithPhrase("the Report of the World Summit for Social Development").Select(p => p.Id));
        Assert.Equal(new long[] { 1 }, index.WithPhrase("for Social Development, and its outcome").Select(p => p.Id));
        Assert.Equal(new long[] { 1, 2 }, index.WithPhrase("Recalling the {i}Report of the World Summit{/i}").Select(p => p.Id));
        Assert.Equal(new long[] { 3 }, index.WithPhrase("Report of the other").Select(p => p.Id));
        // And the similarity search reads the words, not an "i" in each mark.
        Assert.Equal(Shingles.Of("Recalling the Report of the other summit,"), Shingles.Of(index.WithPhrase("other summit")[0].Text));
    }

    [Fact]
    public void WithPhrase_CutAfterTheSlashOfAResolutionNumber_FindsTheParagraph()
    {
        Precedent P(long id, string text) => new(id, "A/RES/76/" + id, "PP" + id, "zh", text, "Title", "2021-12-0" + id, "General Assembly", "76", "pp" + id, ResolutionDrafts.Domain.Drafts.ParagraphKind.Preambular);
        var index = PrecedentIndex.Build(
        [
            P(1, "回顾其2013年12月5日第68/50号和2020年12月7日第75/35号决议，"),
            P(2, "回顾其第75/36号决议，"),
        ]);

        Assert.Equal(new long[] { 1 }, index.WithPhrase("/35号决议", "zh").Select(p => p.Id));
        Assert.Equal(new long[] { 1 }, index.WithPhrase("第75/", "zh").Select(p => p.Id).Where(id => id == 1));
        Assert.Equal(new long[] { 1, 2 }, index.WithPhrase("第75/", "zh").Select(p => p.Id));
    }

    /// <summary>A run of whole words, or of characters (cutting words at both ends), without footnote markers or italic marks or a piece of one.</summary>
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
                    if (phrase.IndexOfAny(['[', ']', '^', '{', '}']) < 0 && phrase.Trim() == phrase)
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
