using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Drafts.SectionsTests;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>
/// A section numbered from 1 again is opened by its first paragraph, as a part is, so inserts and moves at its
/// edge say which side they mean as they do for parts (ADR 0016, amendment 4; <see cref="PartEdges"/>): before
/// a section's first paragraph is the head of that section, and the section's heading goes with its opening; a
/// section's first paragraph moved away or deleted leaves the section where it was.
/// </summary>
public sealed class SectionEdgesTests
{
    // Budget(): pp1; section I ("I. Financial performance …"): op1 op2; section II ("II. Revised estimates"): pp2 op3 op4.
    private const string SectionTwo = "II. Revised estimates";

    [Fact]
    public void PlainInsert_BeforeASectionsFirstParagraph_LandsInTheSectionBefore()
    {
        // What the plain operation does, and why the page must not send it alone there.
        var draft = Budget();
        Ok(new InsertParagraph("new", ParagraphKind.Operative, 3, "Decides;").Apply(draft));

        Assert.Equal("I OP3", ParagraphLabels.Compute(draft)["new"].Label);
    }

    [Fact]
    public void InsertBefore_ASectionsFirstParagraph_HeadsThatSectionUnderItsHeading()
    {
        var draft = Budget();

        Ok(PartEdges.InsertBefore(draft, new InsertParagraph("new", ParagraphKind.Preambular, 3, "Recalling its resolution 75/253,")).Apply(draft));

        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("II PP1", labels["new"].Label);
        Assert.Equal("II PP2", labels["pp2"].Label);
        Assert.Equal("II OP1", labels["op3"].Label);
        var head = (Paragraph)draft.FindNode("new")!;
        var old = (Paragraph)draft.FindNode("pp2")!;
        Assert.True(head.OpensSection);
        Assert.Equal(SectionTwo, head.Heading);
        Assert.False(old.OpensSection);
        Assert.Null(old.Heading);
    }

    [Fact]
    public void InsertBefore_TheFirstSectionAfterTheResolutionsOwnPreamble_HeadsSectionI()
    {
        var draft = Budget();

        Ok(PartEdges.InsertBefore(draft, new InsertParagraph("new", ParagraphKind.Operative, 1, "Reaffirms its role;")).Apply(draft));

        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("PP1", labels["pp1"].Label);
        Assert.Equal("I OP1", labels["new"].Label);
        Assert.Equal("I OP2", labels["op1"].Label);
        Assert.StartsWith("I. Financial performance report", ((Paragraph)draft.FindNode("new")!).Heading);
    }

    [Fact]
    public void InsertBefore_ASectionOpenerThatHasAHeadingOfItsOwn_KeepsBothHeadings()
    {
        var draft = Budget();

        Ok(PartEdges.InsertBefore(draft, new InsertParagraph("new", ParagraphKind.Operative, 3, "Decides;", "II. Other estimates")).Apply(draft));

        // Nothing typed is lost: the new paragraph's heading names the section, the old one stays on its paragraph.
        Assert.Equal("II. Other estimates", ((Paragraph)draft.FindNode("new")!).Heading);
        Assert.Equal(SectionTwo, ((Paragraph)draft.FindNode("pp2")!).Heading);
        Assert.Equal("II OP1", ParagraphLabels.Compute(draft)["new"].Label);
    }

    [Fact]
    public void Delete_ASectionsFirstParagraph_LeavesTheSectionWhereItIs()
    {
        var draft = Budget();

        Ok(DeleteParagraph.KeepingPart(draft, "pp2").Value!.Apply(draft));

        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("II OP1", labels["op3"].Label);
        Assert.Equal("1.", labels["op3"].Marker);
        Assert.Equal(SectionTwo, ((Paragraph)draft.FindNode("op3")!).Heading);
        Assert.Equal("I OP2", labels["op2"].Label);
    }

