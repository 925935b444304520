using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Documents.Tests.Export.NegotiationSamples;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// ADR 0038 amendment 2: the compilation of proposals to a lettered text names each paragraph as its wording does — the Chinese
/// column "执行部分(c)段", the English column the label "OP3" as for every text — and the wording says "operative paragraph (c)".
/// </summary>
public sealed class LetteredCompilationTests
{
    private static Draft Lettered(string language)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language).Value!;
        TestDrafts.Ok(draft.SetMetadata(new DraftMetadata { Symbol = "A/AC.96/L.1", OperativeNumbering = OperativeNumbering.Lettered }));
        draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其关于国际保护的结论，" : "Recalling its conclusions on international protection,", id: "pp1");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "注意到难民问题长期存在；" : "Notes the persistent dimension of refugee problems;", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "请高级专员报告保护情况；" : "Requests the High Commissioner to report;", id: "op2");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "鼓励各国继续接纳难民；" : "Encourages States to continue to receive refugees;", id: "op3");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定继续审查这一事项。" : "Decides to keep the matter under review.", id: "op4");
        return draft;
    }

    [Theory]
    [InlineData(DraftLanguage.English, "OP3", "In operative paragraph (c), ")]
    [InlineData(DraftLanguage.Chinese, "执行部分(c)段", "在执行部分(c)段中，")]
    public void TheRow_NamesTheParagraphAsTheWordingDoes(string language, string paragraph, string wording)
    {
        var text = Lettered(language);
        var zh = DraftLanguage.IsChinese(language);
        var proposal = Propose(text, "UG-1", d => Replace(d, "op3", zh ? "继续" : "continue to", zh ? "继续积极" : "continue actively to"), "Uganda");

        var row = Assert.Single(CompilationRows.Build(text, [proposal], language));

        Assert.Equal(paragraph, row.Paragraph);
        Assert.StartsWith(wording, row.Wording, StringComparison.Ordinal);
    }
}
