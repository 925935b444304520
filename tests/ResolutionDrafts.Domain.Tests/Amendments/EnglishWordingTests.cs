using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>Each kind of change, worded in English as issued amendments word it; every case also round-trips.</summary>
public sealed class EnglishWordingTests
{
    private static readonly Draft Original = English(
        "PP Recalling its resolution 70/1 of 25 September 2015,",
        "PP Reaffirming the Charter of the United Nations,",
        "PP Noting with concern the gaps in funding for development,",
        "OP Welcomes the report of the Secretary-General;",
        "OP Requests the Secretary-General to provide technical assistance to Member States;",
        "OP Encourages Member States to share best practices;",
        "OP Calls upon States to ensure access to health-care services, sexual and reproductive health, and education;",
        "OP Decides to remain seized of the matter.");

    private static string Only(Draft proposed)
    {
        var amendment = RoundTrip(Original, proposed);
        return Assert.Single(amendment.Wording("en"));
    }

    [Fact]
    public void InsertWords_AfterUniqueWords_SaysAfterTheWordsInsertTheWords()
    {
        var original = English("OP Requests the Secretary-General to continue to provide technical assistance and to mobilize financial assistance;");
        var proposed = Proposed(original, d => Replace(d, "op1", "technical assistance", "technical assistance including through South-South cooperation"));

        Assert.Equal(
            "In the operative paragraph, after the words “technical assistance”, insert the words “including through South-South cooperation”.",
            Assert.Single(RoundTrip(original, proposed).Wording("en")));
    }

    [Fact]
    public void InsertWords_TheShortestUniqueAnchorIsQuoted()
    {
        // "assistance" occurs once, so one word says where.
        var proposed = Proposed(Original, d => Replace(d, "op2", "assistance", "assistance, including through South-South cooperation,"));

        Assert.Equal(
            "In operative paragraph 2, after the word “assistance”, insert the words “, including through South-South cooperation,”.",
            Only(proposed));
    }

    [Fact]
    public void InsertWords_BetweenWords_QuotesTheNewWordsWithoutTheirSpaces()
    {
        var proposed = Proposed(Original, d => Replace(d, "op3", "share best", "share and disseminate best"));

        Assert.Equal("In operative paragraph 3, after the word “share”, insert the words “and disseminate”.", Only(proposed));
    }

    [Fact]
    public void ReplaceWords_InPreambularParagraph_NamesItByOrdinal()
    {
        var proposed = Proposed(Original, d => Replace(d, "pp3", "Noting with concern", "Deeply concerned about"));

        Assert.Equal(
            "In the third preambular paragraph, replace the words “Noting with concern” with the words “Deeply concerned about”.",
            Only(proposed));
    }

    [Fact]
    public void ReplaceWords_OneWord_SaysTheWord()
    {
        var proposed = Proposed(Original, d => Replace(d, "op1", "Welcomes", "Notes"));

        Assert.Equal("In operative paragraph 1, replace the word “Welcomes” with the word “Notes”.", Only(proposed));
    }

    [Fact]
    public void DeleteWords_AsTheIssuedDocumentsQuoteThem()
    {
        var proposed = Proposed(Original, d => Replace(d, "op4", "sexual and reproductive health, ", ""));

        Assert.Equal("In operative paragraph 4, delete “sexual and reproductive health,”.", Only(proposed));
    }

    [Fact]
    public void DeleteParagraph_Alone()
    {
        var proposed = Proposed(Original, d => Ok(d.Delete("op4")));

        Assert.Equal("Delete operative paragraph 4.", Only(proposed));
    }

    [Fact]
    public void DeleteParagraphs_OfBothKinds_AreOneSentence()
    {
        var proposed = Proposed(Original, d =>
        {
            Ok(d.Delete("pp2"));
            Ok(d.Delete("pp3"));
            Ok(d.Delete("op2"));
            Ok(d.Delete("op4"));
        });

        Assert.Equal("Delete the second and third preambular paragraphs and operative paragraphs 2 and 4.", Only(proposed));
    }

    [Fact]
    public void InsertParagraph_AfterAnOperativeParagraph()
    {
        var proposed = Proposed(Original, d => Ok(d.InsertParagraph(ParagraphKind.Operative, "Invites donors to contribute;", index: 5, id: "new")));

        Assert.Equal("After operative paragraph 2, insert a new paragraph reading: “Invites donors to contribute;”.", Only(proposed));
    }

    [Fact]
    public void InsertParagraph_AtTheStart_SaysBeforeTheFirstPreambularParagraph()
    {
        var proposed = Proposed(Original, d => Ok(d.InsertParagraph(ParagraphKind.Preambular, "Guided by the Charter,", index: 0, id: "new")));

        Assert.Equal("Before the first preambular paragraph, insert a new paragraph reading: “Guided by the Charter,”.", Only(proposed));
    }

