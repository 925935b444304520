using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Tests.Drafts;

public sealed class NumberingTests
{
    [Fact]
    public void Labels_AreComputedFromOrderAndRenumberAfterAMove()
    {
        var draft = Draft.Create("en").Value!;
        var pp1 = draft.InsertParagraph(ParagraphKind.Preambular, "Recalling,").Value!.Id;
        var pp2 = draft.InsertParagraph(ParagraphKind.Preambular, "Noting,").Value!.Id;
        var op1 = draft.InsertParagraph(ParagraphKind.Operative, "Requests:").Value!.Id;
        var a = draft.AddSubParagraph(op1, "first:").Value!.Id;
        var i = draft.AddSubParagraph(a, "item;").Value!.Id;
        var ii = draft.AddSubParagraph(a, "item.").Value!.Id;
        var deep = draft.AddSubParagraph(ii, "deepest.").Value!.Id;
        var op2 = draft.InsertParagraph(ParagraphKind.Operative, "Decides.").Value!.Id;

        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("PP1", labels[pp1].Label);
        Assert.Equal("PP2", labels[pp2].Label);
        Assert.Equal(("OP1", "1."), (labels[op1].Label, labels[op1].Marker));
        Assert.Equal(("OP1 (a)", "(a)"), (labels[a].Label, labels[a].Marker));
        Assert.Equal(("OP1 (a) (i)", "(i)"), (labels[i].Label, labels[i].Marker));
        Assert.Equal("(ii)", labels[ii].Marker);
        Assert.Equal(("OP1 (a) (ii) (a)", "a."), (labels[deep].Label, labels[deep].Marker));
        Assert.Equal("2.", labels[op2].Marker);
        Assert.Equal("", labels[pp1].Marker);

        draft.MoveBy(op2, -1);
        draft.Delete(pp1);
        labels = ParagraphLabels.Compute(draft);
        Assert.Equal("PP1", labels[pp2].Label);
        Assert.Equal(("OP1", "1."), (labels[op2].Label, labels[op2].Marker));
        Assert.Equal("OP2", labels[op1].Label);
    }

    [Fact]
    public void SingleOperativeParagraph_IsNotNumbered()
    {
        var draft = Draft.Create("en").Value!;
        var op = draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.").Value!.Id;

        Assert.Equal("", ParagraphLabels.Compute(draft)[op].Marker);
    }

    [Theory]
    [InlineData(1, "a")]
    [InlineData(26, "z")]
    [InlineData(27, "aa")]
    [InlineData(28, "bb")]
    public void Letters_AfterZ_DoubleAsTheUnDoes(int n, string expected) => Assert.Equal(expected, ParagraphLabels.Letters(n));

    [Theory]
    [InlineData(1, "i")]
    [InlineData(4, "iv")]
    [InlineData(9, "ix")]
    [InlineData(14, "xiv")]
    public void Roman_Numerals(int n, string expected) => Assert.Equal(expected, ParagraphLabels.Roman(n));

    [Theory]
    [InlineData(3, "third")]
    [InlineData(12, "twelfth")]
    [InlineData(20, "twentieth")]
    [InlineData(21, "twenty-first")]
    [InlineData(38, "thirty-eighth")]
    public void Ordinals_InEnglish(int n, string expected) => Assert.Equal(expected, Ordinals.English(n));

    [Fact]
    public void SponsorsLine_EnglishRevised_JoinsWithCommasAndAnd()
    {
        var draft = Draft.Create("en", DocumentKind.RevisedDraftResolution, 1).Value!;
        foreach (var name in new[] { "Australia", "Brazil", "Israel", "United States of America" })
        {
            draft.AddSponsor(new Sponsor(name));
        }

        draft.AddSponsor(new Sponsor("Chile", Additional: true, Joined: new DateOnly(2025, 11, 3)));

        Assert.Equal("Australia, Brazil, Israel and United States of America: revised draft resolution", SponsorsLine.Format(draft));
    }

    [Fact]
    public void SponsorsLine_Chinese_UsesEnumerationCommaAndHe()
    {
        var draft = Draft.Create("zh", DocumentKind.RevisedDraftResolution, 1).Value!;
        foreach (var name in new[] { "澳大利亚", "巴西", "以色列", "美利坚合众国" })
        {
            draft.AddSponsor(new Sponsor(name));
        }

        Assert.Equal("澳大利亚、巴西、以色列和美利坚合众国：决议修订草案", SponsorsLine.Format(draft));
    }

    [Fact]
    public void SponsorsLine_OfATextNoStateSponsors_SaysWhoSubmittedIt_UntilASponsorIsAdded()
    {
        var draft = Draft.Create("en", DocumentKind.DraftResolution).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { SubmittedBy = "the Chair of the Committee following informal consultations" }).IsSuccess);
        var chinese = Draft.Create("zh", DocumentKind.RevisedDraftDecision, 1).Value!;
        Assert.True(chinese.SetMetadata(new DraftMetadata { SubmittedBy = "委员会主席经非正式协商后" }).IsSuccess);
        var adopted = Draft.Create("en", DocumentKind.AdoptedResolution).Value!;
        Assert.True(adopted.SetMetadata(new DraftMetadata { SubmittedBy = "the President of the General Assembly" }).IsSuccess);

        Assert.Equal("Draft resolution submitted by the Chair of the Committee following informal consultations", SponsorsLine.Format(draft));
        Assert.Equal("委员会主席经非正式协商后提交的决定修订草案", SponsorsLine.Format(chinese));
        Assert.Null(SponsorsLine.Format(adopted)); // an adopted text prints no sponsors line
        draft.AddSponsor(new Sponsor("Cuba"));
        Assert.Equal("Cuba: draft resolution", SponsorsLine.Format(draft));
    }

    [Fact]
    public void SponsorsLine_GroupSponsorAndAmendment()
    {
        var draft = Draft.Create("en", DocumentKind.Amendment).Value!;
        draft.SetMetadata(new DraftMetadata { AmendsSymbol = "A/C.3/80/L.20/Rev.1" });
        draft.AddSponsor(new Sponsor("Uganda", OnBehalfOf: "the States Members of the United Nations that are members of the Group of 77 and China"));

        Assert.Equal(
            "Uganda (on behalf of the States Members of the United Nations that are members of the Group of 77 and China): amendment to revised draft resolution A/C.3/80/L.20/Rev.1",
            SponsorsLine.Format(draft));
    }

    [Theory]
    [InlineData("en", DocumentKind.DraftResolution, "Draft resolution")]
    [InlineData("en", DocumentKind.RevisedDraftResolution, "Revised draft resolution")]
    [InlineData("zh", DocumentKind.DraftResolution, "决议草案")]
    public void SponsorsLine_WithNobodyNamed_IsAHeadingOfItsOwn(string language, DocumentKind kind, string expected)
    {
        // A Chair's or President's text, or a Security Council draft before its sponsors are known: not a bare "draft resolution".
        var draft = Draft.Create(language, kind, kind == DocumentKind.RevisedDraftResolution ? 1 : null).Value!;

        Assert.Equal(expected, SponsorsLine.Format(draft));
    }

    [Fact]
    public void SponsorsLine_AdoptedResolution_HasNone()
    {
        var draft = Draft.Create("en", DocumentKind.AdoptedResolution).Value!;
        draft.AddSponsor(new Sponsor("Cuba"));

        Assert.Null(SponsorsLine.Format(draft));
    }
}
