using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>A quotation held by a paragraph: its lines are nodes with ids, edited, moved and merged like any list (ADR 0028).</summary>
public sealed class QuotationTests
{
    internal static Draft Quoting()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to amend rule 5 of its rules of procedure to read as follows:", id: "op1");
        draft.AddQuotedLine("op1", "“Rule 5", id: "op1-q1");
        draft.AddQuotedLine("op1", "1. The President shall open the session.", id: "op1-q2");
        draft.AddQuotedLine("op1", "2. The Vice-President shall act for the President.”", id: "op1-q3");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "op2");
        draft.AddSubParagraph("op2", "To amend article 2 as follows:", id: "op2-a");
        draft.AddQuotedLine("op2-a", "“Article 2 (a) Every State …”", id: "op2-a-q1");
        return draft;
    }

    [Fact]
    public void QuotedLines_AreNodesOfTheirHolder_FoundById_AndNotParagraphs()
    {
        var draft = Quoting();

        Assert.Equal(["op1-q1", "op1-q2", "op1-q3"], draft.FindNode("op1")!.Quotation.Select(l => l.Id));
        Assert.IsType<QuotedLine>(draft.FindNode("op1-q2"));
        Assert.Equal("op2-a-q1", draft.FindNode("op2-a")!.Quotation.Single().Id);
        Assert.DoesNotContain(draft.AllNodes(), n => n is QuotedLine);
        Assert.Empty(draft.FindNode("op1")!.SubParagraphs);
        Assert.False(draft.AddSubParagraph("op1-q2", "(a) …").IsSuccess);
        Assert.False(draft.AddQuotedLine("op1-q2", "nested").IsSuccess);
        Assert.Contains("already used", draft.AddQuotedLine("op2", "x", id: "op1-q2").Error);
    }

    [Fact]
    public void EditText_ChangesOneQuotedLine_AsItDoesAParagraph()
    {
        var draft = Quoting();
        var edit = EditText.Splice(draft, "op1-q2", 3, 3, "Each");
        Assert.True(edit.IsSuccess, edit.Error);

        Assert.True(edit.Value!.Apply(draft).IsSuccess);

        Assert.Equal("1. Each President shall open the session.", draft.FindNode("op1-q2")!.Text);
        Assert.Equal("Decides to amend rule 5 of its rules of procedure to read as follows:", draft.FindNode("op1")!.Text);
    }

    [Fact]
    public void DeletingTheHolder_TakesItsQuotation_AndTheDeleteNamesTheLines()
    {
        var draft = Quoting();
        var delete = DeleteParagraph.Of(draft, "op2").Value!;

        Assert.Equal(["op2-a", "op2-a-q1"], delete.Descendants.Order());
        Assert.True(delete.Apply(draft).IsSuccess);
        Assert.Null(draft.FindNode("op2-a-q1"));
        Assert.True(draft.AddQuotedLine("op1", "again", id: "op2-a-q1").IsSuccess); // the id is free again
    }

    [Fact]
    public void AddDeleteMove_ChangeTheQuotation_AndAreRefusedWhereTheyNoLongerFit()
    {
        var draft = Quoting();

        Assert.True(new AddQuotedLine("op1", "op1-q4", 3, "").Apply(draft).IsSuccess);
        Assert.True(MoveQuotedLine.Of(draft, "op1-q4", 0).Value!.Apply(draft).IsSuccess);
        Assert.True(DeleteQuotedLine.Of(draft, "op1-q2").Value!.Apply(draft).IsSuccess);

        Assert.Equal(["op1-q4", "op1-q1", "op1-q3"], draft.FindNode("op1")!.Quotation.Select(l => l.Id));
        Assert.Contains("not at the position", new DeleteQuotedLine("op1-q3", "op1", 0).Apply(draft).Error);
        Assert.Contains("no quoted line", new DeleteQuotedLine("op1", "op1", 0).Apply(draft).Error);
        Assert.Contains("outside", new AddQuotedLine("op1", "op1-q9", 9, "x").Apply(draft).Error);
    }

    [Fact]
    public void Clone_AndCanonicalForm_KeepTheQuotation()
    {
        var draft = Quoting();
        var form = DraftCanonicalForm.Of(draft);

        Assert.Contains("quote op1-q2 \"1. The President shall open the session.\"", form);
        Assert.Equal(form, DraftCanonicalForm.Of(draft.Clone()));
    }

    [Fact]
    public void Operations_RoundTripThroughTheWireForm()
    {
        DraftOperation[] operations =
        [
            new AddQuotedLine("op1", "q9", 1, "“(b) …"),
            new DeleteQuotedLine("op1-q2", "op1", 1),
            new MoveQuotedLine("op1-q2", "op1", 1, 0),
        ];
        foreach (var operation in operations)
        {
            var json = DraftOperationJson.Serialize(operation);
            var parsed = DraftOperationJson.Parse(json);
            Assert.True(parsed.IsSuccess, parsed.Error);
            Assert.Equal(operation, parsed.Value);
        }

        Assert.Contains("\"type\":\"addQuotedLine\"", DraftOperationJson.Serialize(operations[0]));
        Assert.False(DraftOperationJson.Parse("""{"type":"deleteQuotedLine","id":"q 1","holderId":"op1","index":0}""").IsSuccess);
    }

    [Fact]
    public void DraftDelta_MakesOneQuotationAnother_LineByLine()
    {
        var from = Quoting();
        var to = Quoting();
        to.RemoveQuotedLine("op1-q3");
        to.AddQuotedLine("op1", "3. A new line.”", index: 0, id: "op1-q7");
        to.SetText("op1-q2", "1. The Chair shall open the session.");
        to.AddQuotedLine("op2", "“quoted”", id: "op2-q1");

        var delta = DraftDelta.Between(from, to);
        Assert.True(delta.IsSuccess, delta.Error);
        Assert.True(delta.Value!.Apply(from).IsSuccess);

        Assert.Equal(DraftCanonicalForm.Of(to), DraftCanonicalForm.Of(from));
        var edits = ((OperationBatch)delta.Value).Operations;
        Assert.Contains(edits, o => o is EditText { NodeId: "op1-q2" }); // the changed line is edited, not replaced
    }

    /// <summary>Every pair of these, made concurrently on <see cref="Quoting"/>, converges in both orders.</summary>
    public static IEnumerable<DraftOperation> Concurrent(Draft d) =>
    [
        new AddQuotedLine("op1", "n1", 0, "new first"),
        new AddQuotedLine("op1", "n2", 3, "new last"),
        new AddQuotedLine("op1", "n3", 1, "new second"),
        new AddQuotedLine("op2", "n4", 0, "“a quotation of op2”"),
        new AddQuotedLine("op2-a", "n5", 1, "more"),
        DeleteQuotedLine.Of(d, "op1-q1").Value!,
        DeleteQuotedLine.Of(d, "op1-q2").Value!,
        DeleteQuotedLine.Of(d, "op2-a-q1").Value!,
        MoveQuotedLine.Of(d, "op1-q1", 2).Value!,
        MoveQuotedLine.Of(d, "op1-q3", 0).Value!,
        MoveQuotedLine.Of(d, "op1-q2", 2).Value!,
        EditText.Splice(d, "op1-q2", 0, 2, "(1)").Value!,
        EditText.Splice(d, "op1-q2", 5, 0, "new ").Value!,
        EditText.Splice(d, "op1-q1", 1, 4, "Article").Value!,
        EditText.Splice(d, "op2-a-q1", 0, 1, "").Value!,
        new SetSource("op1-q3", new AgreedLanguage("A/RES/70/1", "OP3", "rule 5")),
        DeleteParagraph.Of(d, "op1").Value!,
        DeleteParagraph.Of(d, "op2").Value!,
        DeleteParagraph.Of(d, "op2-a").Value!,
        EditText.Splice(d, "op1", 0, 7, "Agrees").Value!,
    ];

    [Fact]
    public void ConcurrentQuotationEdits_ConvergeInBothOrders()
    {
        var operations = Concurrent(Quoting()).ToList();
        var failures = new List<string>();
        foreach (var earlier in operations)
        {
            foreach (var later in operations.Where(l => !(ReferenceEquals(l, earlier) && l is AddQuotedLine)))
            {
                // (two clients never add a line with the same new id)
                var t = DraftOperation.Transform(earlier, later);
                if (!t.IsSuccess)
                {
                    failures.Add($"{earlier} / {later}: {t.Error}");
                    continue;
                }

                var server = Quoting();
                var client = Quoting();
                var steps = new[]
                {
                    earlier.Apply(server), t.Value.Later.Apply(server),
                    later.Apply(client), t.Value.Earlier.Apply(client),
                };
                if (steps.FirstOrDefault(s => !s.IsSuccess) is { } refused)
                {
                    failures.Add($"{earlier} / {later}: {refused.Error}");
                }
                else if (DraftCanonicalForm.Of(server) != DraftCanonicalForm.Of(client))
                {
                    failures.Add($"{earlier} / {later}: diverged");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void AnEditOfARemovedLine_IsDroppedWithTheReason()
    {
        var d = Quoting();
        var t = DraftOperation.Transform(DeleteQuotedLine.Of(d, "op1-q2").Value!, EditText.Splice(d, "op1-q2", 0, 1, "x").Value!);

        Assert.Equal([DropReasons.ParagraphDeleted], t.Value.Later.DroppedReasons());
    }
}

/// <summary>The style check reads a quoting paragraph's end where its quotation ends (ADR 0028).</summary>
public sealed class QuotationStyleTests
{
    [Fact]
    public void AParagraphEndingInAQuotation_IsNotToldToEndWithASemicolon_ButAnOpenQuotationIs()
    {
        var draft = QuotationTests.Quoting();
        draft.SetText("op2", "Decides to remain seized of the matter.");

        Assert.DoesNotContain(ResolutionDrafts.Domain.Style.StyleChecker.Check(draft), w => w.ParagraphId == "op1");

        draft.SetText("op1-q3", "2. The Vice-President shall act for the President");
        Assert.Contains(ResolutionDrafts.Domain.Style.StyleChecker.Check(draft), w => w.ParagraphId == "op1" && w.Code == "paragraph-ending");
    }

    [Fact]
    public void AQuotedLineLeftEmpty_IsNamed_AndThePrecedingLinesEndTheQuotation()
    {
        // Seen in Chromium: "+ quoted line" opened and left gave OP1 "An operative paragraph should end with ';'".
        var draft = QuotationTests.Quoting();
        draft.SetText("op2", "Decides to remain seized of the matter.");
        // As the page's "+ quoted line" adds it: an operation with an empty line, then typed into.
        Assert.True(new ResolutionDrafts.Domain.Operations.AddQuotedLine("op1", "op1-q4", 3, "").Apply(draft).IsSuccess);

        var warnings = ResolutionDrafts.Domain.Style.StyleChecker.Check(draft);
        var empty = Assert.Single(warnings, w => w.ParagraphId == "op1");
        Assert.Equal("empty-quoted-line", empty.Code);
        Assert.Contains("Quoted line 4 is empty", empty.Message);
    }
}
