using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

public sealed class DraftTests
{
    private static Draft NewDraft(string language = "en") => Draft.Create(language).Value!;

    [Fact]
    public void InsertParagraph_EmptyText_IsRefusedAndChangesNothing()
    {
        var draft = NewDraft();
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.");

        var result = draft.InsertParagraph(ParagraphKind.Operative, "   ");

        Assert.False(result.IsSuccess);
        Assert.Contains("cannot be empty", result.Error);
        Assert.Single(draft.Paragraphs);
    }

    [Fact]
    public void SetText_OneMegabyteParagraph_IsRefusedAndKeepsTheOldText()
    {
        var draft = NewDraft();
        var id = draft.InsertParagraph(ParagraphKind.Operative, "Urges all States;").Value!.Id;

        var result = draft.SetText(id, new string('x', 1024 * 1024));

        Assert.False(result.IsSuccess);
        Assert.Contains("at most", result.Error);
        Assert.Equal("Urges all States;", draft.Paragraphs[0].Text);
    }

    [Fact]
    public void AddSponsor_SameNameTwiceInAnyCase_IsRefused()
    {
        var draft = NewDraft();
        Assert.True(draft.AddSponsor(new Sponsor("Chile")).IsSuccess);

        var result = draft.AddSponsor(new Sponsor(" chile "));

        Assert.False(result.IsSuccess);
        Assert.Contains("already a sponsor", result.Error);
        Assert.Single(draft.Sponsors);
    }

    [Fact]
    public void AddSubParagraph_FiveLevelsDeep_IsRefused()
    {
        var draft = NewDraft();
        var op = draft.InsertParagraph(ParagraphKind.Operative, "Requests:").Value!.Id;
        var a = draft.AddSubParagraph(op, "To report:").Value!.Id;
        var i = draft.AddSubParagraph(a, "on the following:").Value!.Id;
        var third = draft.AddSubParagraph(i, "the budget, including:").Value!.Id;
        var fourth = draft.AddSubParagraph(third, "staff costs;");
        Assert.True(fourth.IsSuccess);

        var fifth = draft.AddSubParagraph(fourth.Value!.Id, "too deep;");

        Assert.False(fifth.IsSuccess);
        Assert.Contains("at most 4 levels", fifth.Error);
        Assert.Empty(draft.FindNode(fourth.Value!.Id)!.SubParagraphs);
    }

    [Fact]
    public void InsertParagraph_DuplicateId_IsRefused()
    {
        var draft = NewDraft();
        draft.InsertParagraph(ParagraphKind.Preambular, "Recalling its resolutions,", id: "pp1");

        var result = draft.InsertParagraph(ParagraphKind.Preambular, "Noting,", id: "pp1");

        Assert.False(result.IsSuccess);
        Assert.Contains("already used", result.Error);
    }

    [Fact]
    public void MoveBy_PastTheEnds_IsRefusedAndOrderKept()
    {
        var draft = NewDraft();
        var first = draft.InsertParagraph(ParagraphKind.Operative, "First;").Value!.Id;
        var second = draft.InsertParagraph(ParagraphKind.Operative, "Second.").Value!.Id;

        Assert.False(draft.MoveBy(first, -1).IsSuccess);
        Assert.False(draft.MoveBy(second, +1).IsSuccess);
        Assert.True(draft.MoveBy(second, -1).IsSuccess);

        Assert.Equal([second, first], draft.Paragraphs.Select(p => p.Id));
    }

    [Fact]
    public void Delete_SubParagraph_RemovesOnlyIt()
    {
        var draft = NewDraft();
        var op = draft.InsertParagraph(ParagraphKind.Operative, "Requests:").Value!.Id;
        var a = draft.AddSubParagraph(op, "(first);").Value!.Id;
        var b = draft.AddSubParagraph(op, "(second).").Value!.Id;

        Assert.True(draft.Delete(a).IsSuccess);

        Assert.Equal([b], draft.Paragraphs[0].SubParagraphs.Select(s => s.Id));
        Assert.False(draft.Delete(a).IsSuccess);
    }