    [Fact]
    public void InsertParagraph_FirstOperative_SaysBeforeOperativeParagraph1()
    {
        var proposed = Proposed(Original, d => Ok(d.InsertParagraph(ParagraphKind.Operative, "Reaffirms its commitment;", index: 3, id: "new")));

        Assert.Equal("Before operative paragraph 1, insert a new paragraph reading: “Reaffirms its commitment;”.", Only(proposed));
    }

    [Fact]
    public void InsertParagraphs_Two_AreOneInstruction()
    {
        var proposed = Proposed(Original, d =>
        {
            Ok(d.InsertParagraph(ParagraphKind.Operative, "Invites donors to contribute;", index: 7, id: "n1"));
            Ok(d.InsertParagraph(ParagraphKind.Operative, "Requests a report;", index: 8, id: "n2"));
        });

        Assert.Equal(
            "After operative paragraph 4, insert two new paragraphs reading: “Invites donors to contribute;” and “Requests a report;”.",
            Only(proposed));
    }

    [Fact]
    public void MoveParagraph_ToFollowAnother()
    {
        var proposed = Proposed(Original, d => Ok(d.Move("op1", 6)));

        Assert.Equal("Move operative paragraph 1 to follow operative paragraph 4.", Only(proposed));
    }

    [Fact]
    public void MoveParagraph_ToTheFront_SaysToPrecede()
    {
        var proposed = Proposed(Original, d => Ok(d.Move("op4", 3)));

        Assert.Equal("Move operative paragraph 4 to precede operative paragraph 1.", Only(proposed));
    }

    [Fact]
    public void TwoChangesInOneParagraph_RunOnInOneSentence()
    {
        var proposed = Proposed(Original, d =>
        {
            Replace(d, "op2", "Requests", "Invites");
            Replace(d, "op2", " to Member States", "");
        });

        Assert.Equal(
            "In operative paragraph 2, replace the word “Requests” with the word “Invites” and delete “to Member States”.",
            Only(proposed));
    }

    [Fact]
    public void ChangesWithAnchors_AreLettered()
    {
        var proposed = Proposed(Original, d =>
        {
            Replace(d, "op2", "Requests", "Invites");
            Replace(d, "op2", "Member States;", "Member States, upon request;");
        });

        Assert.Equal(
            "In operative paragraph 2: (a) Replace the word “Requests” with the word “Invites”; (b) After the word “States”, insert the words “, upon request”.",
            Only(proposed));
    }

    [Fact]
    public void InsertWords_AtTheEnd_SaysAtTheEndAddAndTurnsInnerQuotationMarksSingle()
    {
        var proposed = Proposed(Original, d => Replace(d, "pp1", "2015,", "2015, entitled “Transforming our world”,"));

        Assert.Equal(
            "At the end of the first preambular paragraph, add the words “entitled ‘Transforming our world’,”.",
            Only(proposed));
    }

    [Fact]
    public void MostlyRewritten_ReplacesTheParagraph()
    {
        var proposed = Proposed(Original, d => Ok(d.SetText("op5", "Decides to consider the question at its eighty-first session.")));

        Assert.Equal(
            "Replace operative paragraph 5 with the following text: “Decides to consider the question at its eighty-first session.”.",
            Only(proposed));
    }

    [Fact]
    public void Amendment_Text_NumbersItemsAndLeavesASingleOneUnnumbered()
    {
        var one = RoundTrip(Original, Proposed(Original, d => Ok(d.Delete("op1"))));
        var two = RoundTrip(Original, Proposed(Original, d =>
        {
            Ok(d.Delete("op1"));
            Replace(d, "op3", "best", "good");
        }));

        Assert.Equal("Delete operative paragraph 1.", one.Text("en"));
        Assert.Equal(
            "1. Delete operative paragraph 1.\n2. In operative paragraph 3, replace the word “best” with the word “good”.",
            two.Text("en"));
    }

    [Fact]
    public void ChangeInsideAHyphenatedCompound_QuotesTheWholeCompound()
    {
        var original = English("OP Reaffirms the security assurances given to non-nuclear-weapon States;");
        var proposed = Proposed(original, d => Replace(d, "op1", "nuclear-weapon", "nuclear and radiological-weapon"));

        Assert.Equal(
            "In the operative paragraph, replace the word “non-nuclear-weapon” with the words “non-nuclear and radiological-weapon”.",
            Assert.Single(RoundTrip(original, proposed).Wording("en")));
    }

    [Fact]
    public void ChangeInsideANumber_QuotesTheWholeNumber()
    {
        var original = English("PP Recalling its resolution 73/152 of 17 December 2018,");
        var proposed = Proposed(original, d => Replace(d, "pp1", "73/152", "73/153"));

        Assert.Equal(
            "In the first preambular paragraph, replace the word “73/152” with the word “73/153”.",
            Assert.Single(RoundTrip(original, proposed).Wording("en")));
    }
}
