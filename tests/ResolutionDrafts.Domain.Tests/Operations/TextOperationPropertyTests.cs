using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>The algebra's laws over thousands of random texts and operations (seeded, so a failure repeats).</summary>
public sealed class TextOperationPropertyTests
{
    private const int Runs = 4_000;

    [Fact]
    public void Transform_RandomConcurrentOperations_SatisfyTP1()
    {
        var random = new Random(601);
        for (var run = 0; run < Runs; run++)
        {
            var text = RandomText.CodePoints(random, 0, 30);
            var a = RandomText.Operation(random, text);
            var b = run % 2 == 0 ? RandomText.Operation(random, text) : RandomText.Keystroke(random, text);

            var (aPrime, bPrime) = TextOperation.Transform(a, b).Value;

            var viaA = bPrime.Apply(a.Apply(text).Value!);
            var viaB = aPrime.Apply(b.Apply(text).Value!);
            Assert.True(viaA.IsSuccess && viaB.IsSuccess, $"run {run}: {viaA.Error} {viaB.Error}");
            Assert.Equal(viaA.Value, viaB.Value);
            Assert.Equal(-1, FirstLoneSurrogate(viaA.Value!));
        }
    }

    [Fact]
    public void Compose_RandomSequences_EqualsApplyingInTurn()
    {
        var random = new Random(602);
        for (var run = 0; run < Runs; run++)
        {
            var text = RandomText.CodePoints(random, 0, 30);
            var a = RandomText.Operation(random, text);
            var middle = a.Apply(text).Value!;
            var b = RandomText.Operation(random, middle);

            var composed = TextOperation.Compose(a, b);

            Assert.True(composed.IsSuccess, composed.Error);
            Assert.Equal(b.Apply(middle).Value, composed.Value!.Apply(text).Value);
        }
    }

    [Fact]
    public void Invert_RandomOperations_RestoresTheText()
    {
        var random = new Random(603);
        for (var run = 0; run < Runs; run++)
        {
            var text = RandomText.CodePoints(random, 0, 30);
            var op = RandomText.Operation(random, text);

            var inverse = op.Invert(text).Value!;

            Assert.Equal(text, inverse.Apply(op.Apply(text).Value!).Value);
            Assert.Equal(op.BaseLength, inverse.TargetLength);
        }
    }

    [Fact]
    public void Wire_RandomOperations_RoundTripExactly()
    {
        var random = new Random(604);
        for (var run = 0; run < Runs; run++)
        {
            var op = RandomText.Operation(random, RandomText.CodePoints(random, 0, 30));

            var parsed = TextOperation.Parse(op.ToJson());

            Assert.True(parsed.IsSuccess, parsed.Error);
            Assert.Equal(op, parsed.Value);
            Assert.Equal(op.GetHashCode(), parsed.Value!.GetHashCode());
        }
    }

    private static int FirstLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text, i) && !char.IsSurrogatePair(text, i) && !(i > 0 && char.IsSurrogatePair(text, i - 1)))
            {
                return i;
            }
        }

        return -1;
    }
}
