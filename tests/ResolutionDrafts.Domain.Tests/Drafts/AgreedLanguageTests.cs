using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// A paragraph taken from agreed language remembers its source (ADR 0011): set with the text in one
/// operation, kept by copies, comparison and deltas, merged with concurrent edits, and told apart
/// from the source once its text drifts.
/// </summary>
public sealed class AgreedLanguageTests
{
    private static readonly AgreedLanguage Source = new(
        "A/RES/76/165", "OP9", "Reaffirms, among other principles, the sovereign equality of States, non-intervention and non-interference in internal affairs;", "2021", "en");

    private static Draft DraftWith(string text)
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, text, id: "p1");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "p2");
        return draft;
    }

    [Fact]
    public void UseAgreedLanguage_ReplacesTheTextAndRecordsTheSource_InOneOperation()
    {
        var draft = DraftWith("Reaffirming the sovereign equality of States");

        var op = SetSource.UseAgreedLanguage(draft, "p1", Source).Value!;
        Assert.True(op.Apply(draft).IsSuccess);

        var node = draft.FindNode("p1")!;
        Assert.Equal(Source.Text, node.Text);
        Assert.Equal(Source, node.Source);
        Assert.True(Source.Matches(node.Text));
        Assert.Null(draft.FindNode("p2")!.Source);
        var batch = Assert.IsType<OperationBatch>(op);
        Assert.Collection(batch.Operations, o => Assert.IsType<EditText>(o), o => Assert.IsType<SetSource>(o));
    }

    [Fact]
    public void Drift_IsDetectedAfterAnEdit_AndTheDifferencesNameTheEditedWords()
    {
        var draft = DraftWith("x");
        SetSource.UseAgreedLanguage(draft, "p1", Source).Value!.Apply(draft);
        var node = draft.FindNode("p1")!;

        // Extra spaces are no drift: the typist doubled one.
        Assert.True(EditText.Splice(draft, "p1", 10, 0, " ").Value!.Apply(draft).IsSuccess);
        Assert.True(node.Source!.Matches(node.Text));

        var at = node.Text.IndexOf("internal", StringComparison.Ordinal);
        Assert.True(EditText.Splice(draft, "p1", at, "internal".Length, "domestic").Value!.Apply(draft).IsSuccess);

        Assert.False(node.Source.Matches(node.Text));
        Assert.Equal(Source, node.Source); // the source is kept while the text drifts
        var differences = node.Source.Differences(node.Text);
        Assert.Contains(differences, s => s.Operation == DiffOperation.Delete && s.Text.Contains("internal", StringComparison.Ordinal));
        Assert.Contains(differences, s => s.Operation == DiffOperation.Insert && s.Text.Contains("domestic", StringComparison.Ordinal));
        Assert.DoesNotContain(differences, s => s.Operation != DiffOperation.Equal && s.Text.Contains("sovereign", StringComparison.Ordinal));
    }

    [Fact]
    public void SetSource_IsRefusedForAMissingParagraphOrAnIncompleteSource_AndChangesNothing()
    {
        var draft = DraftWith("Urges all States");

        Assert.False(new SetSource("nope", Source).Apply(draft).IsSuccess);
        var noSymbol = new SetSource("p1", Source with { Symbol = " " }).Apply(draft);
        Assert.False(noSymbol.IsSuccess);
        Assert.Contains("symbol", noSymbol.Error, StringComparison.OrdinalIgnoreCase);
        Assert.False(new SetSource("p1", Source with { Label = "OP5\u202E" }).Validate().IsSuccess);
        Assert.False(new SetSource("p1", Source with { Text = "" }).Validate().IsSuccess);
        Assert.False(SetSource.UseAgreedLanguage(draft, "p1", Source with { Text = new string('x', DraftLimits.MaxTextLength + 1) }).IsSuccess);

        Assert.Null(draft.FindNode("p1")!.Source);
        Assert.Equal("Urges all States", draft.FindNode("p1")!.Text);
    }

    [Fact]
    public void SubParagraphs_CarryASourceToo_AndCopiesKeepIt()
    {
        var draft = DraftWith("Requests the Secretary-General:");
        draft.AddSubParagraph("p1", "to report", id: "s1");
        var sub = Source with { Label = "OP5 (b)", Text = "To report to the General Assembly at its seventy-eighth session;" };

        Assert.True(SetSource.UseAgreedLanguage(draft, "s1", sub).Value!.Apply(draft).IsSuccess);
        var copy = draft.Clone();

        Assert.Equal(sub, copy.FindNode("s1")!.Source);
        Assert.Contains("source \"A/RES/76/165\" \"OP5 (b)\"", DraftCanonicalForm.Of(copy), StringComparison.Ordinal);
        Assert.DoesNotContain("source", DraftCanonicalForm.Of(DraftWith("Urges all States")), StringComparison.Ordinal);
    }

    [Fact]
    public void Transform_TwoSourcesOnOneParagraph_TheLaterStands_AndOneInsideADeletedParagraphIsDropped()
    {
        var draft = DraftWith("Urges all States");
        var earlier = new SetSource("p1", Source);
        var later = new SetSource("p1", Source with { Symbol = "A/RES/75/1" });

        var (e, l) = DraftOperation.Transform(earlier, later).Value;
        var server = draft.Clone();
        earlier.Apply(server);
        l.Apply(server);
        var client = draft.Clone();
        later.Apply(client);
        e.Apply(client);
        Assert.Equal("A/RES/75/1", server.FindNode("p1")!.Source!.Symbol);
        Assert.Equal(DraftCanonicalForm.Of(server), DraftCanonicalForm.Of(client));

        var (_, dropped) = DraftOperation.Transform(DeleteParagraph.Of(draft, "p1").Value!, earlier).Value;
        Assert.Equal(new NoOp(DropReasons.ParagraphDeleted), dropped);
    }

    [Fact]
    public void UsingAPrecedent_WhileSomeoneTypesInTheParagraph_Converges()
    {
        var draft = DraftWith("Reaffirming the sovereign equality of States");
        var server = new OperationServer(draft.Clone(), 0);
        var use = SetSource.UseAgreedLanguage(draft, "p1", Source).Value!;
        var typed = EditText.Splice(draft, "p1", draft.FindNode("p1")!.Text.Length, 0, " and peoples").Value!;

        var first = server.Receive(new Submission("page", 1, 0, use));
        var second = server.Receive(new Submission("typist", 1, 0, typed));

        Assert.Equal(ServerOutcomeKind.Applied, first.Kind);
        Assert.Equal(ServerOutcomeKind.Applied, second.Kind);
        var node = server.Draft.FindNode("p1")!;
        Assert.Equal(Source, node.Source);
        Assert.Contains("and peoples", node.Text, StringComparison.Ordinal);
        Assert.False(node.Source!.Matches(node.Text)); // the typist's words make it drift, and it says so
    }

    [Fact]
    public void Comparison_ShowsTheSourceOnEachSide_AndADeltaCarriesItWithoutClearingIt()
    {
        var before = DraftWith("Reaffirming the sovereign equality of States");
        var after = before.Clone();
        SetSource.UseAgreedLanguage(after, "p1", Source).Value!.Apply(after);

        var compared = DraftComparer.Compare(before, after).Paragraphs.Single(p => p.Id == "p1");
        Assert.Null(compared.OldSource);
        Assert.Equal(Source, compared.NewSource);
        Assert.True(compared.IsSourceChanged);
        Assert.False(DraftComparer.Compare(after, after.Clone()).Paragraphs.Single(p => p.Id == "p1").IsSourceChanged);

        var delta = DraftDelta.Between(before, after).Value!;
        var replayed = before.Clone();
        Assert.True(delta.Apply(replayed).IsSuccess);
        Assert.Equal(DraftCanonicalForm.Of(after), DraftCanonicalForm.Of(replayed));

        // An amended copy made from a text without the source does not take it away.
        Assert.True(DraftDelta.Between(after, before).Value!.Apply(after).IsSuccess);
        Assert.Equal(Source, after.FindNode("p1")!.Source);
    }
}
