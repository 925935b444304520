using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Domain.Style;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// Resolutions in parts (A/RES/75/101 A–B; ADR 0016): a part is opened by its first paragraph, its
/// letter follows from the order, and labels, numbers, wording, style and comparison restart in each.
/// </summary>
public sealed class PartsTests
{
    internal static readonly DraftPart PartA = new("Information in the service of humanity", "The General Assembly,");
    internal static readonly DraftPart PartB = new("United Nations global communications policies and activities", "The General Assembly,");

    /// <summary>Part A: PP1, OP1–OP2; part B: PP1–PP2, OP1–OP3 (ids a-pp1 … b-op3, as the importer gives them).</summary>
    internal static Draft TwoParts(string language = DraftLanguage.English)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetTitle(chinese ? "与新闻有关的问题" : "Questions relating to information"));
        Ok(draft.SetAuthorLine(PartA.AuthorLine));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, chinese ? "注意到秘书长的报告，" : "Taking note of the report of the Secretary-General,", id: "a-pp1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "促请所有国家合作；" : "Urges all countries to cooperate;", id: "a-op1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "决定继续审议。" : "Decides to remain seized of the matter.", id: "a-op2"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, chinese ? "强调新闻的作用，" : "Emphasizing the role of information,", id: "b-pp1"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, chinese ? "重申其各项决议，" : "Reaffirming its resolutions,", id: "b-pp2"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "请秘书长报告；" : "Requests the Secretary-General to report;", id: "b-op1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "鼓励各国分享做法；" : "Encourages Member States to share practices;", id: "b-op2"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "决定将该项目列入议程。" : "Decides to include the item in its agenda.", id: "b-op3"));
        Ok(draft.AddSubParagraph("b-op2", chinese ? "国家一级；" : "At the national level;", id: "b-op2-a"));
        Ok(draft.SetPart("a-pp1", PartA));
        Ok(draft.SetPart("b-pp1", PartB));
        return draft;
    }

    [Fact]
    public void Labels_RestartInEachPart_AndCarryItsLetter()
    {
        var labels = ParagraphLabels.Compute(TwoParts());

        Assert.Equal("A PP1", labels["a-pp1"].Label);
        Assert.Equal("A OP2", labels["a-op2"].Label);
        Assert.Equal("2.", labels["a-op2"].Marker);
        Assert.Equal("B PP2", labels["b-pp2"].Label);
        Assert.Equal("B OP1", labels["b-op1"].Label);
        Assert.Equal("1.", labels["b-op1"].Marker);
        Assert.Equal(1, labels["b-op1"].Number);
        Assert.Equal("B OP2 (a)", labels["b-op2-a"].Label);
        Assert.Equal("B", labels["b-op2-a"].Part);
    }

    [Fact]
    public void Labels_ASingleOperativeParagraphInAPart_IsNotNumbered()
    {
        var draft = TwoParts();
        Ok(draft.Delete("a-op1"));

        var labels = ParagraphLabels.Compute(draft);

        Assert.Equal("", labels["a-op2"].Marker);
        Assert.Equal("A OP1", labels["a-op2"].Label);
        Assert.Equal("1.", labels["b-op1"].Marker);
    }

    [Fact]
    public void Labels_WithoutParts_AreAsBefore()
    {
        var draft = TwoParts();
        Ok(draft.SetPart("a-pp1", null));
        Ok(draft.SetPart("b-pp1", null));

        var labels = ParagraphLabels.Compute(draft);

        Assert.False(draft.HasParts);
        Assert.Equal("PP3", labels["b-pp2"].Label);
        Assert.Equal("OP5", labels["b-op3"].Label);
        Assert.Null(labels["b-op3"].Part);
        Assert.DoesNotContain(" part ", DraftCanonicalForm.Of(draft), StringComparison.Ordinal);
    }

    [Fact]
    public void PartLetters_FollowTheOrder()
    {
        var draft = TwoParts();
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Decides to act.", id: "c-op1"));
        Ok(draft.SetPart("c-op1", new DraftPart("Third", "The General Assembly,")));

        var parts = PartLetters.Parts(draft.Paragraphs);

        Assert.Equal(["A", "B", "C"], parts.Select(p => p.Letter));
        Assert.Equal(["b-pp1", "b-pp2", "b-op1", "b-op2", "b-op3"], parts[1].Paragraphs.Select(p => p.Id));
        Assert.Equal("C OP1", ParagraphLabels.Compute(draft)["c-op1"].Label);
    }

    [Fact]
    public void SetPart_OnASubParagraphOrWithALineBreak_IsRefusedAndChangesNothing()
    {
        var draft = TwoParts();
        var before = DraftCanonicalForm.Of(draft);

        Assert.False(draft.SetPart("b-op2-a", PartB).IsSuccess);
        var broken = draft.SetPart("b-op1", new DraftPart("Two\nlines", "The General Assembly,"));

        Assert.False(broken.IsSuccess);
        Assert.Contains("part's title", broken.Error, StringComparison.Ordinal);
        Assert.Equal(before, DraftCanonicalForm.Of(draft));
    }

    [Fact]
    public void Clone_KeepsTheParts_AndTheCanonicalFormNamesThem()
    {
        var draft = TwoParts();

        var copy = draft.Clone();

        Assert.Equal(PartB, copy.Paragraphs[3].Part);
        Assert.Equal(DraftCanonicalForm.Of(draft), DraftCanonicalForm.Of(copy));
        Assert.Contains("part \"United Nations global communications policies and activities\"", DraftCanonicalForm.Of(draft), StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_TheFirstParagraphOfAPart_JoinsTheRestToThePartBefore()
    {
        var draft = TwoParts();

        Ok(draft.Delete("b-pp1"));

        Assert.Equal("A PP2", ParagraphLabels.Compute(draft)["b-pp2"].Label);
    }

    [Fact]
    public void DeleteKeepingPart_HandsThePartOnToTheNextParagraph()
    {
        var draft = TwoParts();

        var delete = DeleteParagraph.KeepingPart(draft, "b-pp1");
        Ok(delete);
        Ok(delete.Value!.Apply(draft));

        Assert.Equal(PartB, draft.FindNode("b-pp2") is Paragraph p ? p.Part : null);
        Assert.Equal("B PP1", ParagraphLabels.Compute(draft)["b-pp2"].Label);
    }

    [Fact]
    public void SetPart_Transform_TheLaterStands_AndInsideADeletedParagraphItIsDropped()
    {
        var draft = TwoParts();
        var earlier = new SetPart("b-op1", new DraftPart("C title", "The General Assembly,"));
        var later = new SetPart("b-op1", null);

        var (e, l) = DraftOperation.Transform(earlier, later).Value;
        var (_, dropped) = DraftOperation.Transform(DeleteParagraph.Of(draft, "b-op1").Value!, earlier).Value;

        Assert.IsType<NoOp>(e);
        Assert.Same(later, l);
        Assert.Equal(new NoOp(DropReasons.ParagraphDeleted), dropped);
    }

    [Fact]
    public void SetPart_RoundTripsAsJson()
    {
        var operation = new SetPart("b-pp1", PartB);

        var json = DraftOperationJson.Serialize(operation);
        var back = DraftOperationJson.Parse(json);

        Assert.Contains("\"type\":\"setPart\"", json, StringComparison.Ordinal);
        Assert.Equal(operation, back.Value);
    }

    [Fact]
    public void DraftDelta_CarriesAChangeOfPart()
    {
        var from = TwoParts();
        var to = from.Clone();
        Ok(to.SetPart("b-pp1", new DraftPart("A new title", "The General Assembly,")));

        var delta = DraftDelta.Between(from, to);
        Ok(delta);
        Ok(delta.Value!.Apply(from));

        Assert.Equal(DraftCanonicalForm.Of(to), DraftCanonicalForm.Of(from));
    }

    [Fact]
    public void Wording_NamesTheParagraphOfItsPart_InEnglish()
    {
        var original = TwoParts();
        var proposed = Proposed(original, d => Replace(d, "b-op1", "to report", "to report annually"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("en"));

        Assert.StartsWith("In operative paragraph 1 of resolution B, ", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_NamesThePreambularParagraphOfItsPart_InEnglish()
    {
        var original = TwoParts();
        var proposed = Proposed(original, d => Replace(d, "b-pp2", "its resolutions", "all its resolutions"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("en"));

        Assert.StartsWith("In the second preambular paragraph of resolution B, ", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_NamesTheParagraphOfItsPart_InChinese()
    {
        var original = TwoParts(DraftLanguage.Chinese);
        var proposed = Proposed(original, d => Replace(d, "b-op1", "请秘书长报告", "请秘书长每年报告"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("zh"));

        Assert.Contains("决议B执行部分第1段", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_DeletingParagraphsOfTwoParts_NamesEachPart()
    {
        var original = TwoParts();
        var proposed = Proposed(original, d =>
        {
            Ok(d.Delete("a-op1"));
            Ok(d.Delete("b-op2"));
        });

        var text = RoundTrip(original, proposed).Text("en");

        Assert.Contains("operative paragraph 1 of resolution A", text, StringComparison.Ordinal);
        Assert.Contains("operative paragraph 2 of resolution B", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StyleCheck_EachPartHasItsOwnPreambleAndLastParagraph()
    {
        var warnings = StyleChecker.Check(TwoParts());

        Assert.DoesNotContain(warnings, w => w.Code == "preambular-after-operative");
        // A OP2 ends part A with a full stop, as the last operative paragraph of a part does.
        Assert.DoesNotContain(warnings, w => w.ParagraphId == "a-op2");
    }

    [Fact]
    public void StyleCheck_WithoutParts_StillWarnsOfAPreambularParagraphAfterOperativeOnes()
    {
        var draft = TwoParts();
        Ok(draft.SetPart("b-pp1", null));

        var warnings = StyleChecker.Check(draft);

        Assert.Contains(warnings, w => w.Code == "preambular-after-operative" && w.ParagraphId == "b-pp1");
    }

    [Fact]
    public void Comparison_ShowsThePartsAndAChangedPartTitle()
    {
        var old = TwoParts();
        var now = old.Clone();
        Ok(now.SetPart("b-pp1", PartB with { Title = "Global communications" }));

        var comparison = DraftComparer.Compare(old, now);
        var opener = comparison.Paragraphs.Single(p => p.Id == "b-pp1");
        var first = comparison.Paragraphs.Single(p => p.Id == "a-pp1");

        Assert.True(opener.IsPartChanged);
        Assert.Equal(ParagraphChange.Modified, opener.Change);
        Assert.Equal("Global communications", opener.NewPart!.Title);
        Assert.Equal("B", opener.NewPartLetter);
        Assert.Equal("B PP1", opener.NewLabel);
        Assert.False(first.IsPartChanged);
        Assert.Equal(PartA, first.NewPart);
    }
}
