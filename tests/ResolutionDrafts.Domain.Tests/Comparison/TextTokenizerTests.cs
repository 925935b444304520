using ResolutionDrafts.Domain.Comparison;

namespace ResolutionDrafts.Domain.Tests.Comparison;

public sealed class TextTokenizerTests
{
    [Fact]
    public void Tokenize_English_WordsSpacesAndPunctuationAreTokens()
    {
        Assert.Equal(
            ["Recalling", " ", "its", " ", "resolution", " ", "70/1", " ", "of", " ", "25", " ", "September", " ", "2015", ","],
            TextTokenizer.Tokenize("Recalling its resolution 70/1 of 25 September 2015,"));
    }

    [Theory]
    [InlineData("2030")]
    [InlineData("70/1")]
    [InlineData("3.5")]
    [InlineData("1,000,000")]
    [InlineData("10:30")]
    [InlineData("Court's")]
    [InlineData("Court’s")]
    [InlineData("naïve")]
    [InlineData("résumé")]
    public void Tokenize_NumbersAndWords_StayWhole(string word)
    {
        Assert.Equal(["(", word, ")"], TextTokenizer.Tokenize($"({word})"));
    }

    [Fact]
    public void Tokenize_NumberFollowedByPunctuation_EndsAtThePunctuation()
    {
        Assert.Equal(["2015", ".", " ", "3", ",", " ", "4"], TextTokenizer.Tokenize("2015. 3, 4"));
    }

    [Fact]
    public void Tokenize_Chinese_OneTokenPerCharacterAndNumbersWhole()
    {
        Assert.Equal(
            ["回", "顾", "其", " ", "2009", " ", "年", "第", "3/1", "号", "决", "议", "，"],
            TextTokenizer.Tokenize("回顾其 2009 年第3/1号决议，"));
    }

    [Fact]
    public void Tokenize_ExtensionBAndEmoji_NeverSplitASurrogatePair()
    {
        Assert.Equal(["𠀀", "𠀁", "😀", "👍🏽", "👨‍👩‍👧", "a"], TextTokenizer.Tokenize("𠀀𠀁😀👍🏽👨‍👩‍👧a"));
    }

    [Fact]
    public void Tokenize_WhitespaceRun_IsOneToken()
    {
        Assert.Equal(["a", " \t\n ", "b"], TextTokenizer.Tokenize("a \t\n b"));
    }

    [Fact]
    public void Tokenize_LoneSurrogate_IsItsOwnToken()
    {
        Assert.Equal(["a", "\uD800", "b"], TextTokenizer.Tokenize("a\uD800b"));
    }

    [Fact]
    public void Tokenize_Thai_IsSplitIntoCharactersWithTheirMarks()
    {
        // "ที่" is a consonant with two combining marks: one token.
        Assert.Equal(["ที่", "น"], TextTokenizer.Tokenize("ที่น"));
    }
}
