using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// A draft's numbering of sub-paragraphs (ADR 0036): the UN's (a), (i), a., i. unless the draft stores another body's, level
/// by level ("(1) (a)" for a World Health Assembly resolution). Labels, markers, wordings and the renumbering after a change
/// follow it; the UN's is stored as nothing, so every draft made before is unchanged.
/// </summary>
public sealed class SubParagraphNumberingTests
{
    /// <summary>"1. URGES Member States: (1) to …; (2) to …: (a) …; (b) …", numbered as <paramref name="numbering"/> says.</summary>
    private static Draft Wha(string? numbering, string language = DraftLanguage.English)
    {
        var draft = Draft.Create(language).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { Symbol = "WHA79.12", SubParagraphNumbering = numbering }));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "URGES Member States:", id: "op1"));
        Ok(draft.AddSubParagraph("op1", "to strengthen primary health care;", id: "op1-a"));
        Ok(draft.AddSubParagraph("op1", "to allocate adequate resources:", id: "op1-b"));
        Ok(draft.AddSubParagraph("op1-b", "to primary health care;", id: "op1-b-i"));
        Ok(draft.AddSubParagraph("op1-b", "to the health workforce;", id: "op1-b-ii"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "REQUESTS the Director-General to report.", id: "op2"));
        return draft;
    }

    [Fact]
    public void ADraftNumberedAsTheWorldHealthAssemblyDoes_LabelsAndMarksItsLevelsSo()
    {
        var labels = ParagraphLabels.Compute(Wha("(1) (a)"));

        Assert.Equal("(1)", labels["op1-a"].Marker);
        Assert.Equal("OP1 (2)", labels["op1-b"].Label);
        Assert.Equal("(b)", labels["op1-b-ii"].Marker);
        Assert.Equal("OP1 (2) (b)", labels["op1-b-ii"].Label);
        Assert.Equal("2.", labels["op2"].Marker);
    }

    [Fact]
    public void TheUnsNumbering_IsStoredAsNothing_AndLabelsAsBefore()
    {
        var draft = Wha("(a) (i)");

        Assert.Null(draft.Metadata.SubParagraphNumbering);
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("OP1 (b) (ii)", labels["op1-b-ii"].Label);
        Assert.Equal("(ii)", labels["op1-b-ii"].Marker);
        Assert.Equal("(1)", Wha("(1) (i)").Metadata.SubParagraphNumbering); // the levels after the last it changes are the UN's
    }

    [Theory]
    [InlineData("1)", "1)", "OP1 (2)", "2)")]
    [InlineData("a)", "a)", "OP1 (b)", "b)")]
    [InlineData("(i) (a)", "(i)", "OP1 (ii)", "(ii)")]
    [InlineData("i) (a)", "i)", "OP1 (ii)", "ii)")]
    public void EveryNumbering_PrintsItsMarker_AndLabelsInParentheses(string numbering, string first, string secondLabel, string secondMarker)
    {
        var labels = ParagraphLabels.Compute(Wha(numbering));

        Assert.Equal(first, labels["op1-a"].Marker);
        Assert.Equal(secondLabel, labels["op1-b"].Label);
        Assert.Equal(secondMarker, labels["op1-b"].Marker);
    }

    [Theory]
    [InlineData("(x)")]
    [InlineData("(1) (1)")]
    [InlineData("(i)")] // (i) at the first level and, the UN's, at the second: labels alike
    [InlineData("(1) (a) a. i. (i)")]
    [InlineData("i) a.")] // a. at the second level and, the UN's, at the third
    public void ANumberingThatCannotBe_IsRefused_AndTheDraftKeepsItsOwn(string numbering)
    {
        var draft = Wha("(1)");

        var result = draft.SetMetadata(draft.Metadata with { SubParagraphNumbering = numbering });

        Assert.False(result.IsSuccess);
        Assert.Contains("sub-paragraph numbering", result.Error, StringComparison.Ordinal);
        Assert.Equal("(1)", draft.Metadata.SubParagraphNumbering);
        Assert.NotNull(new SetMetadata(draft.Metadata with { SubParagraphNumbering = numbering }).Apply(draft.Clone()).Error);
    }

    [Fact]
    public void AfterASubParagraphIsInsertedOrDeleted_TheOthersAreNumberedAgainInTheirNumbering()
    {
        var draft = Wha("(1) (a)");

        Ok(draft.AddSubParagraph("op1", "to train health workers;", index: 0, id: "op1-new"));
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("OP1 (1)", labels["op1-new"].Label);
        Assert.Equal("OP1 (3) (b)", labels["op1-b-ii"].Label);

        Ok(draft.Delete("op1-new"));
        Ok(draft.Delete("op1-b-i"));
        labels = ParagraphLabels.Compute(draft);
        Assert.Equal("OP1 (2) (a)", labels["op1-b-ii"].Label);
    }

    [Fact]
    public void AChineseText_PrintsTheLevelNumberedI_WithParenthesizedIdeographs_AtWhateverDepth()
    {
        var chinese = ParagraphLabels.Compute(Wha("(i) (a)", DraftLanguage.Chinese));
        var wha = ParagraphLabels.Compute(Wha("(1) (a)", DraftLanguage.Chinese));
        var un = ParagraphLabels.Compute(Wha(null, DraftLanguage.Chinese));

        Assert.Equal("㈡", chinese["op1-b"].PrintedMarker(DraftLanguage.Chinese));
        Assert.Equal("(b)", chinese["op1-b-ii"].PrintedMarker(DraftLanguage.Chinese));
        Assert.Equal("(2)", wha["op1-b"].PrintedMarker(DraftLanguage.Chinese));
        Assert.Equal("(b)", wha["op1-b-ii"].PrintedMarker(DraftLanguage.Chinese));
        Assert.Equal("㈡", un["op1-b-ii"].PrintedMarker(DraftLanguage.Chinese));
        Assert.Equal("(ii)", chinese["op1-b"].PrintedMarker(DraftLanguage.English));
    }

    [Fact]
    public void AnAmendment_NamesSubParagraphsByTheirPrintedNumbers()
    {
        var english = Wha("(1) (a)");
        var chinese = Wha("(1) (a)", DraftLanguage.Chinese);

        var en = Assert.Single(RoundTrip(english, Proposed(english, d => Replace(d, "op1-b-ii", "health workforce", "health and care workforce"))).Wording("en"));
        var zh = Assert.Single(RoundTrip(chinese, Proposed(chinese, d => Replace(d, "op1-b", "adequate", "sufficient"))).Wording("zh"));
        var deleted = Assert.Single(RoundTrip(english, Proposed(english, d => Ok(d.Delete("op1-a")))).Wording("en"));

        Assert.StartsWith("In operative paragraph 1 (2) (b), ", en, StringComparison.Ordinal);
        Assert.StartsWith("在执行部分第1(2)段中，", zh, StringComparison.Ordinal);
        Assert.Contains("operative paragraph 1 (1)", deleted, StringComparison.Ordinal);
        Assert.DoesNotContain("(a)", deleted, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewParagraphsOwnSubParagraphs_AreQuotedWithTheDraftsNumbers_AtTheirDepth()
    {
        var english = Wha("(1) (a)");
        var un = Wha(null);
        void AddRequest(Draft d)
        {
            Ok(d.InsertParagraph(ParagraphKind.Operative, "REQUESTS the regional committees:", id: "op3"));
            Ok(d.AddSubParagraph("op3", "to review progress;", id: "op3-a"));
            Ok(d.AddSubParagraph("op3", "to report;", id: "op3-b"));
        }

        void AddSub(Draft d)
        {
            Ok(d.AddSubParagraph("op1", "to train health workers in:", id: "op1-c"));
            Ok(d.AddSubParagraph("op1-c", "primary care;", id: "op1-c-i"));
        }

        var paragraph = Assert.Single(RoundTrip(english, Proposed(english, AddRequest)).Wording("en"));
        var sub = Assert.Single(RoundTrip(english, Proposed(english, AddSub)).Wording("en"));
        var unSub = Assert.Single(RoundTrip(un, Proposed(un, AddSub)).Wording("en"));

        Assert.Contains("“REQUESTS the regional committees: (1) to review progress; (2) to report;”", paragraph, StringComparison.Ordinal);
        Assert.Contains("“to train health workers in: (a) primary care;”", sub, StringComparison.Ordinal);
        Assert.Contains("“to train health workers in: (i) primary care;”", unSub, StringComparison.Ordinal); // the UN's second level, not (a)
    }

    [Fact]
    public void TheNumbering_IsAFieldAComparisonNames()
    {
        var before = Wha(null);
        var after = Wha("(1) (a)");

        var change = Assert.Single(Domain.Comparison.DraftComparer.Compare(before, after).Metadata);

        Assert.Equal("subParagraphNumbering", change.Field);
        Assert.Equal("(1) (a)", change.NewValue);
        Assert.Equal("sub-paragraph numbering", Domain.Comparison.FieldNames.Name(change.Field, DraftLanguage.English));
        Assert.Equal("分段编号", Domain.Comparison.FieldNames.Name(change.Field, DraftLanguage.Chinese));
    }
}
