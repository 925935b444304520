using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Drafts.PartsTests;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>
/// Inserts and moves at a part's edge say which side they mean (ADR 0016, amendment): before a part's
/// first paragraph is the head of that part; a part's first paragraph moved away leaves the part where
/// it was. The batches converge with whatever others do at the same time.
/// </summary>
public sealed class PartEdgesTests
{
    // TwoParts(): A = a-pp1 a-op1 a-op2; B = b-pp1 b-pp2 b-op1 b-op2 b-op3.

    [Fact]
    public void PlainInsert_BeforeAPartsFirstParagraph_LandsInThePartBefore()
    {
        // What the plain operation does, and why the page must not send it alone there.
        var draft = TwoParts();
        Ok(new InsertParagraph("new", ParagraphKind.Preambular, 3, "Noting the new report,").Apply(draft));

        Assert.Equal("A", PartLetters.Of(draft.Paragraphs)["new"]);
    }

    [Fact]
    public void InsertBefore_APartsFirstParagraph_HeadsThatPartWithItsTitle()
    {
        var draft = TwoParts();

        Ok(PartEdges.InsertBefore(draft, new InsertParagraph("new", ParagraphKind.Preambular, 3, "Noting the new report,")).Apply(draft));

        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal("B PP1", labels["new"].Label);
        Assert.Equal("B PP2", labels["b-pp1"].Label);
        Assert.Equal(PartB, draft.FindNode("new") is Paragraph { Part: { } part } ? part : null);
        Assert.Null(((Paragraph)draft.FindNode("b-pp1")!).Part);
        Assert.Equal(2, PartLetters.Parts(draft.Paragraphs).Count);
    }

    [Fact]
    public void InsertBefore_TheFirstParagraph_HeadsPartA()
    {
        var draft = TwoParts();

        Ok(PartEdges.InsertBefore(draft, new InsertParagraph("new", ParagraphKind.Preambular, 0, "Recalling,")).Apply(draft));

        Assert.Equal("A PP1", ParagraphLabels.Compute(draft)["new"].Label);
        Assert.Equal(PartA, draft.Paragraphs[0].Part);
    }

    [Fact]
    public void InsertBefore_AnOrdinaryParagraph_IsThePlainInsert()
    {
        var draft = TwoParts();
        var insert = new InsertParagraph("new", ParagraphKind.Operative, 5, "Urges;");

        Assert.Same(insert, PartEdges.InsertBefore(draft, insert));
    }

    [Fact]
    public void PlainMove_OfAPartsFirstParagraph_CarriesThePart()
    {
        var draft = TwoParts();
        Ok(MoveParagraph.Of(draft, "b-pp1", 7).Value!.Apply(draft));

        // The part now opens at the end, and b-pp2 … b-op3 fell into part A.
        Assert.Equal("A", PartLetters.Of(draft.Paragraphs)["b-pp2"]);
    }

    [Fact]
    public void Move_APartsFirstParagraphElsewhere_LeavesThePartWhereItWas()
    {
        var draft = TwoParts();

        Ok(PartEdges.Move(draft, "b-pp1", 7).Value!.Apply(draft));

        var letters = PartLetters.Of(draft.Paragraphs);
        Assert.Equal(["b-pp2", "b-op1", "b-op2", "b-op3", "b-pp1"], draft.Paragraphs.Skip(3).Select(p => p.Id));
        Assert.Equal(PartB, draft.Paragraphs[3].Part);
        Assert.All(draft.Paragraphs.Skip(3), p => Assert.Equal("B", letters[p.Id]));
        Assert.All(draft.Paragraphs.Take(3), p => Assert.Equal("A", letters[p.Id]));
    }

    [Fact]
    public void Move_APartsFirstParagraphIntoThePartBefore_LeavesThePartWhereItWas()
    {
        var draft = TwoParts();

        Ok(PartEdges.Move(draft, "b-pp1", 1).Value!.Apply(draft));

        Assert.Equal(["a-pp1", "b-pp1", "a-op1", "a-op2", "b-pp2"], draft.Paragraphs.Take(5).Select(p => p.Id));
        Assert.Equal("A", PartLetters.Of(draft.Paragraphs)["b-pp1"]);
        Assert.Equal(PartB, draft.Paragraphs[4].Part);
    }

