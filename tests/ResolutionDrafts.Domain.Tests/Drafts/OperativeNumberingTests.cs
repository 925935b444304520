using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// A draft's own numbering of operative paragraphs (ADR 0038): "(1)", "(2)" or "1)", "2)" as another body prints them, the
/// UN's "1." stored as nothing. The markers follow it; labels ("OP2") and wordings ("operative paragraph 2") do not.
/// </summary>
public sealed class OperativeNumberingTests
{
    private static Draft Wha(string? operative, string language = DraftLanguage.English, string? sub = "(1)")
    {
        var draft = Draft.Create(language).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { Symbol = "WHA79.12", SubParagraphNumbering = sub, OperativeNumbering = operative }));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, "Recalling resolution WHA78.1;", id: "pp1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "DECIDES to establish a fund;", id: "op1"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "URGES Member States:", id: "op2"));
        Ok(draft.AddSubParagraph("op2", "to contribute to the fund;", id: "op2-a"));
        Ok(draft.AddSubParagraph("op2", "to report on their contributions;", id: "op2-b"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "REQUESTS the Director-General to report.", id: "op3"));
        return draft;
    }

    [Theory]
    [InlineData("(1)", "(1)", "(3)")]
    [InlineData("1)", "1)", "3)")]
    [InlineData("(a)", "(a)", "(c)")]
    [InlineData("I.", "I.", "III.")]
    [InlineData(null, "1.", "3.")]
    public void TheMarkers_FollowTheDraftsNumbering_TheLabelsDoNot(string? operative, string first, string third)
    {
        var labels = ParagraphLabels.Compute(Wha(operative));

        Assert.Equal(first, labels["op1"].Marker);
        Assert.Equal(third, labels["op3"].Marker);
        Assert.Equal("OP3", labels["op3"].Label);
        Assert.Equal("OP2 (2)", labels["op2-b"].Label);
        Assert.Equal("(2)", labels["op2-b"].Marker);
        Assert.Equal("", labels["pp1"].Marker);
    }

    [Fact]
    public void ChineseDraft_PrintsTheSameMarkers()
    {
        var labels = ParagraphLabels.Compute(Wha("(1)", DraftLanguage.Chinese));

        Assert.Equal("(2)", labels["op2"].PrintedMarker(DraftLanguage.Chinese));
        Assert.Equal("OP2", labels["op2"].Label);
    }

    [Fact]
    public void ASingleOperativeParagraph_StaysUnnumbered()
    {
        var draft = Draft.Create(DraftLanguage.English).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { OperativeNumbering = "(1)" }));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Decides to close the session.", id: "op1"));

        Assert.Equal("", ParagraphLabels.Compute(draft)["op1"].Marker);
    }

    [Theory]
    [InlineData("1.", null)]
    [InlineData("", null)]
    [InlineData("(1)", "(1)")]
    [InlineData("（1）", "(1)")]
    [InlineData(" 1) ", "1)")]
    [InlineData("(a)", "(a)")]
    [InlineData("（a）", "(a)")]
    [InlineData("I.", "I.")]
    public void SetMetadata_StoresTheNumberingCanonically_TheUnsAsNothing(string typed, string? stored)
    {
        var draft = Draft.Create(DraftLanguage.English).Value!;

        Ok(draft.SetMetadata(new DraftMetadata { OperativeNumbering = typed }));

        Assert.Equal(stored, draft.Metadata.OperativeNumbering);
    }

    [Theory]
    [InlineData("(b)")]
    [InlineData("(2)")]
    [InlineData("II.")]
    [InlineData("(i)")]
    [InlineData("A.")]
    [InlineData("i.")]
    public void SetMetadata_RefusesANumberingItCannotPrint_AndKeepsTheOld(string typed)
    {
        var draft = Wha("(1)");

        var result = draft.SetMetadata(draft.Metadata with { OperativeNumbering = typed });

        Assert.False(result.IsSuccess);
        Assert.Contains("operative numbering", result.Error, StringComparison.Ordinal);
        Assert.Contains(typed, result.Error, StringComparison.Ordinal);
        Assert.Equal("(1)", draft.Metadata.OperativeNumbering);
        Assert.NotNull((draft.Metadata with { OperativeNumbering = typed }).Problem());
    }

    [Fact]
    public void AnAmendment_NamesTheParagraphAsTheUnDoes_ByItsPlace()
    {
        var english = Wha("(1)");
        var chinese = Wha("(1)", DraftLanguage.Chinese);

        var en = Assert.Single(RoundTrip(english, Proposed(english, d => Replace(d, "op3", "to report", "to report annually"))).Wording("en"));
        var sub = Assert.Single(RoundTrip(english, Proposed(english, d => Replace(d, "op2-b", "report", "report annually"))).Wording("en"));
        var zh = Assert.Single(RoundTrip(chinese, Proposed(chinese, d => Replace(d, "op3", "to report", "to report annually"))).Wording("zh"));

        Assert.StartsWith("In operative paragraph 3, ", en, StringComparison.Ordinal);
        Assert.StartsWith("In operative paragraph 2 (2), ", sub, StringComparison.Ordinal);
        Assert.StartsWith("在执行部分第3段中，", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNumbering_IsAFieldAComparisonNames()
    {
        var before = Wha(null);
        var after = Wha("(1)");

        var comparison = Domain.Comparison.DraftComparer.Compare(before, after);
        var change = Assert.Single(comparison.Metadata);

        Assert.Equal("operativeNumbering", change.Field);
        Assert.Equal("(1)", change.NewValue);
        Assert.Equal("operative paragraph numbering", Domain.Comparison.FieldNames.Name(change.Field, DraftLanguage.English));
        Assert.Equal("执行部分段落编号", Domain.Comparison.FieldNames.Name(change.Field, DraftLanguage.Chinese));
    }

    [Theory]
    [InlineData("(c)", "(a)", 3)]
    [InlineData("(i)", "(a)", 9)]
    [InlineData("(aa)", "(a)", 27)]
    [InlineData("（b）", "(a)", 2)]
    [InlineData("IV.", "I.", 4)]
    [InlineData("XIX.", "I.", 19)]
    [InlineData("(12)", "(1)", 12)]
    [InlineData("12.", "1.", 12)]
    public void APrintedMarker_GivesItsNumberingAndNumber(string marker, string style, int number)
    {
        // ADR 0038 amendment 1: letters and Roman numerals are operative numberings too; "(i)" is the ninth letter.
        Assert.Equal(style, OperativeNumbering.StyleOf(marker));
        Assert.Equal(number, OperativeNumbering.NumberOf(marker));
        Assert.Equal(marker.Replace('（', '(').Replace('）', ')'), OperativeNumbering.Marker(style == "1." ? null : style, number));
    }

    [Theory]
    [InlineData("IIII.")]
    [InlineData("(ab)")]
    [InlineData("A.")]
    [InlineData("(A)")]
    [InlineData("iv.")]
    public void WhatIsNoOperativeNumber_GivesNone(string marker)
    {
        Assert.Null(OperativeNumbering.StyleOf(marker));
        Assert.Null(OperativeNumbering.NumberOf(marker));
    }
}