    [Fact]
    public void Delete_ASectionsOnlyParagraph_RemovesTheSection()
    {
        var draft = Budget();
        Ok(draft.SetSection("op2", true));

        Ok(DeleteParagraph.KeepingPart(draft, "op2").Value!.Apply(draft));

        // The next paragraph opens a section already: nothing is handed on, and sections I and II remain.
        Assert.Equal("II PP1", ParagraphLabels.Compute(draft)["pp2"].Label);
        Assert.Equal(2, draft.Paragraphs.Count(p => p.OpensSection));
    }

    [Fact]
    public void Move_ASectionsFirstParagraphElsewhere_LeavesTheSectionWhereItWas()
    {
        var draft = Budget();

        Ok(PartEdges.Move(draft, "pp2", 0).Value!.Apply(draft));

        Assert.Equal(["pp2", "pp1", "op1", "op2", "op3", "op4"], draft.Paragraphs.Select(p => p.Id));
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("PP1", labels["pp2"].Label);
        Assert.Equal("II OP1", labels["op3"].Label);
        Assert.Equal(SectionTwo, ((Paragraph)draft.FindNode("op3")!).Heading);
        Assert.Null(((Paragraph)draft.FindNode("pp2")!).Heading);
    }

    [Fact]
    public void Move_ToTheVeryStartOfADraftThatOpensWithASection_HeadsIt()
    {
        var draft = Budget();
        Ok(draft.SetSection("pp1", true));
        Ok(draft.SetHeading("pp1", "I. General"));
        Ok(draft.SetHeading("op1", null));
        Ok(draft.SetSection("op1", false));

        Ok(PartEdges.Move(draft, "op4", 0).Value!.Apply(draft));

        Assert.Equal("op4", draft.Paragraphs[0].Id);
        Assert.True(draft.Paragraphs[0].OpensSection);
        Assert.Equal("I. General", draft.Paragraphs[0].Heading);
        Assert.False(draft.Paragraphs[1].OpensSection);
    }

    [Fact]
    public void Move_ASectionsOnlyParagraph_IsRefusedWithTheReason()
    {
        var draft = Budget();
        Ok(draft.SetSection("op2", true));
        Ok(draft.SetHeading("op2", "II. Other matters"));
        Ok(draft.SetHeading("pp2", "III. Revised estimates"));

        var moved = PartEdges.Move(draft, "op2", 0);

        Assert.Equal("It is the only paragraph of section II: add another to the section, or close the section, first.", moved.Error);
    }

    [Fact]
    public void MoveBy_UpFromASectionsFirstParagraph_StepsIntoTheSectionBeforeWithoutMoving()
    {
        var draft = Budget();

        Ok(PartEdges.MoveBy(draft, "pp2", -1).Value!.Apply(draft));

        Assert.Equal(["pp1", "op1", "op2", "pp2", "op3", "op4"], draft.Paragraphs.Select(p => p.Id));
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("I PP1", labels["pp2"].Label);
        Assert.Equal("II OP1", labels["op3"].Label);
        Assert.Equal(SectionTwo, ((Paragraph)draft.FindNode("op3")!).Heading);
    }

    [Fact]
    public void MoveBy_DownFromASectionsLastParagraph_StepsIntoTheSectionAfterAndOpensIt()
    {
        var draft = Budget();

        Ok(PartEdges.MoveBy(draft, "op2", +1).Value!.Apply(draft));

        Assert.Equal(["pp1", "op1", "op2", "pp2", "op3", "op4"], draft.Paragraphs.Select(p => p.Id));
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("II OP1", labels["op2"].Label);
        Assert.Equal("II OP2", labels["op3"].Label);
        Assert.Equal(SectionTwo, ((Paragraph)draft.FindNode("op2")!).Heading);
        Assert.Equal("I OP1", labels["op1"].Label);
    }

