using ResolutionDrafts.Domain.Comparison;

namespace ResolutionDrafts.Domain.Tests.Comparison;

public sealed class TextDifferTests
{
    [Fact]
    public void Diff_EnglishPhraseReplaced_IsOneDeletionAndOneInsertion()
    {
        var segments = TextDiffer.Diff(
            "Strongly urges all States to ratify the Convention;",
            "Calls upon all States to ratify the Convention without delay;");

        Assert.Equal(
            [Del("Strongly urges"), Ins("Calls upon"), Eq(" all States to ratify the Convention"), Ins(" without delay"), Eq(";")],
            segments);
    }

    [Fact]
    public void Diff_ChangedYear_ReplacesTheWholeNumber()
    {
        var segments = TextDiffer.Diff("by 2015 and resolution 70/1", "by 2030 and resolution 70/10");

        Assert.Equal([Eq("by "), Del("2015"), Ins("2030"), Eq(" and resolution "), Del("70/1"), Ins("70/10")], segments);
    }

    [Fact]
    public void Diff_ChangedDecimal_ReplacesTheWholeNumber()
    {
        var segments = TextDiffer.Diff("an increase of 3.5 per cent", "an increase of 3.75 per cent");

        Assert.Equal([Eq("an increase of "), Del("3.5"), Ins("3.75"), Eq(" per cent")], segments);
    }

    [Fact]
    public void Diff_WordChanged_NeverShowsLetters()
    {
        var segments = TextDiffer.Diff("Reaffirms its commitment", "Recalls its commitment");

        Assert.Equal([Del("Reaffirms"), Ins("Recalls"), Eq(" its commitment")], segments);
    }

    [Fact]
    public void Diff_ChinesePhraseReplaced_IsOneDeletionAndOneInsertion()
    {
        var segments = TextDiffer.Diff(
            "请联合国毒品和犯罪问题办公室在预算外资源允许的情况下，继续与多边和双边援助提供方密切合作；",
            "请联合国毒品和犯罪问题办公室在现有资源范围内，继续与多边和双边援助提供方密切合作；");

        Assert.Equal(1, segments.Count(s => s.Operation == DiffOperation.Delete));
        Assert.Equal(1, segments.Count(s => s.Operation == DiffOperation.Insert));
        Assert.Equal("请联合国毒品和犯罪问题办公室在", segments[0].Text);
    }

