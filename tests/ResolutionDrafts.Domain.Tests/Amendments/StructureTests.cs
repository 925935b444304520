using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>Sub-paragraphs, moves, kinds and headings: the wording names the original places and the round trip is exact.</summary>
public sealed class StructureTests
{
    private static Draft WithSubParagraphs()
    {
        var draft = English(
            "PP Recalling its previous resolutions,",
            "OP Welcomes the report;",
            "OP Requests the Secretary-General:",
            "OP Decides to remain seized of the matter.");
        Ok(draft.AddSubParagraph("op2", "To provide technical assistance;", id: "op2a"));
        Ok(draft.AddSubParagraph("op2", "To mobilize resources;", id: "op2b"));
        Ok(draft.AddSubParagraph("op2", "To report to the General Assembly at its eighty-first session;", id: "op2c"));
        Ok(draft.AddSubParagraph("op2c", "on progress made;", id: "op2ci"));
        return draft;
    }

    [Fact]
    public void WordsInASubParagraph_NameItByParagraphAndLetter()
    {
        var original = WithSubParagraphs();
        var proposed = Proposed(original, d => Replace(d, "op2b", "resources", "voluntary resources"));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("In operative paragraph 2 (b), after the word “mobilize”, insert the word “voluntary”.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("在执行部分第2(b)段中，在“mobilize”之后插入“voluntary”。", Assert.Single(amendment.Wording("zh")));
    }

    [Fact]
    public void DeleteSubSubParagraph()
    {
        var original = WithSubParagraphs();
        var proposed = Proposed(original, d => Ok(d.Delete("op2ci")));

        Assert.Equal("Delete operative paragraph 2 (c) (i).", Assert.Single(RoundTrip(original, proposed).Wording("en")));
    }

    [Fact]
    public void InsertSubParagraph_AfterAnother()
    {
        var original = WithSubParagraphs();
        var proposed = Proposed(original, d => Ok(d.AddSubParagraph("op2", "To consult Member States;", index: 1, id: "new")));

        var amendment = RoundTrip(original, proposed);

        Assert.Equal("After operative paragraph 2 (a), insert a new subparagraph reading: “To consult Member States;”.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("在执行部分第2(a)段之后插入一个新分段，内容如下：“To consult Member States;”。", Assert.Single(amendment.Wording("zh")));
    }

    [Fact]
    public void InsertSubParagraph_IntoAParagraphWithNone()
    {
        var original = WithSubParagraphs();
        var proposed = Proposed(original, d => Ok(d.AddSubParagraph("op1", "and its annex;", id: "new")));

        Assert.Equal(
            "At the end of operative paragraph 1, insert a new subparagraph reading: “and its annex;”.",
            Assert.Single(RoundTrip(original, proposed).Wording("en")));
    }

    [Fact]
    public void InsertParagraph_WithSubParagraphs_QuotesThemRunIn()
    {
        var original = WithSubParagraphs();
        var proposed = Proposed(original, d =>
        {
            Ok(d.InsertParagraph(ParagraphKind.Operative, "Invites States:", index: 2, id: "new"));
            Ok(d.AddSubParagraph("new", "To contribute;", id: "new-a"));
            Ok(d.AddSubParagraph("new", "To cooperate.", id: "new-b"));
        });

        Assert.Equal(
            "After operative paragraph 1, insert a new paragraph reading: “Invites States: (a) To contribute; (b) To cooperate.”.",
            Assert.Single(RoundTrip(original, proposed).Wording("en")));
    }

    [Fact]
    public void MoveSubParagraph()
    {
        var original = WithSubParagraphs();
        var proposed = Proposed(original, d => Ok(d.Move("op2a", 2)));

        Assert.Equal(
            "Move operative paragraph 2 (a) to follow operative paragraph 2 (c).",
            Assert.Single(RoundTrip(original, proposed).Wording("en")));
    }

    [Fact]
    public void MovedAndEdited_MoveFirstThenTheWordsUnderTheOriginalNumber()
    {
        var original = WithSubParagraphs();
        var proposed = Proposed(original, d =>
        {
            Ok(d.Move("op1", 2));
            Replace(d, "op1", "Welcomes", "Takes note of");
        });

        Assert.Equal(
            [
                "Move operative paragraph 1 to follow operative paragraph 2.",
                "In operative paragraph 1, replace the word “Welcomes” with the words “Takes note of”.",
            ],
            RoundTrip(original, proposed).Wording("en"));
    }

    [Fact]
    public void ReplaceChapeau_KeepsTheSubParagraphs()
    {
        var original = WithSubParagraphs();
        var proposed = Proposed(original, d => Ok(d.SetText("op2", "Invites the Secretariat:")));

        Assert.Equal(
            "Replace the chapeau of operative paragraph 2 with the following text: “Invites the Secretariat:”.",
            Assert.Single(RoundTrip(original, proposed).Wording("en")));
    }

    [Fact]
    public void ParagraphThatChangesKind_IsDeletedAndInsertedAnew()
    {
        var original = WithSubParagraphs();
        var proposed = Proposed(original, d => Ok(d.SetParagraphKind("op1", ParagraphKind.Preambular)));

        Assert.Equal(
            [
                "Delete operative paragraph 1.",
                "After the first preambular paragraph, insert a new paragraph reading: “Welcomes the report;”.",
            ],
            RoundTrip(original, proposed).Wording("en"));
    }

    [Fact]
    public void Headings_AreAddedReplacedAndDeleted()
    {
        var original = WithSubParagraphs();
        Ok(original.SetHeading("op3", "II. Follow-up"));

        var added = Proposed(original, d => Ok(d.SetHeading("op1", "I. Report")));
        var replaced = Proposed(original, d => Ok(d.SetHeading("op3", "II. Follow-up action")));
        var deleted = Proposed(original, d => Ok(d.SetHeading("op3", null)));

        Assert.Equal("Before operative paragraph 1, insert the heading “I. Report”.", Assert.Single(RoundTrip(original, added).Wording("en")));
        Assert.Equal("Replace the heading before operative paragraph 3 with “II. Follow-up action”.", Assert.Single(RoundTrip(original, replaced).Wording("en")));
        Assert.Equal("删除执行部分第3段之前的标题。", Assert.Single(RoundTrip(original, deleted).Wording("zh")));
    }

    [Fact]
    public void EverythingAtOnce_RoundTrips()
    {
        var original = WithSubParagraphs();
        var proposed = Proposed(original, d =>
        {
            Ok(d.Delete("pp1"));
            Ok(d.InsertParagraph(ParagraphKind.Preambular, "Guided by the Charter,", index: 0, id: "pp-new"));
            Ok(d.Move("op3", 1));
            Ok(d.Delete("op2b"));
            Ok(d.Move("op2a", 1));
            Replace(d, "op2c", "eighty-first", "eighty-second");
            Ok(d.InsertParagraph(ParagraphKind.Operative, "Invites donors to contribute;", id: "op-new"));
        });

        var amendment = RoundTrip(original, proposed);

        // The insertion names operative paragraph 3 where it stands once moved, so it comes after the move.
        Assert.Equal(
            [
                "Delete the first preambular paragraph.",
                "Move operative paragraph 3 to precede operative paragraph 1.",
                "Before operative paragraph 3, insert a new preambular paragraph reading: “Guided by the Charter,”.",
                "Delete operative paragraph 2 (b).",
                "In operative paragraph 2 (c), replace the word “eighty-first” with the word “eighty-second”.",
                "Move operative paragraph 2 (a) to follow operative paragraph 2 (c).",
                "After operative paragraph 2, insert a new paragraph reading: “Invites donors to contribute;”.",
            ],
            amendment.Wording("en"));
    }

    [Fact]
    public void CharactersChanged_CountsDeletedAndInsertedCharacters_AndMovesAsNothing()
    {
        var original = WithSubParagraphs();
        var small = RoundTrip(original, Proposed(original, d => Replace(d, "op1", "report", "reports")));
        var moved = RoundTrip(original, Proposed(original, d => Ok(d.Move("op1", 2))));
        var deleted = RoundTrip(original, Proposed(original, d => Ok(d.Delete("op2"))));

        Assert.Equal(1, small.CharactersChanged);
        Assert.Equal(0, moved.CharactersChanged);
        Assert.Equal(
            original.FindNode("op2")!.Text.Length + original.FindNode("op2")!.Descendants().Sum(n => n.Text.Length),
            deleted.CharactersChanged);
    }

    [Fact]
    public void NoChange_NoInstructions()
    {
        var original = WithSubParagraphs();

        var amendment = RoundTrip(original, original.Clone());

        Assert.True(amendment.IsEmpty);
        Assert.Empty(amendment.Wording("en"));
    }
}