    [Fact]
    public void SetKind_RevisedWithoutRevisionNumber_IsRefused()
    {
        var draft = NewDraft();

        Assert.False(draft.SetKind(DocumentKind.RevisedDraftResolution, null).IsSuccess);
        Assert.False(draft.SetKind(DocumentKind.DraftResolution, 2).IsSuccess);
        Assert.True(draft.SetKind(DocumentKind.RevisedDraftResolution, 1).IsSuccess);
        Assert.Equal(1, draft.Revision);
    }

    [Fact]
    public void Create_UnknownLanguage_IsRefused()
    {
        var result = Draft.Create("xx");

        Assert.False(result.IsSuccess);
        Assert.Contains("Unknown language", result.Error);
    }

    [Fact]
    public void Clone_SharesNothingMutable()
    {
        var draft = NewDraft();
        var op = draft.InsertParagraph(ParagraphKind.Operative, "Requests:").Value!.Id;
        draft.AddSubParagraph(op, "a thing.");

        var copy = draft.Clone();
        copy.SetText(op, "Changed:");
        copy.AddSubParagraph(op, "another thing.");

        Assert.Equal("Requests:", draft.Paragraphs[0].Text);
        Assert.Single(draft.Paragraphs[0].SubParagraphs);
        Assert.Equal(2, copy.Paragraphs[0].SubParagraphs.Count);
    }

    [Fact]
    public void AddFootnote_KeepsNumberOrderAndRefusesDuplicates()
    {
        var draft = NewDraft();
        draft.AddFootnote(2, "A/80/83.");
        draft.AddFootnote(1, "Resolution 70/1.");

        Assert.False(draft.AddFootnote(2, "again").IsSuccess);
        Assert.False(draft.AddFootnote(0, "zero").IsSuccess);
        Assert.Equal([1, 2], draft.Footnotes.Select(f => f.Number));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void FindNode_AfterRandomInsertsDeletesAndMoves_FindsExactlyTheNodesInTheDraft(int seed)
    {
        // FindNode keeps an index; whatever changes the tree, it must answer as a search of the tree would.
        var random = new Random(seed);
        var draft = NewDraft();
        var everUsed = new List<string>();
        for (var step = 0; step < 400; step++)
        {
            var nodes = draft.AllNodes().ToList();
            var roll = random.Next(10);
            if (nodes.Count == 0 || roll < 3)
            {
                everUsed.Add(draft.InsertParagraph(ParagraphKind.Operative, "Urges", random.Next(draft.Paragraphs.Count + 1)).Value!.Id);
            }
            else if (roll < 6)
            {
                var parent = nodes[random.Next(nodes.Count)];
                if (draft.DepthOf(parent.Id) < DraftLimits.MaxSubParagraphDepth)
                {
                    everUsed.Add(draft.AddSubParagraph(parent.Id, "(a)", random.Next(parent.SubParagraphs.Count + 1)).Value!.Id);
                }
            }
            else if (roll < 8)
            {
                Assert.True(draft.Delete(nodes[random.Next(nodes.Count)].Id).IsSuccess);
            }
            else
            {
                var node = nodes[random.Next(nodes.Count)];
                var siblings = draft.Paragraphs.Any(p => p.Id == node.Id) ? draft.Paragraphs.Count : nodes.First(n => n.SubParagraphs.Contains(node)).SubParagraphs.Count;
                Assert.True(draft.Move(node.Id, random.Next(siblings)).IsSuccess);
            }

            var inTree = draft.AllNodes().ToDictionary(n => n.Id);
            foreach (var id in everUsed)
            {
                Assert.Same(inTree.GetValueOrDefault(id), draft.FindNode(id));
            }
        }

        Assert.Null(draft.FindNode("no-such-id"));
        Assert.Null(draft.FindNode(null!));
    }
}
