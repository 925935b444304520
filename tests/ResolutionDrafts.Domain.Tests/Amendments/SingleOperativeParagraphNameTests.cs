using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// A single operative paragraph prints without a number (un-format.md), a resolution's as a section's; amendments
/// name both alike, as they print: "the operative paragraph" (of resolution B, of section III) / 执行部分 (ADR 0016
/// amendment 7: no UN source names either, so one name for both).
/// </summary>
public sealed class SingleOperativeParagraphNameTests
{
    [Fact]
    public void AResolutionsOwnSingleOperativeParagraph_IsTheOperativeParagraph_InEnglishAndChinese()
    {
        var english = English("PP Recalling its resolution 74/1,", "OP Decides to include the item in the agenda of its next session.");
        var chinese = Chinese("PP 回顾其第74/1号决议，", "OP 决定将该项目列入下届会议议程。");

        var en = Assert.Single(RoundTrip(english, Proposed(english, d => Replace(d, "op1", "next session", "eightieth session"))).Wording("en"));
        var zh = Assert.Single(RoundTrip(chinese, Proposed(chinese, d => Replace(d, "op1", "下届会议", "第八十届会议"))).Wording("zh"));

        Assert.StartsWith("In the operative paragraph, ", en, StringComparison.Ordinal);
        Assert.DoesNotContain("paragraph 1", en, StringComparison.Ordinal);
        Assert.StartsWith("在执行部分中，", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("第1段", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void AParagraphAddedAfterIt_NamesItAsItPrintsBeforeTheChange()
    {
        var original = English("PP Recalling its resolution 74/1,", "OP Decides to include the item in the agenda of its next session.");
        var proposed = Proposed(original, d => Ok(d.InsertParagraph(ParagraphKind.Operative, "Requests a report.", id: "op2")));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("en"));

        Assert.StartsWith("After the operative paragraph, insert", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void APartsSingleOperativeParagraph_IsTheOperativeParagraphOfResolutionB()
    {
        var original = PartsOfOneParagraph(DraftLanguage.English);
        var chinese = PartsOfOneParagraph(DraftLanguage.Chinese);

        var en = Assert.Single(RoundTrip(original, Proposed(original, d => Replace(d, "b-op1", "report", "full report"))).Wording("en"));
        var zh = Assert.Single(RoundTrip(chinese, Proposed(chinese, d => Replace(d, "b-op1", "report", "full report"))).Wording("zh"));

        Assert.StartsWith("In the operative paragraph of resolution B, ", en, StringComparison.Ordinal);
        Assert.StartsWith("在决议B执行部分中，", zh, StringComparison.Ordinal);
    }

    private static Draft PartsOfOneParagraph(string language)
    {
        var draft = Draft.Create(language).Value!;
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Takes note of the report.", id: "a-op1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Requests a further report.", id: "a-op2"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Welcomes the report.", id: "b-op1"));
        Ok(PartEdges.Start(draft, "b-op1", new DraftPart("Second", "The General Assembly,")).Value!.Apply(draft));
        return draft;
    }
}
