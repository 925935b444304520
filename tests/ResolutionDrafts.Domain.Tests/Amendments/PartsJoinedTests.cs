using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Drafts.PartsTests;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Several parts ended in one proposal, and the part left renamed with them (ADR 0016 amendment 14): parts after one
/// another joined to the part before them are one join ("Join resolutions B and C to resolution A"), and the part left
/// renamed is said of that part before the join, so the resolution it becomes carries the new title.
/// </summary>
public sealed class PartsJoinedTests
{
    private static Draft Changed(Draft original, Func<Draft, DomainResult<DraftOperation>> change) =>
        Proposed(original, d => Ok(change(d).Value!.Apply(d)));

    /// <summary><see cref="TwoParts"/> with parts C, D … after it, each a preambular and an operative paragraph.</summary>
    private static Draft Parts(int count, string language = DraftLanguage.English)
    {
        var draft = TwoParts(language);
        var chinese = DraftLanguage.IsChinese(language);
        for (var k = 2; k < count; k++)
        {
            var letter = (char)('c' + k - 2);
            Ok(draft.InsertParagraph(ParagraphKind.Preambular, chinese ? $"回顾其第{k}号决议，" : $"Recalling its resolution {k},", id: $"{letter}-pp1"));
            Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? $"决定第{k}项；" : $"Decides item {k};", id: $"{letter}-op1"));
            Ok(draft.SetPart($"{letter}-pp1", new DraftPart(chinese ? $"第{k}项" : $"Item {k}", chinese ? "大会，" : "The General Assembly,")));
        }

        return draft;
    }

    /// <summary>The page's "Remove part" on each paragraph in turn, as a delegate proposes it.</summary>
    private static Draft Removed(Draft original, params string[] ids) =>
        ids.Aggregate(original, (d, id) => Changed(d, x => PartEdges.Remove(x, id)));

    [Fact]
    public void PartBEnded_AndPartARenamed_OfTwo_IsTheRenameThenTheJoin_AndTheResolutionTakesTheNewTitle_InEnglishAndChinese()
    {
        foreach (var (language, expected) in new[]
        {
            (DraftLanguage.English, new[]
            {
                "In the title of resolution A, replace “Information in the service of humanity” with “Information for all”.",
                "Join resolution B to resolution A, deleting its title and author line.",
            }),
            (DraftLanguage.Chinese, new[]
            {
                "在决议A的标题中，将“Information in the service of humanity”改为“Information for all”。",
                "将决议B并入决议A，删除其标题和主语行。",
            }),
        })
        {
            var original = TwoParts(language);
            var renamed = Changed(original, d => PartEdges.Edit(d, "a-pp1", PartA with { Title = "Information for all" }));
            var proposed = Removed(renamed, "b-pp1");
            Assert.Equal("Information for all", proposed.Title);

            var amendment = RoundTrip(original, proposed);

            Assert.Equal(expected, amendment.Wording(DraftLanguage.IsChinese(language) ? "zh" : "en"));
            var applied = AmendmentApplier.Apply(original, amendment).Value!;
            Assert.False(applied.HasParts);
            Assert.Equal("Information for all", applied.Title);
        }
    }

    [Fact]
    public void PartBEnded_AndPartAsAuthorLineChanged_OfTwo_IsSaidOfPartA_AndTheResolutionTakesIt()
    {
        var original = TwoParts();
        var proposed = Removed(Changed(original, d => PartEdges.Edit(d, "a-pp1", PartA with { AuthorLine = "The Economic and Social Council," })), "b-pp1");

        var amendment = RoundTrip(original, proposed);

        Assert.Equal(
            ["In resolution A, replace the author line “The General Assembly,” with “The Economic and Social Council,”.",
             "Join resolution B to resolution A, deleting its title and author line."],
            amendment.Wording("en"));
        Assert.Equal("The Economic and Social Council,", AmendmentApplier.Apply(original, amendment).Value!.AuthorLine);
    }

    [Fact]
    public void PartAEnded_AndPartBRenamed_OfTwo_IsBRenamedThenAJoinedToB_NotARenamedToBsTitle_InEnglishAndChinese()
    {
        foreach (var (language, expected) in new[]
        {
            (DraftLanguage.English, new[]
            {
                "In the title of resolution B, replace “United Nations global communications policies and activities” with “United Nations global communications policies”.",
                "Join resolution A to resolution B, deleting its title and author line.",
            }),
            (DraftLanguage.Chinese, new[]
            {
                "在决议B的标题中，将“United Nations global communications policies and activities”改为“United Nations global communications policies”。",
                "将决议A并入决议B，删除其标题和主语行。",
            }),
        })
        {
            var original = TwoParts(language);
            var renamed = Changed(original, d => PartEdges.Edit(d, "b-pp1", PartB with { Title = "United Nations global communications policies" }));
            var proposed = Removed(renamed, "a-pp1");
            Assert.Equal("United Nations global communications policies", proposed.Title);

            var amendment = RoundTrip(original, proposed);

            Assert.Equal(expected, amendment.Wording(DraftLanguage.IsChinese(language) ? "zh" : "en"));
            var applied = AmendmentApplier.Apply(original, amendment).Value!;
            Assert.False(applied.HasParts);
            Assert.Equal(proposed.Title, applied.Title);
            Assert.Equal(proposed.AuthorLine, applied.AuthorLine);
        }
    }

    [Fact]
    public void PartAEnded_AndPartBsAuthorLineChanged_OfTwo_IsSaidOfPartB_ThenAJoinedToB()
    {
        var original = TwoParts();
        var proposed = Removed(Changed(original, d => PartEdges.Edit(d, "b-pp1", PartB with { AuthorLine = "The Economic and Social Council," })), "a-pp1");

        var amendment = RoundTrip(original, proposed);

        Assert.Equal(
            ["In resolution B, replace the author line “The General Assembly,” with “The Economic and Social Council,”.",
             "Join resolution A to resolution B, deleting its title and author line."],
            amendment.Wording("en"));
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.Equal("The Economic and Social Council,", applied.AuthorLine);
        Assert.Equal(PartB.Title, applied.Title);
    }

    [Fact]
    public void PartBEnded_WhenAWithNoTitleOfItsOwnIsGivenOne_IsWordedAsTheTitleGiven_AndTheResolutionTakesIt_InEnglishAndChinese()
    {
        foreach (var (language, expected) in new[]
        {
            (DraftLanguage.English, new[]
            {
                "Give resolution A the title “Information for all”.",
                "Join resolution B to resolution A, deleting its title and author line.",
            }),
            (DraftLanguage.Chinese, new[]
            {
                "为决议A加上标题“Information for all”。",
                "将决议B并入决议A，删除其标题和主语行。",
            }),
        })
        {
            // Part A without a title of its own (the Chinese files of 76/84 give their parts none).
            var original = Changed(TwoParts(language), d => PartEdges.Edit(d, "a-pp1", PartA with { Title = "" }));
            var proposed = Removed(Changed(original, d => PartEdges.Edit(d, "a-pp1", PartA with { Title = "Information for all" })), "b-pp1");
            Assert.Equal("Information for all", proposed.Title);

            var amendment = RoundTrip(original, proposed);

            Assert.Equal(expected, amendment.Wording(DraftLanguage.IsChinese(language) ? "zh" : "en"));
            var applied = AmendmentApplier.Apply(original, amendment).Value!;
            Assert.False(applied.HasParts);
            Assert.Equal("Information for all", applied.Title);
        }
    }

    [Fact]
    public void PartAEnded_WhenBWithNoAuthorLineOfItsOwnIsGivenOne_IsWordedAsTheAuthorLineGiven()
    {
        var original = Changed(TwoParts(), d => PartEdges.Edit(d, "b-pp1", PartB with { AuthorLine = "" }));
        var proposed = Removed(Changed(original, d => PartEdges.Edit(d, "b-pp1", PartB with { AuthorLine = "The Economic and Social Council," })), "a-pp1");

        var amendment = RoundTrip(original, proposed);

        Assert.Equal(
            ["Give resolution B the author line “The Economic and Social Council,”.",
             "Join resolution A to resolution B, deleting its title and author line."],
            amendment.Wording("en"));
        Assert.Equal("为决议B加上主语行“The Economic and Social Council,”。", amendment.Wording("zh")[0]);
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.Equal("The Economic and Social Council,", applied.AuthorLine);
        Assert.Equal(PartB.Title, applied.Title);
    }

    /// <summary>
    /// Two parts whose titles both share words with the new title and which differ in their author lines (ADR 0016
    /// amendment 17): the part ended and the part renamed are each read from what the delegate did, whichever it is, so
    /// the wording renames the part left and joins the other to it, and the resolution takes the new title and the part
    /// left's author line. Titles alike ("Information" in both) or the same, English and Chinese.
    /// </summary>
    [Theory]
    [InlineData(DraftLanguage.English, "a-pp1", "Information and communications", "Information and communications", false)]
    [InlineData(DraftLanguage.English, "b-pp1", "Information and communications", "Information and communications", false)]
    [InlineData(DraftLanguage.English, "a-pp1", "Information in the service of humanity", "Information policies and activities", false)]
    [InlineData(DraftLanguage.English, "b-pp1", "Information in the service of humanity", "Information policies and activities", false)]
    [InlineData(DraftLanguage.English, "a-pp1", "Information and communications", "Information and communications", true)]
    [InlineData(DraftLanguage.English, "b-pp1", "Information and communications", "Information and communications", true)]
    [InlineData(DraftLanguage.English, "a-pp1", "Information in the service of humanity", "Information policies and activities", true)]
    [InlineData(DraftLanguage.English, "b-pp1", "Information in the service of humanity", "Information policies and activities", true)]
    [InlineData(DraftLanguage.Chinese, "a-pp1", "新闻和传播", "新闻和传播", false)]
    [InlineData(DraftLanguage.Chinese, "b-pp1", "新闻和传播", "新闻和传播", false)]
    [InlineData(DraftLanguage.Chinese, "a-pp1", "新闻为人类服务", "新闻政策和活动", false)]
    [InlineData(DraftLanguage.Chinese, "b-pp1", "新闻为人类服务", "新闻政策和活动", false)]
    [InlineData(DraftLanguage.Chinese, "a-pp1", "新闻和传播", "新闻和传播", true)]
    [InlineData(DraftLanguage.Chinese, "b-pp1", "新闻和传播", "新闻和传播", true)]
    [InlineData(DraftLanguage.Chinese, "a-pp1", "新闻为人类服务", "新闻政策和活动", true)]
    [InlineData(DraftLanguage.Chinese, "b-pp1", "新闻为人类服务", "新闻政策和活动", true)]
    public void OnePartEnded_TheOtherRenamed_TitlesSharingWords_AuthorLinesDiffering_RenamesThePartLeft_AndJoinsTheOtherToIt(
        string language, string ended, string titleA, string titleB, bool authorLineToo)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var (council, newTitle) = chinese ? ("经济及社会理事会，", "新闻、传播和技术") : ("The Economic and Social Council,", "Information, communications and technology");
        var original = TwoParts(language);
        Ok(original.SetPart("a-pp1", new DraftPart(titleA, chinese ? "大会，" : PartA.AuthorLine)));
        Ok(original.SetPart("b-pp1", new DraftPart(titleB, council)));
        var (left, leftLetter, endedLetter) = ended == "a-pp1" ? ("b-pp1", "B", "A") : ("a-pp1", "A", "B");
        var leftPart = original.Paragraphs.Single(p => p.Id == left).Part!;
        // The author line too, where asked, changed by a word as a delegate corrects it: it still shares most with its own.
        var newAuthorLine = !authorLineToo ? leftPart.AuthorLine : chinese ? leftPart.AuthorLine.Replace("，", "全体会议，", StringComparison.Ordinal) : leftPart.AuthorLine.Replace(",", " in plenary,", StringComparison.Ordinal);
        var proposed = Removed(Changed(original, d => PartEdges.Edit(d, left, leftPart with { Title = newTitle, AuthorLine = newAuthorLine })), ended);
        Assert.Equal(newTitle, proposed.Title);
        Assert.Equal(newAuthorLine, proposed.AuthorLine);

        var amendment = RoundTrip(original, proposed);

        var title = chinese ? $"在决议{leftLetter}的标题中，将“{leftPart.Title}”改为“{newTitle}”。" : $"In the title of resolution {leftLetter}, replace “{leftPart.Title}” with “{newTitle}”.";
        var authorLine = chinese ? $"在决议{leftLetter}中，将主语行“{leftPart.AuthorLine}”改为“{newAuthorLine}”。" : $"In resolution {leftLetter}, replace the author line “{leftPart.AuthorLine}” with “{newAuthorLine}”.";
        var join = chinese ? $"将决议{endedLetter}并入决议{leftLetter}，删除其标题和主语行。" : $"Join resolution {endedLetter} to resolution {leftLetter}, deleting its title and author line.";
        Assert.Equal(authorLineToo ? [title, authorLine, join] : [title, join], amendment.Wording(chinese ? "zh" : "en"));
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.False(applied.HasParts);
        Assert.Equal(newTitle, applied.Title);
        Assert.Equal(newAuthorLine, applied.AuthorLine);
    }

    /// <summary>
    /// A part left alone (two removals at once; ADR 0016 amendments 14 and 15) ended by a proposal: the resolution takes the
    /// part's title and author line, so the wording says that, not that they are deleted.
    /// </summary>
    [Fact]
    public void ALonePartAEnded_IsWordedAsItsLetterDeleted_TheResolutionTakingItsTitleAndAuthorLine_InEnglishAndChinese()
    {
        foreach (var (language, expected) in new[]
        {
            (DraftLanguage.English, "Delete the letter “A”, so that the text is no longer in parts, its title being “Information in the service of humanity” and its author line “The General Assembly,”."),
            (DraftLanguage.Chinese, "删除字母“A”，案文不再分为几部分，其标题为“Information in the service of humanity”，主语行为“The General Assembly,”。"),
        })
        {
            var original = TwoParts(language);
            Ok(original.SetPart("b-pp1", null));

            var amendment = RoundTrip(original, Removed(original, "a-pp1"));

            Assert.Equal(expected, Assert.Single(amendment.Wording(DraftLanguage.IsChinese(language) ? "zh" : "en")));
            var applied = AmendmentApplier.Apply(original, amendment).Value!;
            Assert.False(applied.HasParts);
            Assert.Equal(PartA.Title, applied.Title);
        }
    }

    [Fact]
    public void ALonePartWithNoTitleEnded_SaysNoTitle_TheResolutionKeepsItsOwn()
    {
        var original = TwoParts();
        Ok(original.SetPart("b-pp1", null));
        Ok(original.SetPart("a-pp1", PartA with { Title = "" }));

        var amendment = RoundTrip(original, Removed(original, "a-pp1"));

        Assert.Equal("Delete the letter “A”, so that the text is no longer in parts, its author line being “The General Assembly,”.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("Questions relating to information", AmendmentApplier.Apply(original, amendment).Value!.Title);
    }

    [Fact]
    public void PartsBAndCEnded_OfThree_IsOneJoinToA_InEnglishAndChinese_AndLeavesAPlainResolution()
    {
        var original = Parts(3);
        var chinese = Parts(3, DraftLanguage.Chinese);

        var amendment = RoundTrip(original, Removed(original, "b-pp1", "c-pp1"));
        var inChinese = RoundTrip(chinese, Removed(chinese, "c-pp1", "b-pp1"));

        Assert.Equal("Join resolutions B and C to resolution A, deleting their titles and author lines.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("将决议B和C并入决议A，删除其标题和主语行。", Assert.Single(inChinese.Wording("zh")));
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.False(applied.HasParts);
        Assert.Equal(PartA.Title, applied.Title);
        Assert.Equal("OP3", ParagraphLabels.Compute(applied)["b-op1"].Label);
    }

    [Fact]
    public void PartsBCAndDEnded_OfFour_IsOneJoinToA_InEnglishAndChinese()
    {
        var original = Parts(4);
        var chinese = Parts(4, DraftLanguage.Chinese);

        var amendment = RoundTrip(original, Removed(original, "d-pp1", "b-pp1", "c-pp1"));
        var inChinese = RoundTrip(chinese, Removed(chinese, "b-pp1", "c-pp1", "d-pp1"));

        Assert.Equal("Join resolutions B, C and D to resolution A, deleting their titles and author lines.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("将决议B、C和D并入决议A，删除其标题和主语行。", Assert.Single(inChinese.Wording("zh")));
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.False(applied.HasParts);
        Assert.Equal(PartA.Title, applied.Title);
    }

    [Fact]
    public void PartsCAndDEnded_OfFour_AreJoinedToB_AndTwoPartsStay()
    {
        var original = Parts(4);

        var amendment = RoundTrip(original, Removed(original, "c-pp1", "d-pp1"));

        Assert.Equal("Join resolutions C and D to resolution B, deleting their titles and author lines.", Assert.Single(amendment.Wording("en")));
        var applied = AmendmentApplier.Apply(original, amendment).Value!;
        Assert.Equal(["a-pp1", "b-pp1"], applied.Paragraphs.Where(p => p.Part is not null).Select(p => p.Id));
        Assert.Equal("B OP4", ParagraphLabels.Compute(applied)["c-op1"].Label);
    }

    [Fact]
    public void PartsBAndDEnded_OfFour_AreTwoJoins_EachToThePartBeforeIt()
    {
        var original = Parts(4);

        var amendment = RoundTrip(original, Removed(original, "b-pp1", "d-pp1"));

        Assert.Equal(
            ["Join resolution B to resolution A, deleting its title and author line.",
             "Join resolution D to resolution C, deleting its title and author line."],
            amendment.Wording("en"));
    }

    [Fact]
    public void PartsBAndCEnded_ProposedAgainstThreeParts_StillJoinAfterAParagraphWasPutAtPartCsHead()
    {
        var original = Parts(3);
        var amendment = AmendmentBuilder.Compute(original, Removed(original, "b-pp1", "c-pp1"));
        // Since: a paragraph was put at the head of part C on the page.
        var since = Proposed(original, d => Ok(PartEdges.InsertBefore(d, new InsertParagraph("new", ParagraphKind.Preambular, 8, "Noting its decision,")).Apply(d)));

        var rebased = AmendmentRebase.Onto(since, amendment.Instructions);
        Assert.True(rebased.IsSuccess, rebased.Error);
        var applied = AmendmentApplier.Apply(since, rebased.Value!);

        Assert.True(applied.IsSuccess, applied.Error);
        Assert.False(applied.Value!.HasParts);
        Assert.Equal("Join resolutions B and C to resolution A, deleting their titles and author lines.", Assert.Single(rebased.Value!.Wording("en")));
    }
}
