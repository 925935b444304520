using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Resolutions in parts (ADR 0016) from the UN's own AKN (the corpus's 75/101 A–B, 76/84 A–B,
/// 75/254 A–C in English and Chinese) and from text with "A" / "B" part headings.
/// </summary>
public sealed class PartsImportTests
{
    private static Draft Corpus(string folder, string file) => Fixtures.Import(Path.Combine("corpus", "ga", folder), file);

    private static (string Letter, string Title, int Pp, int Op)[] Parts(Draft draft) =>
        PartLetters.Parts(draft.Paragraphs)
            .Select(p => (p.Letter, p.Part.Title, p.Paragraphs.Count(x => x.Kind == ParagraphKind.Preambular), p.Paragraphs.Count(x => x.Kind == ParagraphKind.Operative)))
            .ToArray();

    [Fact]
    public void Akn_75_101_English_HasPartsAAndB_WithTheirTitlesAndNumbersFrom1()
    {
        var draft = Corpus("75-en", "75_101A-B_E.xml");

        var parts = Parts(draft);

        Assert.Equal("Questions relating to information", draft.Title);
        Assert.Equal(["A", "B"], parts.Select(p => p.Letter));
        Assert.Equal("Information in the service of humanity", parts[0].Title);
        Assert.Equal("United Nations global communications policies and activities", parts[1].Title);
        Assert.All(parts, p => Assert.True(p.Op > 0));
        Assert.Equal("The General Assembly,", draft.Paragraphs.First(p => p.Id.StartsWith("b-", StringComparison.Ordinal)).Part!.AuthorLine);
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("B OP1", labels["b-op1"].Label);
        Assert.Equal("1.", labels["b-op1"].Marker);
        Assert.Equal("A PP1", labels["a-pp1"].Label);
    }

    [Fact]
    public void Akn_75_101_ChineseAndEnglish_HaveTheSameParts()
    {
        var en = Parts(Corpus("75-en", "75_101A-B_E.xml"));
        var zh = Parts(Corpus("75-zh", "75_101A-B_C.xml"));

        // (Operative counts differ in part A for a reason of its own: the Chinese file types (i) as ㈠, which is not read as a sub-paragraph.)
        Assert.Equal(en.Select(p => (p.Letter, p.Pp)), zh.Select(p => (p.Letter, p.Pp)));
        Assert.Equal(en[1].Op, zh[1].Op);
        Assert.Equal("信息为全人类服务", zh[0].Title);
    }

    [Fact]
    public void Akn_76_84_Chinese_PartsWithoutTitles_AreReadWithEmptyTitles()
    {
        var draft = Corpus("76-zh", "A_RES_76_84_A-B-2118640C.xml");

        var parts = Parts(draft);

        Assert.Equal(["A", "B"], parts.Select(p => p.Letter));
        Assert.All(parts, p => Assert.Equal("", p.Title));
        Assert.Equal("大会，", draft.Paragraphs[0].Part!.AuthorLine);
    }

    [Fact]
    public void Akn_75_254_HasThreeParts_AndTheFootnotesOfAll()
    {
        var draft = Corpus("75-en", "75_254_E.xml");

        var parts = Parts(draft);

        Assert.Equal(["A", "B", "C"], parts.Select(p => p.Letter));
        Assert.Equal("Budget appropriations for 2021", parts[0].Title);
        Assert.Equal("Financing of appropriations for the year 2021", parts[2].Title);
        var referenced = draft.AllNodes().SelectMany(n => Domain.Drafts.FootnoteReferences.NumbersIn(n.Text)).Distinct().ToList();
        Assert.All(referenced, n => Assert.Contains(draft.Footnotes, f => f.Number == n));
    }

    [Fact]
    public void Review_CountsTheParts()
    {
        var result = DraftImporter.Import(Fixtures.Bytes(Path.Combine("corpus", "ga", "75-en"), "75_101A-B_E.xml"));

        Assert.Equal(2, result.Review!.Parts);
        Assert.Contains(result.Review.Guesses, g => g.What == "Parts" && g.Why.StartsWith("2 (A, B)", StringComparison.Ordinal));
    }

