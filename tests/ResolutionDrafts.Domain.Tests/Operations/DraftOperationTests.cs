using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

public sealed class DraftOperationTests
{
    [Fact]
    public void InsertParagraph_EmptyText_IsAllowedForANewParagraph()
    {
        var draft = Draft.Create("en").Value!;

        var result = new InsertParagraph("p1", ParagraphKind.Operative, 0, "").Apply(draft);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("", draft.Paragraphs[0].Text);
    }

    [Fact]
    public void InsertParagraph_DuplicateId_IsRefused()
    {
        var draft = DraftWith("p1");

        var result = new InsertParagraph("p1", ParagraphKind.Operative, 0, "Again").Apply(draft);

        Assert.False(result.IsSuccess);
        Assert.Contains("already used", result.Error);
        Assert.Single(draft.Paragraphs);
    }

    [Fact]
    public void EditText_KeepsTrailingSpaceAsTyped()
    {
        var draft = DraftWith("p1");

        var result = EditText.Splice(draft, "p1", 5, 0, " ").Value!.Apply(draft);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Urges ", draft.FindNode("p1")!.Text);
    }

    [Fact]
    public void EditText_OverTheParagraphLimit_IsRefusedAndChangesNothing()
    {
        var draft = DraftWith("p1");
        var op = new EditText("p1", TextOperation.Splice(5, 5, 0, new string('x', DraftLimits.MaxTextLength)));

        var result = op.Apply(draft);

        Assert.False(result.IsSuccess);
        Assert.Equal("Urges", draft.FindNode("p1")!.Text);
    }

    [Fact]
    public void DeleteParagraph_StalePosition_IsRefused()
    {
        var draft = DraftWith("p1", "p2");

        var result = new DeleteParagraph("p2", null, 0, []).Apply(draft);

        Assert.False(result.IsSuccess);
        Assert.Equal(2, draft.Paragraphs.Count);
    }

    [Fact]
    public void DeleteParagraph_WrongDescendants_IsRefused()
    {
        var draft = DraftWith("p1");
        draft.AddSubParagraph("p1", "(a)", id: "s1");

        var result = new DeleteParagraph("p1", null, 0, []).Apply(draft);

        Assert.False(result.IsSuccess);
        Assert.Contains("sub-paragraphs", result.Error);
    }

    [Fact]
    public void Batch_FailingPart_ChangesNothing()
    {
        var draft = DraftWith("p1");
        var batch = new OperationBatch([new SetTitle("New title"), new InsertParagraph("p1", ParagraphKind.Operative, 0, "dup")]);

        var result = batch.Apply(draft);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("Operation 2 of the batch", result.Error);
        Assert.Equal("", draft.Title);
    }

    [Fact]
    public void Batch_OfTextEdits_AppliesInOrderIncludingTwoEditsOfOneParagraph()
    {
        var draft = DraftWith("p1", "p2");
        var batch = new OperationBatch([
            new EditText("p1", TextOperation.Splice(5, 0, 0, "Also ")),
            new EditText("p2", TextOperation.Splice(5, 5, 0, "!")),
            new EditText("p1", TextOperation.Splice(10, 10, 0, " strongly")),
        ]);

        var result = batch.Apply(draft);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Also Urges strongly", draft.FindNode("p1")!.Text);
        Assert.Equal("Urges!", draft.FindNode("p2")!.Text);
    }

    [Theory]
    [InlineData("p9", "Operation 2 of the batch: There is no paragraph with id 'p9'.")]
    [InlineData("p2", "Operation 2 of the batch")] // its text is 5 long, the edit expects 50
    public void Batch_OfTextEdits_FailingPart_ChangesNothing(string secondNode, string error)
    {
        var draft = DraftWith("p1", "p2");
        var batch = new OperationBatch([
            new EditText("p1", TextOperation.Splice(5, 0, 0, "Also ")),
            new EditText(secondNode, TextOperation.Splice(50, 0, 0, "x")),
        ]);

        var result = batch.Apply(draft);

        Assert.False(result.IsSuccess);
        Assert.StartsWith(error, result.Error);
        Assert.Equal("Urges", draft.FindNode("p1")!.Text);
        Assert.Equal("Urges", draft.FindNode("p2")!.Text);
    }

    [Fact]
    public void Batch_OfTextEdits_GrowingOneParagraphOverTheLimit_ChangesNothing()
    {
        var draft = DraftWith("p1", "p2");
        var half = new string('x', DraftLimits.MaxTextLength / 2 + 10);
        var batch = new OperationBatch([
            new EditText("p2", TextOperation.Splice(5, 0, 0, "Also ")),
            new EditText("p1", TextOperation.Splice(5, 5, 0, half)),
            new EditText("p1", TextOperation.Splice(5 + half.Length, 0, 0, half)),
        ]);

        var result = batch.Apply(draft);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("Operation 3 of the batch: ", result.Error);
        Assert.Equal("Urges", draft.FindNode("p1")!.Text);
        Assert.Equal("Urges", draft.FindNode("p2")!.Text);
    }

