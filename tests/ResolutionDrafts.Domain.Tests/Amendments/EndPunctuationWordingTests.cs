using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// A change of the mark that ends a paragraph, and of nothing else, is worded by the marks' names, as the UN words it:
/// "replace the full stop at the end of the paragraph with a colon" / "将句末的句号改为冒号" — not "replace the word
/// “matter.” with the word “matter:”" (ADR 0028 amendment 4's colon; docs/amendments.md).
/// </summary>
public sealed class EndPunctuationWordingTests
{
    private static (string English, string Chinese) Worded(Draft original, Draft proposed)
    {
        var amendment = RoundTrip(original, proposed);
        return (Assert.Single(amendment.Wording("en")), Assert.Single(amendment.Wording("zh")));
    }

    [Theory]
    [InlineData("Decides to remain seized of the matter.", "matter.", "matter:", "In the operative paragraph, replace the full stop at the end of the paragraph with a colon.")]
    [InlineData("Decides to remain seized of the matter;", "matter;", "matter.", "In the operative paragraph, replace the semicolon at the end of the paragraph with a full stop.")]
    [InlineData("Decides that the rules shall read as follows", "follows", "follows:", "In the operative paragraph, add a colon at the end of the paragraph.")]
    [InlineData("Decides that the rules shall read as follows:", "follows:", "follows", "In the operative paragraph, delete the colon at the end of the paragraph.")]
    public void English_EndMarkAlone_IsWordedByTheMarksNames(string text, string oldWords, string newWords, string expected)
    {
        var original = English("OP " + text);
        var proposed = Proposed(original, d => Replace(d, "op1", oldWords, newWords));

        Assert.Equal(expected, Worded(original, proposed).English);
    }

    [Fact]
    public void Chinese_EndMarkAlone_IsWordedByTheMarksNames()
    {
        var original = Chinese("PP 回顾其以往各项决议，", "OP 请秘书长提交报告；", "OP 决定继续处理此案。");
        var colon = Proposed(original, d => Replace(d, "op2", "此案。", "此案："));
        var stop = Proposed(original, d => Replace(d, "op1", "报告；", "报告。"));

        Assert.Equal("在执行部分第2段中，将句末的句号改为冒号。", Worded(original, colon).Chinese);
        Assert.Equal("在执行部分第1段中，将句末的分号改为句号。", Worded(original, stop).Chinese);
        // A Chinese text worded in English names the full-width marks as English names the marks.
        Assert.Equal("In operative paragraph 2, replace the full stop at the end of the paragraph with a colon.", Worded(original, colon).English);
    }

    [Fact]
    public void AFootnoteReferenceAfterTheMark_StaysAfterIt_AndTheChangeIsStillWordedByTheMarks()
    {
        var original = English("OP Takes note of the report of the Secretary-General.[^1]");
        var proposed = Proposed(original, d => Replace(d, "op1", "Secretary-General.[^1]", "Secretary-General:[^1]"));

        var (english, chinese) = Worded(original, proposed);

        Assert.Equal("In the operative paragraph, replace the full stop at the end of the paragraph with a colon.", english);
        Assert.EndsWith("，将句末的句号改为冒号。", chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Decides to remain seized of the matter.", "matter.", "matters:")]
    [InlineData("Decides to remain seized of the matter.", "the matter.", "the issue.")]
    [InlineData("Requests a report on health, education and housing;", "health,", "health;")]
    public void AChangeOfWordsToo_OrOfAMarkInsideTheParagraph_IsWordedByTheWordsAsBefore(string text, string oldWords, string newWords)
    {
        var original = English("OP " + text);
        var proposed = Proposed(original, d => Replace(d, "op1", oldWords, newWords));

        var english = Worded(original, proposed).English;

        Assert.DoesNotContain("at the end of the paragraph with", english, StringComparison.Ordinal);
        Assert.Contains("“", english, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAnotherChangeInTheSameParagraph_EachIsAnItemOfTheSameSentence()
    {
        var original = English("OP Requests the Secretary-General to report on the matter.");
        var proposed = Proposed(original, d => Ok(d.SetText("op1", "Requests the Secretary-General to report orally on the matter:")));

        var (english, chinese) = Worded(original, proposed);

        Assert.StartsWith("In the operative paragraph:", english, StringComparison.Ordinal);
        Assert.Contains("insert the word “orally”", english, StringComparison.Ordinal);
        Assert.EndsWith("Replace the full stop at the end of the paragraph with a colon.", english, StringComparison.Ordinal);
        Assert.Contains("将句末的句号改为冒号", chinese, StringComparison.Ordinal);
    }
}
