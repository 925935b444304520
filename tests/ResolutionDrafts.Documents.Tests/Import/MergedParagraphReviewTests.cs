using System.Text;
using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// ADR 0042: when a text's line breaks between paragraphs were lost, one "paragraph" holds a second one's opening words — the
/// preview no longer says "each a whole paragraph" at high confidence, and lists the paragraph with its first words and the
/// opening found. A paragraph that says ", and recalling …" in lower case, as the UN writes inside one, is not listed.
/// </summary>
public sealed class MergedParagraphReviewTests
{
    private const string EnglishHead = """
        United Nations	A/C.3/80/L.99
        General Assembly	Distr.: Limited
        10 November 2025
        Original: English
        Eightieth session
        Third Committee
        Agenda item 71
        Promotion and protection of human rights
        Chile and Spain: draft resolution
        Protection of human rights defenders
        The General Assembly,
        """;

    private const string ChineseHead = """
        联合国	A/C.3/80/L.99
        大会	分发：限制
        2025年11月10日
        中文
        原文：英文
        第八十届会议
        第三委员会
        议程项目71
        促进和保护人权
        智利和西班牙：决议草案
        保护人权维护者
        大会，
        """;

    private static ImportReview Review(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Assert.True(result.IsSuccess, result.Error);
        return result.Review!;
    }

    private static ImportGuess Guess(ImportReview review, string what) => review.Guesses.Single(g => g.What == what);

    [Fact]
    public void EnglishPreambularParagraphsWhoseLineBreakWasLost_AreListed_AndTheirConfidenceLowered()
    {
        var review = Review(EnglishHead + """

            Recalling its resolution 78/216 of 19 December 2023, Recalling also its resolution 79/171 of 17 December 2024,
            Reaffirming the Universal Declaration of Human Rights,
            Noting with concern the attacks on human rights defenders in all regions,
            Welcoming the work of the Special Rapporteur,
            1. Calls upon States to protect human rights defenders;
            2. Requests the Secretary-General to report on the implementation of the present resolution;
            3. Decides to remain seized of the matter.
            """);

        var preamble = Guess(review, "Preambular paragraphs");
        Assert.NotEqual(ImportConfidence.High, preamble.Confidence);
        Assert.Contains("opening words", preamble.Why, StringComparison.Ordinal);
        var doubt = Assert.Single(review.ParagraphDoubts);
        Assert.Equal("PP1", doubt.Label);
        Assert.Equal("Recalling also", doubt.Phrase);
        Assert.StartsWith("Recalling its resolution 78/216", doubt.FirstWords, StringComparison.Ordinal);
        Assert.Equal(ImportConfidence.High, Guess(review, "Operative paragraphs").Confidence);
    }

    [Fact]
    public void EnglishOperativeParagraphsMergedWithoutTheirNumber_AreListed()
    {
        var review = Review(EnglishHead + """

            Recalling its resolution 78/216 of 19 December 2023,
            Noting with concern the attacks on human rights defenders in all regions,
            1. Calls upon States to protect human rights defenders; Requests the Secretary-General to report on the implementation of the present resolution;
            2. Decides to remain seized of the matter.
            """);

        var doubt = Assert.Single(review.ParagraphDoubts);
        Assert.Equal(("OP1", "Requests"), (doubt.Label, doubt.Phrase));
        Assert.NotEqual(ImportConfidence.High, Guess(review, "Operative paragraphs").Confidence);
        Assert.Equal(ImportConfidence.High, Guess(review, "Preambular paragraphs").Confidence);
    }

    [Fact]
    public void AnOpeningInLowerCase_OrInsideQuotationMarks_IsOnesParagraphsOwnAndNotListed()
    {
        var review = Review(EnglishHead + """

            Recalling its resolution 78/216 of 19 December 2023, and recalling also its resolution 79/171 of 17 December 2024,
            Welcoming the report of the Special Rapporteur, noting the recommendations contained therein, and stressing their importance,
            Recalling the Declaration entitled “Protecting Defenders, Recognizing Their Work”,
            1. Calls upon States to protect human rights defenders; encourages them to consult civil society;
            2. Decides to remain seized of the matter.
            """);

        Assert.Empty(review.ParagraphDoubts);
        Assert.Equal(ImportConfidence.High, Guess(review, "Preambular paragraphs").Confidence);
        Assert.Equal(ImportConfidence.High, Guess(review, "Operative paragraphs").Confidence);
    }

    [Fact]
    public void AChinesePreambleWhoseLineBreaksWereLost_IsListed_AndItsConfidenceLowered()
    {
        var review = Review(ChineseHead + """

            回顾其2023年12月19日第78/216号决议，又回顾其2024年12月17日第79/171号决议，重申《世界人权宣言》，关切地注意到所有区域发生的攻击人权维护者事件，认识到人权维护者发挥的重要作用，欢迎特别报告员的工作，
            1. 吁请各国保护人权维护者；
            2. 请秘书长报告本决议的执行情况；
            3. 决定继续处理此案。
            """);

        var preamble = Guess(review, "Preambular paragraphs");
        Assert.Equal(ImportConfidence.Low, preamble.Confidence); // the whole preamble is one paragraph
        var doubt = Assert.Single(review.ParagraphDoubts);
        Assert.Equal("PP1", doubt.Label);
        Assert.Equal("回顾、重申、注意到、认识到、欢迎", doubt.Phrase);
        Assert.StartsWith("回顾其2023年12月19日", doubt.FirstWords, StringComparison.Ordinal);
    }

    [Fact]
    public void AChineseOperativeParagraphHoldingASecondSentenceOpeningWithAVerb_IsListed()
    {
        var review = Review(ChineseHead + """

            回顾其2023年12月19日第78/216号决议，
            关切地注意到所有区域发生的攻击人权维护者事件，
            1. 吁请各国保护人权维护者。请秘书长报告本决议的执行情况；
            2. 决定继续处理此案。
            """);

        var doubt = Assert.Single(review.ParagraphDoubts);
        Assert.Equal(("OP1", "请"), (doubt.Label, doubt.Phrase));
        Assert.NotEqual(ImportConfidence.High, Guess(review, "Operative paragraphs").Confidence);
    }

    [Fact]
    public void AChineseParagraphSayingAndRecallingAlso_IsOneParagraphAndNotListed()
    {
        // "……，又回顾……" is how the UN's Chinese says "…, and recalling also …" inside one paragraph.
        var review = Review(ChineseHead + """

            回顾其2023年12月19日第78/216号决议，又回顾其2024年12月17日第79/171号决议，
            关切地注意到所有区域发生的攻击人权维护者事件，
            1. 吁请各国保护人权维护者，鼓励各国与民间社会协商；
            2. 决定继续处理此案。
            """);

        Assert.Empty(review.ParagraphDoubts);
        Assert.Equal(ImportConfidence.High, Guess(review, "Preambular paragraphs").Confidence);
    }
}
