using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>The same changes worded in Chinese: 序言部分第三段, 执行部分第5段, “……” quotations; every case round-trips.</summary>
public sealed class ChineseWordingTests
{
    private static readonly Draft Original = Chinese(
        "PP 回顾其关于技术援助的各项决议，",
        "PP 重申《联合国反腐败公约》的各项原则，",
        "PP 关切地注意到发展筹资方面的差距，",
        "OP 欢迎秘书长的报告；",
        "OP 请秘书长向会员国提供技术援助；",
        "OP 鼓励会员国交流最佳做法；",
        "OP 吁请各国确保获得保健服务、性健康和生殖健康以及教育；",
        "OP 决定继续处理此案。");

    private static string Only(Draft proposed) => Assert.Single(RoundTrip(Original, proposed).Wording("zh"));

    [Fact]
    public void InsertWords_AfterWords()
    {
        var proposed = Proposed(Original, d => Replace(d, "op2", "技术援助", "技术援助，包括通过南南合作"));

        Assert.Equal("在执行部分第2段中，在“技术援助”之后插入“，包括通过南南合作”。", Only(proposed));
    }

    [Fact]
    public void ReplaceWords_InThePreamble_NamesTheParagraphWithAChineseNumeral()
    {
        var proposed = Proposed(Original, d => Replace(d, "pp3", "关切地注意到", "深为关切"));

        Assert.Equal("在序言部分第三段中，将“关切地注意到”改为“深为关切”。", Only(proposed));
    }

    [Fact]
    public void DeleteWords()
    {
        var proposed = Proposed(Original, d => Replace(d, "op4", "性健康和生殖健康以及", ""));

        Assert.Equal("在执行部分第4段中，删除“性健康和生殖健康以及”。", Only(proposed));
    }

    [Fact]
    public void DeleteParagraph()
    {
        var proposed = Proposed(Original, d => Ok(d.Delete("op4")));

        Assert.Equal("删除执行部分第4段。", Only(proposed));
    }

    [Fact]
    public void DeleteParagraphs_OfBothKinds_AreOneSentence()
    {
        var proposed = Proposed(Original, d =>
        {
            Ok(d.Delete("pp3"));
            Ok(d.Delete("op2"));
        });

        Assert.Equal("删除序言部分第三段和执行部分第2段。", Only(proposed));
    }

    [Fact]
    public void DeleteParagraphs_SeveralOfOneKind()
    {
        var proposed = Proposed(Original, d =>
        {
            Ok(d.Delete("pp2"));
            Ok(d.Delete("pp3"));
            Ok(d.Delete("op2"));
        });

        Assert.Equal("删除序言部分第二和第三段以及执行部分第2段。", Only(proposed));
    }

    [Fact]
    public void InsertParagraph_AfterAnOperativeParagraph()
    {
        var proposed = Proposed(Original, d => Ok(d.InsertParagraph(ParagraphKind.Operative, "邀请捐助方提供捐款；", index: 7, id: "new")));

        Assert.Equal("在执行部分第4段之后插入一个新段落，内容如下：“邀请捐助方提供捐款；”。", Only(proposed));
    }

    [Fact]
    public void InsertParagraph_AtTheStart()
    {
        var proposed = Proposed(Original, d => Ok(d.InsertParagraph(ParagraphKind.Preambular, "遵循《联合国宪章》，", index: 0, id: "new")));

        Assert.Equal("在序言部分第一段之前插入一个新段落，内容如下：“遵循《联合国宪章》，”。", Only(proposed));
    }

    [Fact]
    public void InsertParagraphs_Two()
    {
        var proposed = Proposed(Original, d =>
        {
            Ok(d.InsertParagraph(ParagraphKind.Operative, "邀请捐助方提供捐款；", index: 4, id: "n1"));
            Ok(d.InsertParagraph(ParagraphKind.Operative, "请提交报告；", index: 5, id: "n2"));
        });

        Assert.Equal("在执行部分第1段之后插入两个新段落，内容如下：“邀请捐助方提供捐款；”和“请提交报告；”。", Only(proposed));
    }

    [Fact]
    public void MoveParagraph()
    {
        var proposed = Proposed(Original, d => Ok(d.Move("op1", 6)));

        Assert.Equal("将执行部分第1段移至执行部分第4段之后。", Only(proposed));
    }

    [Fact]
    public void InsertWords_BeforeTheFullStop_AnchorFromAWordBoundary()
    {
        var proposed = Proposed(Original, d => Ok(d.SetText("op5", "决定继续处理此案，并在第八十一届会议上审议这一问题。")));

        Assert.Equal("在执行部分第5段中，在“决定继续处理此案”之后插入“，并在第八十一届会议上审议这一问题”。", Only(proposed));
    }

    [Fact]
    public void TwoChangesInOneParagraph_RunOnWith并()
    {
        var proposed = Proposed(Original, d =>
        {
            Replace(d, "op4", "吁请", "敦促");
            Replace(d, "op4", "以及教育", "");
        });

        Assert.Equal("在执行部分第4段中，将“吁请”改为“敦促”，并删除“以及教育”。", Only(proposed));
    }

    [Fact]
    public void InsertedCharacter_IsQuotedWithTheWordItJoins()
    {
        var proposed = Proposed(Original, d => Replace(d, "op2", "请秘书长", "邀请秘书长"));

        Assert.Equal("在执行部分第2段中，将“请秘书长”改为“邀请秘书长”。", Only(proposed));
    }

    [Fact]
    public void MostlyRewritten_ReplacesTheParagraph()
    {
        var proposed = Proposed(Original, d => Ok(d.SetText("op1", "注意到秘书长关于执行工作的说明；")));

        Assert.Equal("将执行部分第1段改为：“注意到秘书长关于执行工作的说明；”。", Only(proposed));
    }

    [Fact]
    public void SameAmendment_EnglishAndChinese_HaveTheSameItems()
    {
        var proposed = Proposed(Original, d =>
        {
            Ok(d.Delete("pp3"));
            Ok(d.Delete("op2"));
            Replace(d, "op3", "最佳做法", "良好做法");
        });

        var amendment = RoundTrip(Original, proposed);

        Assert.Equal(amendment.Wording("en").Count, amendment.Wording("zh").Count);
        Assert.Equal("1. 删除序言部分第三段和执行部分第2段。\n2. 在执行部分第3段中，将“最佳做法”改为“良好做法”。", amendment.Text("zh"));
    }

    [Fact]
    public void NearbyChanges_WidenedTowardsEachOther_BecomeOneWithoutRepeatingText()
    {
        // Found on A/RES/79/170: both changes grew to a word boundary inside the other's reach.
        var original = Chinese("OP 经济、贸易、社会和环境遭到破坏，国家内部和国家之间的不平等愈演愈烈，");
        var proposed = Proposed(original, d => Ok(d.SetText("op1", "经济、贸易、社会和环展可遭到破内内部和国家之间的不平等愈演愈烈，")));

        var instruction = Assert.Single(RoundTrip(original, proposed).Instructions);

        Assert.Equal("环境遭到破坏，国家内部", instruction.OldText);
        Assert.Equal("环展可遭到破内内部", instruction.NewText);
    }
}
