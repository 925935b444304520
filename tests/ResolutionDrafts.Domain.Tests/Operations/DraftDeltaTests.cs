using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Domain.Tests.Amendments;
using ResolutionDrafts.Domain.Tests.Comparison;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>
/// DraftDelta turns one text into another as live operations (how an accepted amendment reaches the
/// live text): on random proposals made from real drafts, applying its operation to the original
/// gives the proposed paragraphs exactly, and it merges with a concurrent edit elsewhere.
/// </summary>
public sealed class DraftDeltaTests
{
    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void RandomProposals_BecomeOperationsThatGiveTheProposedText(int seed, bool structure)
    {
        var random = new Random(seed);
        var proposals = new RandomProposals(random);
        foreach (var original in new[] { TestDrafts.Cosp7RevisedDraft(), RealDraft() })
        {
            for (var i = 0; i < 150; i++)
            {
                var proposed = proposals.Propose(original, random.Next(1, 6), structure);
                var delta = DraftDelta.Between(original, proposed);
                Assert.True(delta.IsSuccess, delta.Error);

                var result = original.Clone();
                var applied = delta.Value!.Apply(result);
                Assert.True(applied.IsSuccess, applied.Error);
                Assert.Equal(Paragraphs(proposed), Paragraphs(result));
                Assert.Equal(original.Title, result.Title);
            }
        }
    }

    [Fact]
    public void SameText_IsNoChange()
    {
        var draft = RealDraft();

        var delta = DraftDelta.Between(draft, draft.Clone());

        Assert.True(delta.IsSuccess);
        Assert.True(delta.Value is NoOp or OperationBatch { Operations.Count: 0 }, delta.Value!.GetType().Name);
    }

    [Fact]
    public void AWordReplaced_IsAnEditOfTheMiddleOnly_SoItMergesWithTypingElsewhere()
    {
        var original = RealDraft();
        var proposed = original.Clone();
        var op1 = proposed.Paragraphs.First(p => p.Kind == ParagraphKind.Operative);
        Assert.True(proposed.SetText(op1.Id, op1.Text.Replace("report", "final report", StringComparison.Ordinal)).IsSuccess);

        var delta = Assert.IsType<EditText>(DraftDelta.Between(original, proposed).Value);

        Assert.Equal(op1.Id, delta.NodeId);
        Assert.Equal(original.FindNode(op1.Id)!.Text.Length, delta.Operation.BaseLength);
        var before = original.FindNode(op1.Id)!.Text;
        Assert.Equal(TextOperation.Splice(before.Length, before.IndexOf("report", StringComparison.Ordinal), 0, "final "), delta.Operation);
    }

    [Fact]
    public void Splice_NeverCutsASurrogatePair()
    {
        var operation = DraftDelta.Splice("a𠀀b", "a𠀁b");

        Assert.Equal("a𠀁b", operation.Apply("a𠀀b").Value);
        Assert.Equal(TextOperation.Splice(4, 1, 2, "𠀁"), operation);
    }

    private static Draft RealDraft() => AmendmentDrafts.English(
        "PP Recalling its resolutions 60/251 of 15 March 2006 and 65/281 of 17 June 2011,",
        "PP Having considered the report of the Human Rights Council,",
        "OP Takes note of the report of the Human Rights Council and its recommendations;",
        "OP Encourages Member States to streamline requests for interactive dialogues;",
        "OP Decides to remain seized of the matter.");

    private static string Paragraphs(Draft draft) => string.Join("\n", draft.Paragraphs.Select(p =>
        $"{p.Id}|{p.Kind}|{p.Heading}|{p.Text}|{string.Join(";", p.Descendants().Select(d => d.Id + "=" + d.Text))}"));
}