    [Fact]
    public void Move_ToTheVeryStart_HeadsPartA()
    {
        var draft = TwoParts();

        Ok(PartEdges.Move(draft, "b-op3", 0).Value!.Apply(draft));

        Assert.Equal("b-op3", draft.Paragraphs[0].Id);
        Assert.Equal(PartA, draft.Paragraphs[0].Part);
        Assert.Null(draft.Paragraphs[1].Part);
    }

    [Fact]
    public void Move_APartsOnlyParagraph_IsRefusedWithTheReason()
    {
        var draft = TwoParts();
        foreach (var id in new[] { "b-pp2", "b-op1", "b-op2", "b-op3" })
        {
            Ok(draft.Delete(id));
        }

        var moved = PartEdges.Move(draft, "b-pp1", 0);

        Assert.False(moved.IsSuccess);
        Assert.Contains("only paragraph of part B", moved.Error);
    }

    [Fact]
    public void MoveBy_UpFromAPartsFirstParagraph_StepsIntoThePartBeforeWithoutMoving()
    {
        var draft = TwoParts();
        var order = draft.Paragraphs.Select(p => p.Id).ToList();

        Ok(PartEdges.MoveBy(draft, "b-pp1", -1).Value!.Apply(draft));

        Assert.Equal(order, draft.Paragraphs.Select(p => p.Id));
        Assert.Equal("A", PartLetters.Of(draft.Paragraphs)["b-pp1"]);
        Assert.Equal(PartB, ((Paragraph)draft.FindNode("b-pp2")!).Part);
    }

    [Fact]
    public void MoveBy_DownFromAPartsLastParagraph_StepsIntoThePartAfterAndOpensIt()
    {
        var draft = TwoParts();

        Ok(PartEdges.MoveBy(draft, "a-op2", +1).Value!.Apply(draft));

        Assert.Equal("a-op2", draft.Paragraphs[2].Id);
        Assert.Equal(PartB, draft.Paragraphs[2].Part);
        Assert.Equal("B OP1", ParagraphLabels.Compute(draft)["a-op2"].Label);
    }

    [Fact]
    public void MoveBy_UpOntoAPartsFirstPlace_TakesOverTheOpening()
    {
        var draft = TwoParts();

        Ok(PartEdges.MoveBy(draft, "b-pp2", -1).Value!.Apply(draft));

        Assert.Equal(["b-pp2", "b-pp1"], draft.Paragraphs.Skip(3).Take(2).Select(p => p.Id));
        Assert.Equal(PartB, draft.Paragraphs[3].Part);
        Assert.Null(draft.Paragraphs[4].Part);
    }

    [Fact]
    public void MoveBy_DownFromAPartsFirstPlace_LeavesThePartWhereItWas()
    {
        var draft = TwoParts();

        Ok(PartEdges.MoveBy(draft, "b-pp1", +1).Value!.Apply(draft));

        Assert.Equal(["b-pp2", "b-pp1"], draft.Paragraphs.Skip(3).Take(2).Select(p => p.Id));
        Assert.Equal(PartB, draft.Paragraphs[3].Part);
        Assert.Equal("B PP2", ParagraphLabels.Compute(draft)["b-pp1"].Label);
    }

    [Fact]
    public void MoveBy_SeveralPlaces_MovesThereAndLeavesThePartsWhereTheyWere()
    {
        // The API moves by any number of places (the compare page's browser test moves by 3); it threw here.
        var draft = TwoParts();

        Ok(PartEdges.MoveBy(draft, "b-pp1", 3).Value!.Apply(draft));

        Assert.Equal(["b-pp2", "b-op1", "b-op2", "b-pp1", "b-op3"], draft.Paragraphs.Skip(3).Select(p => p.Id));
        Assert.Equal(PartB, draft.Paragraphs[3].Part);
        Assert.Equal("It is already the last.", PartEdges.MoveBy(draft, "a-pp1", 8).Error);
        Assert.Equal("It is already the first.", PartEdges.MoveBy(draft, "a-op2", -3).Error);
    }

