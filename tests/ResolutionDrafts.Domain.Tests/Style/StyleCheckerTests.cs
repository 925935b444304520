using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Style;

namespace ResolutionDrafts.Domain.Tests.Style;

public sealed class StyleCheckerTests
{
    private static Draft Build(string language, params (ParagraphKind Kind, string Text)[] paragraphs)
    {
        var draft = Draft.Create(language).Value!;
        draft.SetTitle("A title");
        foreach (var (kind, text) in paragraphs)
        {
            draft.InsertParagraph(kind, text);
        }

        return draft;
    }

    [Fact]
    public void WellFormedEnglishDraft_HasNoWarnings()
    {
        var draft = Build("en",
            (ParagraphKind.Preambular, "Recalling its resolution 79/7,[^1]"),
            (ParagraphKind.Operative, "Requests the Secretary-General to report;"),
            (ParagraphKind.Operative, "Decides to remain seized of the matter."));
        draft.SetAuthorLine("The General Assembly,");

        Assert.Empty(StyleChecker.Check(draft));
    }

    [Theory]
    [InlineData("en", "Security Council", "S/RES/2799 (2026)", "Decides to remain seized of the matter.")]
    [InlineData("zh", "安全理事会", "S/RES/2799 (2026)", "决定继续积极处理此案。")]
    [InlineData("en", null, "S/RES/2799 (2026)", "Decides to remain seized of the matter.")]
    public void SecurityCouncilResolution_HasNoTitle_AndIsNotWarnedForIt(string language, string? body, string symbol, string text)
    {
        var draft = Draft.Create(language).Value!;
        draft.InsertParagraph(ParagraphKind.Operative, text);
        draft.SetMetadata(new DraftMetadata { Body = body, Symbol = symbol });
        draft.SetKind(DocumentKind.AdoptedResolution, null);

        Assert.DoesNotContain(StyleChecker.Check(draft), w => w.Code == "title-missing");
    }

    [Fact]
    public void GeneralAssemblyResolution_WithNoTitle_IsStillWarned()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.");
        draft.SetMetadata(new DraftMetadata { Body = "General Assembly", Symbol = "A/RES/80/4" });

