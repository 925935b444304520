using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>TP1 for draft operations: two random operations (or short batches) made on the same random draft converge.</summary>
public sealed class DraftTransformPropertyTests
{
    [Fact]
    public void Transform_RandomConcurrentDraftOperations_SatisfyTP1()
    {
        var random = new Random(611);
        for (var run = 0; run < 6_000; run++)
        {
            var draft = RandomOperations.NewDraft(random, random.Next(0, 6));
            var a = Make(random, draft, "a");
            var b = Make(random, draft, "b");

            var pair = DraftOperation.Transform(a, b);

            Assert.True(pair.IsSuccess, $"run {run}: {pair.Error}");
            var viaA = Both(draft, a, pair.Value.Later, run);
            var viaB = Both(draft, b, pair.Value.Earlier, run);
            Assert.True(viaA == viaB, $"run {run}\n{DraftOperationJson.Serialize(a)}\n{DraftOperationJson.Serialize(b)}\n{viaA}\n---\n{viaB}");
        }
    }

    /// <summary>One operation, or a few made in turn (a client's buffer), valid on <paramref name="draft"/>.</summary>
    private static DraftOperation Make(Random random, Draft draft, string prefix)
    {
        var maker = new RandomOperations(random, prefix);
        var scratch = draft.Clone();
        var parts = new List<DraftOperation>();
        var count = random.Next(5) == 0 ? random.Next(2, 5) : 1;
        for (var i = 0; i < count; i++)
        {
            var op = maker.Next(scratch, textShare: 0.4);
            Assert.True(op.Apply(scratch).IsSuccess, DraftOperationJson.Serialize(op));
            parts.Add(op);
        }

        return OperationBatch.Of(parts);
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
