using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// ADR 0038 amendment 2: a Chinese text whose lettered or Roman operative paragraphs open with a verb that opens preambular
/// paragraphs too (注意到, 重申, 确认, 欢迎; Chinese writes "Notes" and "Noting" alike) is read as lettered or Roman operative
/// paragraphs when the text around them decides — the preamble ends before them with "，" (nothing introduces them), each ends
/// as an operative paragraph does ("；", "。", a lead-in's "："), and no operative paragraph is numbered "1." after them — the
/// doubt listed; the UN's "(a)" under a paragraph that introduces it stays its sub-paragraph.
/// </summary>
public sealed class ChineseLetteredVerbsTests
{
    private const string Lettered = """
        执行委员会，
        回顾其关于国际保护的结论，
        (a) 注意到当今难民问题的持续性和复杂性；
        (b) 重申不推回原则的根本重要性；
        (c) 确认各国在接纳难民方面的贡献，并请高级专员：
        (i) 报告保护情况；
        (ii) 与各国协商；
        (d) 欢迎高级专员的报告。
        """;

    private const string Roman = """
        理事会，
        回顾其2013年2月22日第27/2号决定，
        I. 注意到执行主任的报告；
        II. 重申其对环境规划署的承诺；
        III. 确认这一事项仍在审议之中。
        """;

    private static ImportResult FromText(string text) =>
        DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });

    [Theory]
    [InlineData(Lettered, "(a)", 4)]
    [InlineData(Roman, "I.", 3)]
    public void ItemsOpeningWithAVerbOfBothParts_AreOperative_WhenTheTextAroundThemDecides(string text, string numbering, int operative)
    {
        var result = FromText(text);
        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;

        Assert.Equal(numbering, draft.Metadata.OperativeNumbering);
        Assert.Equal(1, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Preambular));
        Assert.Equal(operative, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal(Enumerable.Range(1, operative).Select(n => OperativeNumbering.Marker(numbering, n)),
            draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).Select(p => labels[p.Id].Marker));
        // Never silent: read so from the text around them, and said.
        var warning = Assert.Single(result.Warnings, w => w.Contains("read as numbered", StringComparison.Ordinal));
        Assert.Contains("“，”", warning, StringComparison.Ordinal);
        Assert.Equal(ImportConfidence.Medium, Assert.Single(result.Review!.Guesses, g => g.What == "Operative numbering").Confidence);
    }

    [Fact]
    public void TheLetteredItemsKeepTheirOwnSubParagraphs()
    {
        var draft = FromText(Lettered).Draft!;

        var holder = Assert.Single(draft.Paragraphs, p => p.SubParagraphs.Count > 0);
        Assert.Equal(2, holder.SubParagraphs.Count);
        Assert.StartsWith("确认", holder.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("大会，\n回顾其第75/1号决议，其中：\n(a) 注意到秘书长的报告；\n(b) 确认会员国的贡献，\n1. 决定设立一个委员会；\n2. 请秘书长提出报告。")]
    [InlineData("大会，\n回顾其第75/1号决议，\n(a) 注意到秘书长的报告；\n(b) 确认会员国的贡献；\n1. 决定设立一个委员会；\n2. 请秘书长提出报告。")]
    public void TheUnsReading_Stays_WhenAParagraphIntroducesThemOrOperativeParagraphsFollow(string text)
    {
        var result = FromText(text);
        Assert.True(result.IsSuccess, result.Error);

        Assert.Null(result.Draft!.Metadata.OperativeNumbering);
        Assert.Equal(2, result.Draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("read as numbered", StringComparison.Ordinal));
    }

    /// <summary>
    /// ADR 0038 amendment 3: a Chinese lettered run that the text around it would have made operative, but for the paragraphs numbered
    /// "1." after it, keeps the UN's reading (sub-paragraphs of the paragraph before) — and now says the other reading was possible.
    /// It was kept silently. A run a lead-in ("其中：") introduces has no other reading and says nothing.
    /// </summary>
    [Fact]
    public void ARunFollowedByParagraphsNumbered1_KeepsTheUnsReading_WithTheDoubtListed()
    {
        var result = FromText("大会，\n回顾其第75/1号决议，\n(a) 注意到秘书长的报告；\n(b) 确认会员国的贡献；\n1. 决定设立一个委员会；\n2. 请秘书长提出报告。");
        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;

        Assert.Null(draft.Metadata.OperativeNumbering);
        Assert.Equal(2, Assert.Single(draft.Paragraphs, p => p.Kind == ParagraphKind.Preambular).SubParagraphs.Count);
        Assert.Equal(2, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
        // Was: no warning at all, the preview "High" throughout.
        var doubt = Assert.Single(result.Warnings, w => w.Contains("read as sub-paragraphs of the paragraph before them", StringComparison.Ordinal));
        Assert.Contains("\"(a)\" to \"(b)\"", doubt, StringComparison.Ordinal);
        Assert.Contains("“注意到”", doubt, StringComparison.Ordinal);
        Assert.Contains(result.Review!.Guesses, g => g.Confidence != ImportConfidence.High);

        var introduced = FromText("大会，\n回顾其第75/1号决议，其中：\n(a) 注意到秘书长的报告；\n(b) 确认会员国的贡献；\n1. 决定设立一个委员会；\n2. 请秘书长提出报告。");
        Assert.DoesNotContain(introduced.Warnings, w => w.Contains("sub-paragraphs of the paragraph before them", StringComparison.Ordinal));
    }
}