    private const string EnglishText = """
        United Nations
        A/RES/75/999 A-B
        General Assembly
        Seventy-fifth session
        Resolution adopted by the General Assembly
        75/999. Questions relating to information
        A
        Information in the service of humanity
        The General Assembly,
        Taking note of the report of the Committee on Information,
        1. Urges all countries to cooperate;
        2. Decides to remain seized of the matter.
        B. United Nations global communications policies
        The General Assembly,
        Emphasizing the role of the United Nations,
        Reaffirming its resolution 13 (I),
        1. Reaffirms the role of the Department;
        2. Requests the Secretary-General to report:
        (a) On its activities;
        (b) On its budget;
        3. Decides to include the item in its agenda.
        """;

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Text_WithPartHeadings_ImportsTheParts(string newline)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(EnglishText.ReplaceLineEndings(newline)));

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal("Questions relating to information", draft.Title);
        var parts = Parts(draft);
        Assert.Equal([("A", "Information in the service of humanity", 1, 2), ("B", "United Nations global communications policies", 2, 3)], parts);
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("B OP2 (b)", labels["b-op2-b"].Label);
    }

    [Fact]
    public void Text_ALetterHeadingWithoutAnAuthorLineAfterIt_IsNoPart()
    {
        const string text = """
            United Nations
            General Assembly
            Resolution adopted by the General Assembly
            75/998. Questions relating to information
            A. Information in the service of humanity
            The General Assembly,
            Recalling its resolutions,
            1. Decides to act;
            B. Financing
            2. Decides to finance.
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsSuccess, result.Error);
        Assert.False(result.Draft!.HasParts);
        Assert.Equal("A. Information in the service of humanity", result.Draft.Paragraphs[0].Heading);
        Assert.Equal(2, result.Draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
    }

    [Fact]
    public void Text_Chinese_WithPartHeadings_ImportsTheParts()
    {
        const string text = """
            联合国
            A/RES/75/999 A-B
            大会
            第七十五届会议
            大会通过的决议
            75/999. 与新闻有关的问题
            A. 信息为全人类服务
            大会，
            注意到新闻委员会的报告，
            1. 促请所有国家合作；
            2. 决定继续审议这个问题。
            B
            联合国全球传播政策和活动
            大会，
            强调联合国的作用，
            1. 重申新闻部的作用；
            2. 请秘书长提出报告。
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsSuccess, result.Error);
        var parts = Parts(result.Draft!);
        Assert.Equal([("A", "信息为全人类服务", 1, 2), ("B", "联合国全球传播政策和活动", 1, 2)], parts);
    }

    [Fact]
    public void Text_Chinese_APartsTitleAndAuthorLine_GetCanonicalSpacing_AsParagraphsDo()
    {
        // As a PDF's text has it: spaces between Chinese and digits or Latin letters (docs/import.md).
        const string text = """
            联合国
            A/RES/75/254 A-C
            大会
            第七十五届会议
            大会通过的决议
            2021 年方案预算
            A
            2021 年预算批款
            大会
            正式决定，对于 2021 年：
            1. 核准批款；
            2. 授权秘书长调剂使用经费。
            B
            2021 年收入估计数和 UNDP 的费用
            大会
            正式决定，对于 2021 年：
            1. 核准收入估计数；
            2. 工作人员薪金税收入应贷记衡平征税基金账内。
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal([("A", "2021年预算批款", 1, 2), ("B", "2021年收入估计数和UNDP的费用", 1, 2)], Parts(result.Draft!));
        Assert.Equal("2021年方案预算", result.Draft!.Title);
    }

    [Fact]
    public void Text_ChineseBudgetInParts_TitleWithAYearIsNoPlaceAndDate_AndABareAuthorLineOpensEachPart()
    {
        const string text = """
            联合国
            A/RES/75/254 A-C
            大会
            第七十五届会议
            大会通过的决议
            2021年方案预算
            A
            2021年预算批款
            大会
            正式决定，对于2021年：
            1. 核准批款；
            2. 授权秘书长调剂使用经费。
            B
            2021年收入估计数
            大会
            正式决定，对于2021年：
            1. 核准收入估计数；
            2. 工作人员薪金税收入应贷记衡平征税基金账内。
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("2021年方案预算", result.Draft!.Title);
        Assert.Null(result.Draft.Metadata.PlaceAndDates);
        Assert.Equal("A/RES/75/254 A-C", result.Draft.Metadata.Symbol);
        Assert.Equal([("A", "2021年预算批款", 1, 2), ("B", "2021年收入估计数", 1, 2)], Parts(result.Draft));
    }

    [Fact]
    public void Json_KeepsTheParts_AndADraftWithoutPartsWritesNone()
    {
        var draft = Export.TestDrafts.InParts();

        var json = DraftJson.Serialize(draft);
        var back = DraftJson.Deserialize(json);
        var plain = DraftJson.Serialize(Export.TestDrafts.CubaEmbargo());

        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal(Domain.Operations.DraftCanonicalForm.Of(draft), Domain.Operations.DraftCanonicalForm.Of(back.Value!));
        Assert.Contains("\"part\": {", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"part\"", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_APartWithALineBreakInItsTitle_IsRefusedSayingWhere()
    {
        var json = DraftJson.Serialize(Export.TestDrafts.InParts()).Replace("Information in the service of humanity", "Information\\nin the service", StringComparison.Ordinal);

        var result = DraftJson.Deserialize(json);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("paragraphs[0].part:", result.Error, StringComparison.Ordinal);
    }
}