    [Fact]
    public void MoveBy_ASubParagraph_MovesAmongItsSiblings()
    {
        var draft = TwoParts();
        Ok(draft.AddSubParagraph("b-op2", "At the regional level;", id: "b-op2-b"));

        Ok(PartEdges.MoveBy(draft, "b-op2-b", -1).Value!.Apply(draft));

        Assert.Equal(["b-op2-b", "b-op2-a"], draft.FindNode("b-op2")!.SubParagraphs.Select(s => s.Id));
        Assert.Equal("It is already the first.", PartEdges.MoveBy(draft, "b-op2-b", -1).Error);
    }

    [Fact]
    public void Start_InADraftWithoutParts_OpensPartAAtTheFirstParagraphToo()
    {
        var draft = TwoParts();
        Ok(draft.SetPart("a-pp1", null));
        Ok(draft.SetPart("b-pp1", null));

        Ok(PartEdges.Start(draft, "b-pp1", new DraftPart(" Global communications ", "The General Assembly,")).Value!.Apply(draft));

        var parts = PartLetters.Parts(draft.Paragraphs);
        Assert.Equal(["A", "B"], parts.Select(p => p.Letter));
        Assert.Equal(new DraftPart("", "The General Assembly,"), parts[0].Part);
        Assert.Equal("Global communications", parts[1].Part.Title);
        Assert.Equal("B PP1", ParagraphLabels.Compute(draft)["b-pp1"].Label);
    }

    [Fact]
    public void Start_AtAParagraphThatOpensAPart_OrASubParagraph_IsRefused()
    {
        var draft = TwoParts();

        Assert.Equal("This paragraph already opens part B.", PartEdges.Start(draft, "b-pp1", PartB).Error);
        Assert.Equal("A part starts at a paragraph, not a sub-paragraph.", PartEdges.Start(draft, "b-op2-a", PartB).Error);
        Assert.False(PartEdges.Start(draft, "b-op1", new DraftPart(new string('x', 5_000), "")).IsSuccess);
    }

    [Fact]
    public void Edit_ChangesThePartsTitleAndAuthorLine_OnlyWhereAPartOpens()
    {
        var draft = TwoParts();

        Ok(PartEdges.Edit(draft, "b-pp1", new DraftPart("New title", "The Assembly,")).Value!.Apply(draft));

        Assert.Equal(new DraftPart("New title", "The Assembly,"), draft.Paragraphs[3].Part);
        Assert.Equal("This paragraph does not open a part.", PartEdges.Edit(draft, "b-pp2", PartB).Error);
    }

    [Fact]
    public void Remove_PartB_OfTwo_LeavesAPlainResolution_WithPartAsTitleAndAuthorLine()
    {
        var draft = TwoParts();

        Ok(PartEdges.Remove(draft, "b-pp1").Value!.Apply(draft));

        // One part left is no part: no letter in the labels, and part A's heading is now the resolution's.
        Assert.False(draft.HasParts);
        Assert.Equal("PP2", ParagraphLabels.Compute(draft)["b-pp1"].Label);
        Assert.Equal("OP5", ParagraphLabels.Compute(draft)["b-op3"].Label);
        Assert.Equal(PartA.Title, draft.Title);
        Assert.Equal(PartA.AuthorLine, draft.AuthorLine);
    }

    [Fact]
    public void Remove_PartA_OfTwo_LeavesAPlainResolution_WithPartBsTitle()
    {
        var draft = TwoParts();

        Ok(PartEdges.Remove(draft, "a-pp1").Value!.Apply(draft));

        Assert.Empty(PartLetters.Parts(draft.Paragraphs));
        Assert.Equal("PP1", ParagraphLabels.Compute(draft)["a-pp1"].Label);
        Assert.Equal(PartB.Title, draft.Title);
    }

    [Fact]
    public void Remove_APartWithoutTitle_KeepsTheResolutionsTitle()
    {
        var draft = TwoParts();
        Ok(draft.SetPart("a-pp1", new DraftPart("", "The General Assembly,")));

        Ok(PartEdges.Remove(draft, "b-pp1").Value!.Apply(draft));

        Assert.False(draft.HasParts);
        Assert.Equal("Questions relating to information", draft.Title);
    }

