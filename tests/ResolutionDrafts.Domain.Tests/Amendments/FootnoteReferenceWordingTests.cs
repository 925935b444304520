using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Issue 17: a footnote reference inside an amendment's quoted words printed raw ("Council,[^1]"), and a
/// change that only adds or moves one read "insert the word “[^9]”". Quoted words show the reference as the
/// printed text does, its number raised ("Council,¹"; the page and the DOCX print it as a superscript
/// number); a reference changed alone is named: "insert a reference to footnote 9" / 插入对脚注9的引用.
/// Each wording is also read back by the letter (<see cref="WordingMeaning"/>) and must make the original
/// read as the proposal does.
/// </summary>
public sealed class FootnoteReferenceWordingTests
{
    private const string Footnoted = "OP Takes note of the report of the Human Rights Council,[^1] and its recommendations;";

    private static IReadOnlyList<string> Worded(Draft original, Draft proposed, string language)
    {
        var amendment = RoundTrip(original, proposed);
        Assert.Equal(WordingMeaning.Reading(proposed.FindNode("op1")!.Text), WordingMeaning.Apply(original, amendment, language)["op1"]);
        return amendment.Wording(language);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void QuotedWordsWithAReference_ShowItsNumberRaised_NeverTheMarkup(string language)
    {
        var original = English(Footnoted);
        // The words deleted carry the reference, so it is quoted with them.
        var proposed = Proposed(original, d => Replace(d, "op1", " of the Human Rights Council,[^1]", ""));

        var wording = Assert.Single(Worded(original, proposed, language));

        Assert.DoesNotContain("[^", wording, StringComparison.Ordinal);
        Assert.Contains("Council,¹”", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void AReferenceAddedAlone_IsNamed_InEnglishAndChinese()
    {
        var original = English("OP Takes note of the report of the Human Rights Council, and its recommendations;");
        var proposed = Proposed(original, d => Replace(d, "op1", "Council,", "Council,[^9]"));

        Assert.Equal("In the operative paragraph, after the word “Council,”, insert a reference to footnote 9.", Assert.Single(Worded(original, proposed, "en")));
        Assert.Equal("在执行部分中，在“Council,”之后插入对脚注9的引用。", Assert.Single(Worded(original, proposed, "zh")));
    }

    [Fact]
    public void AReferenceAddedAtTheEnd_IsNamed()
    {
        var original = English("OP Takes note of the report of the Human Rights Council;");
        var proposed = Proposed(original, d => Replace(d, "op1", "Council;", "Council;[^2]"));

        Assert.Equal("At the end of the operative paragraph, add a reference to footnote 2.", Assert.Single(Worded(original, proposed, "en")));
        Assert.Equal("在执行部分末尾添加对脚注2的引用。", Assert.Single(Worded(original, proposed, "zh")));
    }

    [Fact]
    public void AReferenceDeletedAlone_IsNamed()
    {
        var original = English(Footnoted);
        var proposed = Proposed(original, d => Replace(d, "op1", "[^1]", ""));

        var english = Assert.Single(Worded(original, proposed, "en"));
        var chinese = Assert.Single(Worded(original, proposed, "zh"));

        Assert.Contains("delete the reference to footnote 1", english, StringComparison.Ordinal);
        Assert.Contains("删除", chinese, StringComparison.Ordinal);
        Assert.Contains("对脚注1的引用", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void AsSuperscript_RaisesEveryDigitOfEachReference()
    {
        Assert.Equal("Council,¹ and A/75/21.¹²", FootnoteReferences.AsSuperscript("Council,[^1] and A/75/21.[^12]"));
        Assert.Equal(9, FootnoteReferences.OnlyReference(" [^9] "));
        Assert.Null(FootnoteReferences.OnlyReference("Council,[^9]"));
    }
}
