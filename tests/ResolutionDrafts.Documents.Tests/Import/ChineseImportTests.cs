using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>The "Done when" facts of issue 3 for the Chinese COSP revised draft, one by one.</summary>
public sealed class ChineseImportTests
{
    private const string File = "cosp7-technical-assistance-rev-draft.zh.txt";

    private static Draft Draft() => Fixtures.Import("text", File);

    [Fact]
    public void Import_Cosp7_IsAChineseRevisedDraftResolution()
    {
        var draft = Draft();

        Assert.Equal(DocumentKind.RevisedDraftResolution, draft.Kind);
        Assert.Equal("zh", draft.Language);
    }

    [Fact]
    public void Import_Cosp7_ReadsSponsorsTitleAuthorLineSessionAndAgendaItem()
    {
        var draft = Draft();

        Assert.Equal(["澳大利亚", "巴西", "以色列", "美利坚合众国"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal("促进提供技术援助支持有效实施《联合国反腐败公约》", draft.Title);
        Assert.Equal("联合国反腐败公约缔约国会议，", draft.AuthorLine);
        Assert.Equal("第七届会议", draft.Metadata.Session);
        Assert.Equal(new AgendaItem("3", "技术援助"), draft.Metadata.AgendaItem);
        Assert.Equal("2017年11月6日至10日，维也纳", draft.Metadata.PlaceAndDates); // canonical: the PDF's spaces around numbers go
    }

    [Fact]
    public void Import_Cosp7_Has11PreambularAnd18OperativeParagraphsAnd3Footnotes()
    {
        var draft = Draft();

        Assert.Equal(11, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(18, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal([1, 2, 3], draft.Footnotes.Select(f => f.Number));
        Assert.Equal("联合国，《条约汇编》，第2349卷，第42146号。", draft.Footnotes[0].Text);
    }

    [Fact]
    public void Import_Cosp7_RejoinsTheEighthPreambularParagraphAcrossThePageBreak()
    {
        var pp8 = Draft().Paragraphs[7].Text;

        Assert.Equal("认识到捐助方、技术援助提供方和受援国之间应当进行协调，以便利用各种资源、提高效率、避免重复工作以及满足受援国需求，", pp8);
    }

    [Fact]
    public void Import_Cosp7_HasNoUrlAnywhere()
    {
        var result = DraftImporter.Import(Fixtures.Bytes("text", File));

        var json = ResolutionDrafts.Documents.Json.DraftJson.Serialize(result.Draft!);
        Assert.DoesNotContain("http", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("undocs", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Import_Cosp7_RefersToFootnote1AfterTheConventionInPp3Op1AndOp2()
    {
        var draft = Draft();
        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();

        Assert.Contains("《联合国反腐败公约》[^1]", draft.Paragraphs[2].Text, StringComparison.Ordinal);
        Assert.Contains("《联合国反腐败公约》[^1]", operative[0].Text, StringComparison.Ordinal);
        Assert.Contains("《联合国反腐败公约》[^1]", operative[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Cosp7_Op8KeepsTheWrappedParagraphNumberAsText()
    {
        var op8 = Draft().Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ElementAt(7).Text;

        Assert.Contains("职权范围第32段，定期为参加审议进程的专家举办培训班；", op8, StringComparison.Ordinal);
        Assert.DoesNotContain("[^", op8, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ChineseGeneralAssemblyRevision_ReadsMastheadPageBreakAndFootnote()
    {
        const string text = """
            联合国
            A/C.3/80/L.20/Rev.1

            大会
            Distr.: Limited
            2025年11月10日
            Chinese
            Original: English

            25-18000 (C)
            *2518000*

            第八十届会议
            第三委员会
            议程项目 67
            促进和保护儿童权利

            阿尔巴尼亚、安道尔、波斯尼亚和黑塞哥维那和奥地利：决议修订草案

            儿童权利

            大会，

            回顾《儿童权利公约》1及其各项任择议定书，

            关切地注意到世界各地仍有许多儿童生活在

            A/C.3/80/L.20/Rev.1

            25-18000
            2/20

            贫困之中，

            1. 请秘书长提交报告；
            2. 决定继续审议这一问题。
            __________________
            1 联合国，《条约汇编》，第 1577 卷，第 27531 号。
            """;

        var result = DraftImporter.Import(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal(DocumentKind.RevisedDraftResolution, draft.Kind);
        Assert.Equal(1, draft.Revision);
        Assert.Equal("大会", draft.Metadata.Body);
        Assert.Equal("2025年11月10日", draft.Metadata.Date);
        Assert.Equal("第三委员会", draft.Metadata.Committee);
        Assert.Equal(new AgendaItem("67", "促进和保护儿童权利"), draft.Metadata.AgendaItem);
        Assert.Equal(["阿尔巴尼亚", "安道尔", "波斯尼亚和黑塞哥维那", "奥地利"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal("儿童权利", draft.Title);
        Assert.Equal("回顾《儿童权利公约》[^1]及其各项任择议定书，", draft.Paragraphs[0].Text);
        Assert.Equal("关切地注意到世界各地仍有许多儿童生活在贫困之中，", draft.Paragraphs[1].Text);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
    }
}