    [Fact]
    public void Validate_MissingFieldsFromTheWire_AreRefusedNotThrown()
    {
        var op = new EditText(null!, null!);

        Assert.False(op.Validate().IsSuccess);
        Assert.False(op.Apply(DraftWith("p1")).IsSuccess);
    }

    [Fact]
    public void Json_EveryOperationKind_RoundTrips()
    {
        DraftOperation[] all =
        [
            new InsertParagraph("p9", ParagraphKind.Preambular, 1, "Recalling 联合国", "I. General"),
            new AddSubParagraph("p1", "s9", 0, ""),
            new DeleteParagraph("p1", null, 0, ["s1", "s2"]),
            new MoveParagraph("s1", "p1", 0, 2),
            new SetParagraphKind("p1", ParagraphKind.Operative),
            new SetHeading("p1", null),
            new SetPart("p1", new DraftPart("Information in the service of humanity", "The General Assembly,")),
            new SetPart("p1", null),
            new SetSource("p1", new AgreedLanguage("A/RES/76/12", "OP5", "Urges all States 联合国", "2021", "en")),
            new SetSource("s1", null),
            new EditText("p1", TextOperation.Splice(3, 1, 1, "😀")),
            new SetTitle("Oceans"),
            new SetAuthorLine("The General Assembly,"),
            new SetMetadata(new DraftMetadata { Symbol = "A/80/L.1", AgendaItem = new AgendaItem("66", "Oceans") }),
            new AddSponsor(new Sponsor("Ghana", true, new DateOnly(2025, 10, 7)), 0),
            new RemoveSponsor("Ghana", 0),
            new NoOp(DropReasons.ParagraphDeleted),
            new OperationBatch([new SetTitle("a"), new NoOp()]),
        ];

        foreach (var op in all)
        {
            var json = DraftOperationJson.Serialize(op);
            var back = DraftOperationJson.Parse(json);
            Assert.True(back.IsSuccess, $"{json}: {back.Error}");
            Assert.Equal(json, DraftOperationJson.Serialize(back.Value!));
        }
    }

    [Fact]
    public void Json_EditText_HasTheDocumentedShape()
    {
        var json = DraftOperationJson.Serialize(new EditText("p1", TextOperation.Splice(3, 1, 1, "大")));

        Assert.Equal("{\"type\":\"editText\",\"nodeId\":\"p1\",\"operation\":[1,\"大\",-1,1]}", json);
    }

    [Theory]
    [InlineData("{\"nodeId\":\"p1\",\"operation\":[1]}", "needs a \"type\"")]
    [InlineData("{\"type\":\"explode\"}", "explode")]
    [InlineData("{\"type\":\"editText\",\"nodeId\":\"p1\"}", "operation")]
    [InlineData("{\"type\":\"editText\",\"nodeId\":\"p 1\",\"operation\":[1]}", "paragraph id")]
    [InlineData("{\"type\":\"editText\",\"nodeId\":\"p1\",\"operation\":[0]}", "other than 0")]
    [InlineData("{\"type\":\"insertParagraph\",\"id\":\"p2\",\"kind\":\"sideways\",\"index\":0,\"text\":\"x\"}", "kind")]
    [InlineData("{\"type\":\"insertParagraph\",\"id\":\"p2\",\"kind\":\"operative\",\"index\":-1,\"text\":\"x\"}", "negative")]
    [InlineData("{\"type\":\"setTitle\",\"title\":null}", "title")]
    [InlineData("{\"type\":\"insertParagraph\",\"id\":\"p2\",\"kind\":\"operative\",\"text\":\"x\"}", "index")]
    [InlineData("{\"type\":\"insertParagraph\",\"id\":\"p2\",\"kind\":1,\"index\":0,\"text\":\"x\"}", "kind")]
    [InlineData("[1,2]", "")]
    public void Json_Malformed_IsRefusedWithAMessage(string json, string expected)
    {
        var result = DraftOperationJson.Parse(json);

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Json_TypeAfterOtherProperties_IsAccepted()
    {
        var result = DraftOperationJson.Parse("{\"title\":\"Oceans\",\"type\":\"setTitle\"}");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(new SetTitle("Oceans"), result.Value);
    }

    internal static Draft DraftWith(params string[] ids)
    {
        var draft = Draft.Create("en").Value!;
        foreach (var id in ids)
        {
            draft.InsertParagraph(ParagraphKind.Operative, "Urges", id: id);
        }

        return draft;
    }
}
