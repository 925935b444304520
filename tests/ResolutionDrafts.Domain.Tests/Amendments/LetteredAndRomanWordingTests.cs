using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// ADR 0038 amendment 2: a lettered or Roman operative paragraph prints no number, so a wording names it as it prints —
/// "operative paragraph (c)" / 执行部分(c)段 (the UN's "SPLOS/72, paragraph (a)" / "SPLOS/72号文件(a)段"), "operative paragraph III" /
/// 执行部分第三段 (the UN's Chinese writes a Roman number in words: 第二节, 第四.5段) — in every instruction that names one, its
/// sub-paragraphs too; "(1)" and "1)" keep the UN's "operative paragraph 3".
/// </summary>
public sealed class LetteredAndRomanWordingTests
{
    private static Draft Typed(string language, string? numbering)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { Symbol = "A/AC.96/L.1", OperativeNumbering = numbering }));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其关于国际保护的结论，" : "Recalling its conclusions on international protection,", id: "pp1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "注意到难民问题长期存在；" : "Notes the persistent dimension of refugee problems;", id: "op1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "请高级专员：" : "Requests the High Commissioner:", id: "op2"));
        Ok(draft.AddSubParagraph("op2", zh ? "报告保护情况；" : "to report on the protection situation;", id: "op2-a"));
        Ok(draft.AddSubParagraph("op2", zh ? "就分担负担问题与各国协商；" : "to consult States on burden-sharing;", id: "op2-b"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "鼓励各国继续接纳难民；" : "Encourages States to continue to receive refugees;", id: "op3"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定继续审查这一事项。" : "Decides to keep the matter under review.", id: "op4"));
        return draft;
    }

    private static string Only(Draft original, Action<Draft> edit, string language)
    {
        var amendment = RoundTrip(original, Proposed(original, edit));
        return Assert.Single(amendment.Wording(language));
    }

    public static TheoryData<string, string?, string, string, string> Names => new()
    {
        // language, numbering, the third paragraph, the second's second sub-paragraph, the third and fourth together
        { DraftLanguage.English, OperativeNumbering.Lettered, "operative paragraph (c)", "operative paragraph (b) (ii)", "operative paragraphs (c) and (d)" },
        { DraftLanguage.Chinese, OperativeNumbering.Lettered, "执行部分(c)段", "执行部分(b)㈡段", "执行部分(c)和(d)段" },
        { DraftLanguage.English, OperativeNumbering.Roman, "operative paragraph III", "operative paragraph II (b)", "operative paragraphs III and IV" },
        { DraftLanguage.Chinese, OperativeNumbering.Roman, "执行部分第三段", "执行部分第二(b)段", "执行部分第三和第四段" },
        { DraftLanguage.English, OperativeNumbering.Parenthesised, "operative paragraph 3", "operative paragraph 2 (b)", "operative paragraphs 3 and 4" },
        { DraftLanguage.Chinese, OperativeNumbering.ClosingParenthesis, "执行部分第3段", "执行部分第2(b)段", "执行部分第3和4段" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryInstruction_NamesTheParagraphAsItPrints(string language, string? numbering, string third, string sub, string both)
    {
        var draft = Typed(language, numbering);
        var zh = DraftLanguage.IsChinese(language);

        var words = Only(draft, d => Replace(d, "op3", zh ? "继续" : "continue to", zh ? "继续积极" : "continue actively to"), language);
        var inSub = Only(draft, d => Replace(d, "op2-b", zh ? "协商" : "consult", zh ? "充分协商" : "consult fully"), language);
        var delete = Only(draft, d => Ok(d.Delete("op3")), language);
        var deleteTwo = Only(draft, d => { Ok(d.Delete("op3")); Ok(d.Delete("op4")); }, language);
        var insert = Only(draft, d => Ok(d.InsertParagraph(ParagraphKind.Operative, zh ? "邀请捐助方提供捐款；" : "Invites donors to contribute;", index: 4, id: "new")), language);
        var move = Only(draft, d => Ok(d.Move("op4", 3)), language);

        Assert.StartsWith(zh ? $"在{third}中，" : $"In {third}, ", words, StringComparison.Ordinal);
        Assert.StartsWith(zh ? $"在{sub}中，" : $"In {sub}, ", inSub, StringComparison.Ordinal);
        Assert.Equal(zh ? $"删除{third}。" : $"Delete {third}.", delete);
        Assert.Equal(zh ? $"删除{both}。" : $"Delete {both}.", deleteTwo);
        Assert.StartsWith(zh ? $"在{third}之后插入" : $"After {third}, insert", insert, StringComparison.Ordinal);
        Assert.Contains(Fourth(numbering, zh), move, StringComparison.Ordinal);
    }

    private static string Fourth(string? numbering, bool zh) => (numbering, zh) switch
    {
        (OperativeNumbering.Lettered, false) => "operative paragraph (d)",
        (OperativeNumbering.Lettered, true) => "执行部分(d)段",
        (OperativeNumbering.Roman, false) => "operative paragraph IV",
        (OperativeNumbering.Roman, true) => "执行部分第四段",
        (_, false) => "operative paragraph 4",
        _ => "执行部分第4段",
    };

    [Theory]
    [InlineData(DraftLanguage.English, "paragraph (c) of the draft decision")]
    [InlineData(DraftLanguage.Chinese, "决定草案(c)段")]
    public void ALetteredDecision_NamesItsParagraphAsItPrints(string language, string third)
    {
        var draft = Typed(language, OperativeNumbering.Lettered);
        Ok(draft.SetKind(DocumentKind.DraftDecision, null));

        var words = Only(draft, d => Ok(d.Delete("op3")), language);

        Assert.Contains(third, words, StringComparison.Ordinal);
    }
}