        Assert.Contains(StyleChecker.Check(draft), w => w.Code == "title-missing");
    }

    [Fact]
    public void WrongEndings_AreReportedWithTheirLabels()
    {
        var draft = Build("en",
            (ParagraphKind.Preambular, "Recalling its resolution 79/7;"),
            (ParagraphKind.Operative, "Requests the Secretary-General to report."),
            (ParagraphKind.Operative, "Decides to remain seized of the matter;"));

        var warnings = StyleChecker.Check(draft);

        Assert.Equal(
            ["PP1: A preambular paragraph should end with \",\".", "OP1: An operative paragraph should end with \";\".", "OP2: The last operative paragraph should end with \".\"."],
            warnings.Select(w => w.ToString()));
    }

    [Theory]
    [InlineData("en", "Decides to amend article 3 to read as follows:", "OP2: This paragraph ends with \":\" but nothing follows it: add the quoted text or sub-paragraphs it introduces, or end it with \".\".")]
    [InlineData("zh", "决定将第3条修正如下：", "OP2: This paragraph ends with \"：\" but nothing follows it: add the quoted text or sub-paragraphs it introduces, or end it with \"。\".")]
    public void ALeadInWithNothingAfterIt_IsToldWhatIsMissing_NotThatItsColonIsWrong(string language, string leadIn, string expected)
    {
        var draft = Build(language, (ParagraphKind.Operative, language == "zh" ? "请秘书长提出报告；" : "Requests the Secretary-General to report;"), (ParagraphKind.Operative, leadIn));

        Assert.Equal([expected], StyleChecker.Check(draft).Select(w => w.ToString()));
        // In an adopted text it is no punctuation note: what the colon introduced was lost on the way in.
        draft.SetKind(DocumentKind.AdoptedResolution, null);
        Assert.False(Assert.Single(StyleChecker.Check(draft), w => w.Code == "lead-in-alone").IsNote);

        // Once its quoted text is there, nothing is left to say.
        Assert.True(draft.AddQuotedLine(draft.Paragraphs[^1].Id, language == "zh" ? "“第3条 本条已修正。”" : "“Article 3. This article is amended.”").IsSuccess);
        Assert.Empty(StyleChecker.Check(draft));
    }

    [Fact]
    public void ChineseDraft_UsesFullWidthPunctuation()
    {
        var good = Build("zh", (ParagraphKind.Preambular, "回顾其决议，"), (ParagraphKind.Operative, "促请缔约国；"), (ParagraphKind.Operative, "请各缔约国提供资源。"));
        var bad = Build("zh", (ParagraphKind.Preambular, "回顾其决议,"), (ParagraphKind.Operative, "促请缔约国;"), (ParagraphKind.Operative, "请各缔约国提供资源."));

        Assert.Empty(StyleChecker.Check(good));
        Assert.Equal(["PP1", "OP1", "OP2"], StyleChecker.Check(bad).Select(w => w.Label));
    }

    [Fact]
    public void PreambularAfterOperative_IsReported()
    {
        var draft = Build("en", (ParagraphKind.Operative, "Requests;"), (ParagraphKind.Preambular, "Noting,"), (ParagraphKind.Operative, "Decides."));

        var warning = Assert.Single(StyleChecker.Check(draft));

        Assert.Equal(("preambular-after-operative", "PP1"), (warning.Code, warning.Label));
    }

    [Fact]
    public void SubParagraphs_LeadInNeedsColonAndLastItemCarriesTheEnding()
    {
        var draft = Build("en", (ParagraphKind.Operative, "Requests the Secretary-General"), (ParagraphKind.Operative, "Decides."));
        var op1 = draft.Paragraphs[0].Id;
        draft.AddSubParagraph(op1, "to report;");
        draft.AddSubParagraph(op1, "to consult; and");
        draft.AddSubParagraph(op1, "to conclude.");

        var warnings = StyleChecker.Check(draft);

        Assert.Equal(["OP1: A lead-in to sub-paragraphs should end with \":\".", "OP1 (c): The last sub-paragraph should end with \";\"."],
            warnings.Select(w => w.ToString()));
    }

    /// <summary>
    /// Nested lead-ins that all lack the colon were a warning each, a line under every level of the list on the page; they
    /// are one, on the outermost, naming the others. A nested lead-in under one that has its colon is its own warning.
    /// </summary>
    [Theory]
    [InlineData("en", "Decides", "to establish", "in particular", "notably", ":", ";")]
    [InlineData("zh", "决定", "设立", "特别是", "尤其", "：", "；")]
    public void NestedLeadInsWithoutTheColon_AreOneWarningOnTheOutermost(string language, string lead, string a, string i, string deepest, string colon, string semicolon)
    {
        var draft = Build(language, (ParagraphKind.Operative, lead + semicolon), (ParagraphKind.Operative, lead + colon));
        var (op1, op2) = (draft.Paragraphs[0].Id, draft.Paragraphs[1].Id);
        var subA = draft.AddSubParagraph(op1, a + semicolon).Value!.Id;
        var subI = draft.AddSubParagraph(subA, i + semicolon).Value!.Id;
        var subIA = draft.AddSubParagraph(subI, deepest + semicolon).Value!.Id;
        draft.AddSubParagraph(subIA, deepest + semicolon);
        // Under OP2, whose lead-in has its colon, one nested lead-in lacks it: its own warning.
        var under2 = draft.AddSubParagraph(op2, a + semicolon).Value!.Id;
        draft.AddSubParagraph(under2, i + (language == "zh" ? "。" : "."));

        var leadIns = StyleChecker.Check(draft).Where(w => w.Code == "lead-in-ending").ToList();

        Assert.Equal(2, leadIns.Count);
        Assert.Equal("OP1", leadIns[0].Label);
        var labels = ResolutionDrafts.Domain.Numbering.ParagraphLabels.Compute(draft);
        Assert.Equal($"A lead-in to sub-paragraphs should end with \"{colon}\", and so should the lead-ins of {labels[subA].Label}, {labels[subI].Label} and {labels[subIA].Label} under it.",
            leadIns[0].Message);
        if (language == "en")
        {
            Assert.Equal("OP1 (a) (i) (a)", labels[subIA].Label);
        }

        Assert.Equal(("OP2 (a)", $"A lead-in to sub-paragraphs should end with \"{colon}\"."), (leadIns[1].Label, leadIns[1].Message));
    }

    [Fact]
    public void EmptyLiveParagraph_IsReported()
    {
        var draft = Build("en", (ParagraphKind.Operative, "Decides."));
        new ResolutionDrafts.Domain.Operations.EditText(draft.Paragraphs[0].Id,
            ResolutionDrafts.Domain.Operations.TextOperation.Builder().Delete(8).Build()).Apply(draft);

        var warning = Assert.Single(StyleChecker.Check(draft));

        Assert.Equal(("empty-paragraph", "OP1"), (warning.Code, warning.Label));
    }

    [Fact]
    public void ManualNumbering_IsReported()
    {
        var draft = Build("en", (ParagraphKind.Operative, "1. Decides to remain seized of the matter."));

        Assert.Contains(StyleChecker.Check(draft), w => w.Code == "manual-number");
    }
}
