using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Style;

namespace ResolutionDrafts.Domain.Tests.Style;

/// <summary>
/// A World Health Assembly draft ends its preambular paragraphs with ";" (issue 16): the style check holds it to the
/// Assembly's own rule, known by its symbol, body or author line; a General Assembly draft is checked exactly as before.
/// </summary>
public sealed class OtherBodyStyleTests
{
    private static Draft Build(string language, string authorLine, DraftMetadata metadata, string pp1, string pp2, string op1)
    {
        var draft = Draft.Create(language).Value!;
        draft.SetTitle(language == "zh" ? "加强初级卫生保健" : "Strengthening primary health care");
        draft.SetAuthorLine(authorLine);
        draft.SetMetadata(metadata);
        draft.InsertParagraph(ParagraphKind.Preambular, pp1);
        draft.InsertParagraph(ParagraphKind.Preambular, pp2);
        draft.InsertParagraph(ParagraphKind.Operative, op1);
        return draft;
    }

    public static TheoryData<string, string, DraftMetadata> Assemblies => new()
    {
        { "en", "The Seventy-ninth World Health Assembly,", new DraftMetadata { Symbol = "WHA79.12" } },
        { "en", "The Seventy-ninth World Health Assembly,", new DraftMetadata() },
        { "en", "The Assembly,", new DraftMetadata { Body = "World Health Assembly" } },
        { "zh", "第七十九届世界卫生大会，", new DraftMetadata() },
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void WorldHealthAssemblyDraft_PreambleEndingWithSemicolons_IsNotWarned(string language, string authorLine, DraftMetadata metadata)
    {
        var zh = language == "zh";
        var draft = Build(language, authorLine, metadata,
            zh ? "审议了总干事的报告；" : "Having considered the report by the Director-General;",
            zh ? "回顾WHA72.2号决议；" : "Recalling resolution WHA72.2 (2019) on primary health care;",
            zh ? "敦促会员国加强初级卫生保健。" : "URGES Member States to strengthen primary health care.");

        Assert.Empty(StyleChecker.Check(draft));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void WorldHealthAssemblyDraft_PreambleEndingWithAComma_IsWarnedByTheAssemblysRule(string language, string authorLine, DraftMetadata metadata)
    {
        var zh = language == "zh";
        var draft = Build(language, authorLine, metadata,
            zh ? "审议了总干事的报告；" : "Having considered the report by the Director-General;",
            zh ? "回顾WHA72.2号决议，" : "Recalling resolution WHA72.2 (2019) on primary health care,",
            zh ? "敦促会员国加强初级卫生保健。" : "URGES Member States to strengthen primary health care.");

        var warning = Assert.Single(StyleChecker.Check(draft));
        Assert.Equal("PP2", warning.Label);
        Assert.Equal(zh ? "A preambular paragraph should end with \"；\"." : "A preambular paragraph should end with \";\".", warning.Message);
    }

    [Fact]
    public void GeneralAssemblyDraft_PreambleEndingWithASemicolon_IsStillWarned()
    {
        var draft = Build("en", "The General Assembly,", new DraftMetadata { Symbol = "A/80/L.6", Body = "General Assembly" },
            "Recalling its resolution 79/7,", "Recalling also resolution WHA72.2 of the World Health Assembly;",
            "Decides to remain seized of the matter.");

        var warning = Assert.Single(StyleChecker.Check(draft));
        Assert.Equal("PP2", warning.Label);
        Assert.Equal("A preambular paragraph should end with \",\".", warning.Message);
    }
}