    [Fact]
    public void Remove_TwoOfThreePartsAtOnce_Converges_AndTheOnePartLeftRemovedGivesTheResolutionItsTitle()
    {
        var draft = TwoParts();
        Ok(draft.SetPart("b-op2", new DraftPart("Follow-up", "The General Assembly,")));
        var endB = PartEdges.Remove(draft, "b-pp1").Value!;
        var endC = PartEdges.Remove(draft, "b-op2").Value!;
        var (afterC, afterB) = DraftTransform.Transform(endB, endC).Value;

        var one = draft.Clone();
        Ok(endB.Apply(one));
        Ok(afterB.Apply(one));
        var other = draft.Clone();
        Ok(endC.Apply(other));
        Ok(afterC.Apply(other));

        // Each person saw three parts, so each removal alone left two: together they leave part A alone, the same on
        // every screen (ADR 0016 amendment 14). Removing it makes the plain resolution a join makes: part A's title.
        Assert.Equal(Body(one), Body(other));
        Assert.Equal(["a-pp1"], one.Paragraphs.Where(p => p.Part is not null).Select(p => p.Id));
        Ok(PartEdges.Remove(one, "a-pp1").Value!.Apply(one));
        Assert.False(one.HasParts);
        Assert.Equal(PartA.Title, one.Title);
    }

    [Fact]
    public void Remove_OneOfThreeParts_LeavesTwoPartsLettered()
    {
        var draft = TwoParts();
        Ok(draft.SetPart("b-op2", new DraftPart("Follow-up", "The General Assembly,")));

        Ok(PartEdges.Remove(draft, "a-pp1").Value!.Apply(draft));

        var parts = PartLetters.Parts(draft.Paragraphs);
        Assert.Equal(2, parts.Count);
        Assert.Equal(PartB, parts[0].Part);
        Assert.Equal(6, parts[0].Paragraphs.Count);
        Assert.Equal("Questions relating to information", draft.Title);
    }

    [Fact]
    public void EdgeChanges_AgainstAnythingDoneAtTheSameTime_SatisfyTP1()
    {
        var random = new Random(1_016);
        var tried = 0;
        var sections = 0;
        for (var run = 0; run < 4_000; run++)
        {
            var draft = RandomOperations.NewDraft(random, random.Next(2, 7));
            foreach (var p in draft.Paragraphs.Where((_, i) => i == 0 || random.Next(3) == 0))
            {
                Ok(draft.SetPart(p.Id, new DraftPart("Part " + p.Id, "The General Assembly,")));
            }

            // Sections too, some at a part's first paragraph and some headed, as budget resolutions have them.
            foreach (var p in draft.Paragraphs.Where(_ => random.Next(3) == 0))
            {
                Ok(draft.SetSection(p.Id, true));
            }

            var a = new RandomOperations(random, "a").PartEdge(draft);
            var b = random.Next(2) == 0 ? new RandomOperations(random, "b").PartEdge(draft) : new RandomOperations(random, "b").Next(draft, textShare: 0.2);
            tried += a is OperationBatch ? 1 : 0;
            sections += a is OperationBatch { Operations: var operations } && operations.Any(o => o is SetSection) ? 1 : 0;

            var pair = DraftOperation.Transform(a, b);

            Assert.True(pair.IsSuccess, $"run {run}: {pair.Error}");
            var viaA = Both(draft, a, pair.Value.Later, run);
            var viaB = Both(draft, b, pair.Value.Earlier, run);
            Assert.True(viaA == viaB, $"run {run}\n{DraftOperationJson.Serialize(a)}\n{DraftOperationJson.Serialize(b)}\n{viaA}\n---\n{viaB}");
        }

        // The edge batches themselves, not only the plain operations they fall back to, must be tried often.
        Assert.True(tried > 800, $"only {tried} edge batches");
        Assert.True(sections > 300, $"only {sections} edge batches at a section's edge");
    }

    private static string Both(Draft draft, DraftOperation first, DraftOperation second, int run)
    {
        var copy = draft.Clone();
        var one = first.Apply(copy);
        var two = second.Apply(copy);
        Assert.True(one.IsSuccess && two.IsSuccess, $"run {run}: {one.Error} / {two.Error}\n{DraftOperationJson.Serialize(first)}\n{DraftOperationJson.Serialize(second)}");
        return DraftCanonicalForm.Of(copy);
    }
}