    [Fact]
    public void Diff_ChineseRewordedClause_DoesNotKeepStrayCommonCharacters()
    {
        // "的" and "和" occur in both clauses; kept as equal they would sprinkle the diff.
        var segments = TextDiffer.Diff(
            "鼓励缔约国将审议报告所载的优先技术援助需求纳入本国的反腐败战略及其执行计划；",
            "鼓励缔约国将国别审议中查明的需求和优先事项纳入本国的反腐败战略及其执行计划；");

        Assert.Equal(1, segments.Count(s => s.Operation == DiffOperation.Delete));
        Assert.Equal(1, segments.Count(s => s.Operation == DiffOperation.Insert));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", "new")]
    [InlineData("old", "")]
    [InlineData("same", "same")]
    public void Diff_EmptyOrEqualTexts_RoundTrip(string oldText, string newText)
    {
        var segments = TextDiffer.Diff(oldText, newText);

        Assert.Equal(oldText, TextDiffer.OldText(segments));
        Assert.Equal(newText, TextDiffer.NewText(segments));
        Assert.DoesNotContain(segments, s => s.Text.Length == 0);
        Assert.Equal(oldText != newText, TextDiffer.HasChanges(segments));
    }

    [Fact]
    public void Diff_ExtensionBCharacterReplaced_KeepsThePairWhole()
    {
        var segments = TextDiffer.Diff("甲𠀀乙", "甲𠀁乙");

        Assert.Equal([Eq("甲"), Del("𠀀"), Ins("𠀁"), Eq("乙")], segments);
    }

    [Fact]
    public void Diff_LongRewrittenTexts_UseTheClausePassAndStayExact()
    {
        // Two 6,000-character texts, different throughout: Myers alone would take seconds here.
        var random = new Random(7);
        string Clause() => new string(Enumerable.Range(0, 20).Select(_ => (char)random.Next(0x4E00, 0x4E40)).ToArray()) + "，";
        var oldText = string.Concat(Enumerable.Range(0, 300).Select(_ => Clause()));
        var newText = string.Concat(Enumerable.Range(0, 300).Select(_ => Clause()));

        // The work is counted, not timed (a clock fails under load; ComparisonBenchmarks times it).
        var clausePasses = ClauseDiff.RunsOnThisThread;
        var steps = MyersDiff.StepsOnThisThread;
        var segments = TextDiffer.Diff(oldText, newText);

        Assert.True(ClauseDiff.RunsOnThisThread > clausePasses, "a 6,000 × 6,000 text is cut into clauses first");
        // About one search's budget in all (the clause pass finds no clause in common and hands the whole on).
        Assert.InRange(MyersDiff.StepsOnThisThread - steps, 1, 2 * MyersDiff.MaxSteps);
        Assert.Equal(oldText, TextDiffer.OldText(segments));
        Assert.Equal(newText, TextDiffer.NewText(segments));
    }

    [Fact]
    public void Diff_HugeUnrelatedTexts_FinishWithinABoundAndStayExact()
    {
        // Far beyond any paragraph (the whole of a long draft, twice over): the search gives up
        // on finding common ground before it costs seconds, and the result is still exact.
        var random = new Random(8);
        string Text() => string.Concat(Enumerable.Range(0, 12_000).Select(_ =>
            new string(Enumerable.Range(0, 12).Select(_ => (char)random.Next(0x4E00, 0x4E40)).ToArray()) + "，"));
        var oldText = Text();
        var newText = Text();

        var steps = MyersDiff.StepsOnThisThread;
        var segments = TextDiffer.Diff(oldText, newText);

        // Counted, not timed: the searches stop at their step budget however long the texts.
        Assert.InRange(MyersDiff.StepsOnThisThread - steps, 1, 2 * MyersDiff.MaxSteps);
        Assert.Equal(oldText, TextDiffer.OldText(segments));
        Assert.Equal(newText, TextDiffer.NewText(segments));
    }

    [Fact]
    public void Diff_LongTextWithScatteredEdits_FindsEachEdit()
    {
        var clauses = Enumerable.Range(0, 400).Select(i => $"第{i}项条款的内容保持不变，").ToList();
        var oldText = string.Concat(clauses);
        clauses[10] = "新增的内容，";
        clauses[390] = "另一处修改，";
        var newText = string.Concat(clauses);

        var segments = TextDiffer.Diff(oldText, newText);

        Assert.Equal(oldText, TextDiffer.OldText(segments));
        Assert.Equal(newText, TextDiffer.NewText(segments));
        var inserted = segments.Where(s => s.Operation == DiffOperation.Insert).Select(s => s.Text).ToList();
        Assert.Equal(2, inserted.Count);
        Assert.Contains("新增", inserted[0]);
        Assert.Contains("另一处修改", inserted[1]);
    }

    [Fact]
    public void Diff_LongTextOfManyLines_FindsEachEditThroughTheLinePass()
    {
        var lines = Enumerable.Range(0, 300).Select(i => $"{i}. Requests the Secretary-General to report on item {i}, as decided;").ToList();
        var oldText = string.Join('\n', lines);
        lines[10] = "10. Requests the Secretary-General to report orally on item 10, as decided;";
        lines.RemoveAt(150);
        lines[280] = "281. Decides to remain seized of the matter.";
        var newText = string.Join('\n', lines);

        var segments = TextDiffer.Diff(oldText, newText);

        Assert.Equal(oldText, TextDiffer.OldText(segments));
        Assert.Equal(newText, TextDiffer.NewText(segments));
        Assert.Equal("orally", segments.First(s => s.Operation == DiffOperation.Insert).Text.Trim());
        Assert.Contains(segments, s => s.Operation == DiffOperation.Delete && s.Text.Contains("item 150", StringComparison.Ordinal));
    }

    private static TextSegment Eq(string text) => new(DiffOperation.Equal, text);

    private static TextSegment Ins(string text) => new(DiffOperation.Insert, text);

    private static TextSegment Del(string text) => new(DiffOperation.Delete, text);
}