    [Fact]
    public void MoveBy_UpOntoASectionsFirstPlace_TakesOverTheOpening()
    {
        var draft = Budget();

        Ok(PartEdges.MoveBy(draft, "op3", -1).Value!.Apply(draft));

        Assert.Equal(["pp1", "op1", "op2", "op3", "pp2", "op4"], draft.Paragraphs.Select(p => p.Id));
        Assert.True(draft.Paragraphs[3].OpensSection);
        Assert.Equal(SectionTwo, draft.Paragraphs[3].Heading);
        Assert.False(draft.Paragraphs[4].OpensSection);
        Assert.Equal("II OP1", ParagraphLabels.Compute(draft)["op3"].Label);
    }

    [Fact]
    public void MoveBy_DownFromASectionsFirstPlace_LeavesTheSectionWhereItIs()
    {
        var draft = Budget();

        Ok(PartEdges.MoveBy(draft, "pp2", +1).Value!.Apply(draft));

        Assert.Equal(["pp1", "op1", "op2", "op3", "pp2", "op4"], draft.Paragraphs.Select(p => p.Id));
        Assert.True(draft.Paragraphs[3].OpensSection);
        Assert.Equal(SectionTwo, draft.Paragraphs[3].Heading);
        Assert.Null(draft.Paragraphs[4].Heading);
    }

    [Fact]
    public void MoveBy_DownFromTheOnlyParagraphOfASection_IsRefused()
    {
        var draft = Budget();
        Ok(draft.SetSection("op2", true));

        Assert.StartsWith("It is the only paragraph of section", PartEdges.MoveBy(draft, "op2", +1).Error);
    }

    [Fact]
    public void AtAnEdgeOfBothAPartAndASection_BothStayTogether()
    {
        var draft = Budget();
        Ok(draft.SetPart("pp1", new DraftPart("Programme budget", "The General Assembly,")));
        Ok(draft.SetPart("pp2", new DraftPart("Revised estimates", "The General Assembly,")));

        Ok(PartEdges.InsertBefore(draft, new InsertParagraph("new", ParagraphKind.Preambular, 3, "Recalling,")).Apply(draft));
        Ok(DeleteParagraph.KeepingPart(draft, "new").Value!.Apply(draft));

        var head = (Paragraph)draft.FindNode("pp2")!;
        Assert.Equal("Revised estimates", head.Part?.Title);
        Assert.True(head.OpensSection);
        Assert.Equal(SectionTwo, head.Heading);
        Assert.Equal("B II PP1", ParagraphLabels.Compute(draft)["pp2"].Label);
    }

    [Fact]
    public void MoveBy_DownFromAPartsOnlyPreambleParagraph_OpensThePartsFirstSection()
    {
        // Part B opens at pp2 (its one paragraph before its first section, which op3 opens).
        var draft = Budget(sections: false);
        Ok(draft.SetPart("pp1", new DraftPart("Programme budget", "The General Assembly,")));
        Ok(draft.SetPart("pp2", new DraftPart("Revised estimates", "The General Assembly,")));
        Ok(draft.SetHeading("pp2", null));
        Ok(draft.SetSection("op3", true));

        Ok(PartEdges.MoveBy(draft, "pp2", +1).Value!.Apply(draft));

        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("B I PP1", labels["pp2"].Label);
        Assert.Equal("B I OP1", labels["op3"].Label);
        Assert.NotNull(draft.Paragraphs[3].Part);
    }

    [Fact]
    public void Section_OpensAndCloses_WithTheReasonWhenThereIsNothingToDo()
    {
        var draft = Budget();

        Ok(PartEdges.Section(draft, "pp2", false).Value!.Apply(draft));
        Assert.Equal("I OP3", ParagraphLabels.Compute(draft)["op3"].Label);
        Assert.Equal(SectionTwo, ((Paragraph)draft.FindNode("pp2")!).Heading);

        Ok(PartEdges.Section(draft, "op3", true).Value!.Apply(draft));
        Assert.Equal("II OP1", ParagraphLabels.Compute(draft)["op3"].Label);

        Assert.Equal("This paragraph already opens a section.", PartEdges.Section(draft, "op3", true).Error);
        Assert.Equal("This paragraph does not open a section.", PartEdges.Section(draft, "op4", false).Error);
    }
}
