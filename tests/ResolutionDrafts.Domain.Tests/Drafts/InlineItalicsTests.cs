using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>Inline italics as marks in the text (ADR 0015): one reading of every text, and italics that survive concurrent typing.</summary>
public sealed class InlineItalicsTests
{
    [Fact]
    public void Runs_ReadTheMarks_WithoutPrintingThem()
    {
        var runs = InlineItalics.Runs("See {i}Official Records of the General Assembly{/i}, Supplement No. 53[^2].");

        Assert.Equal(["See ", "Official Records of the General Assembly", ", Supplement No. 53[^2]."], runs.Select(r => r.Text));
        Assert.Equal([false, true, false], runs.Select(r => r.Italic));
        Assert.Equal(7, runs[1].Start);
    }

    [Theory]
    [InlineData("a{/i}b", "ab")] // a closing mark with nothing open does nothing
    [InlineData("{i}a{i}b{/i}c", "{i}ab{/i}c")] // an opening mark inside italics does nothing
    [InlineData("a{i}b", "a{i}b{/i}")] // italics left open run to the end
    [InlineData("a{i}{/i}b", "ab")] // empty italics go
    [InlineData("{i}a{/i}{i}b{/i}", "{i}ab{/i}")] // neighbours join
    [InlineData("no marks", "no marks")]
    public void Normalise_KeepsTheReading_WritesItOneWay(string text, string expected)
    {
        Assert.Equal(expected, InlineItalics.Normalise(text));
        Assert.Equal(Styled(text), Styled(expected));
    }

    [Fact]
    public void Strip_LeavesFootnoteReferences()
    {
        Assert.Equal("ibid.[^3], p. 4", InlineItalics.Strip("{i}ibid.{/i}[^3], p. 4"));
        Assert.Equal("The title", ShortText.Clean("The {i}title{/i}"));
    }

    /// <summary>
    /// Thousands of random pairs of concurrent changes to one text: one site sets italics over a range (or
    /// takes them away) while the other types and deletes elsewhere or inside it. Both orders of applying
    /// give one text (convergence), and the italics read from it are what both meant: the range the first
    /// site set is italic except where the other deleted, and what the other typed strictly inside italics is italic.
    /// </summary>
    [Fact]
    public void ConcurrentTypingAndItalics_Converge_AndKeepBothIntentions()
    {
        var random = new Random(1717);
        string[] pieces = ["a", "b", " ", "联合国", "[^1]", "x y", "{i}c{/i}"];
        var checkedItalic = 0;
        for (var n = 0; n < 4000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, 1 + random.Next(8)).Select(_ => pieces[random.Next(pieces.Length)]));
            var boundaries = Boundaries(text);

            // Site A: italics over [from, to), marks at whole-token boundaries.
            var from = boundaries[random.Next(boundaries.Count)];
            var to = boundaries[random.Next(boundaries.Count)];
            (from, to) = (Math.Min(from, to), Math.Max(from, to));
            if (from == to)
            {
                continue;
            }

            var italics = Italicise(text, from, to, boundaries);

            // Site B: typing (an insert, or a replacement of a stretch) somewhere.
            var at = boundaries[random.Next(boundaries.Count)];
            var end = random.Next(3) == 0 ? boundaries.Where(b => b >= at).ElementAt(random.Next(boundaries.Count(b => b >= at))) : at;
            var typed = random.Next(2) == 0 ? "Q" : "Q R";
            var typing = TextOperation.Builder().Retain(at).Insert(typed).Delete(end - at).Retain(text.Length - end).Build();

            var (italicsAfter, typingAfter) = TextOperation.Transform(italics, typing).Value;
            var viaA = typingAfter.Apply(italics.Apply(text).Value!).Value!;
            var viaB = italicsAfter.Apply(typing.Apply(text).Value!).Value!;
            Assert.Equal(viaA, viaB);

            // What B typed strictly inside A's range (with some of its words on either side) is italic; typing
            // outside it is not made italic. Right at an edge, the order of arrival decides (ADR 0015).
            var styled = Styled(viaA);
            var typedAt = typingAfter.Components.TakeWhile(c => c.IsRetain).Sum(c => c.Length);
            if (at > from && end < to && HasCharacters(text, from, at) && HasCharacters(text, end, to))
            {
                Assert.True(Enumerable.Range(typedAt, typed.Length).All(i => InlineItalics.IsItalicAt(viaA, i)), $"{text} | {viaA}");
                checkedItalic++;
            }
            else if ((at < from && end <= from) || at > to)
            {
                var wasItalic = InlineItalics.IsItalicAt(text, Math.Max(0, at - 1)) && InlineItalics.IsItalicAt(text, Math.Min(text.Length - 1, at));
                if (!wasItalic && !text.Contains('{'))
                {
                    Assert.False(InlineItalics.IsItalicAt(viaA, typedAt), $"{text} | {viaA}");
                }
            }

            // Every character A set italic that B did not delete stays italic.
            if (end == at)
            {
                var plainItalic = string.Concat(InlineItalics.Runs(italics.Apply(text).Value!).Where(r => r.Italic).Select(r => r.Text));
                var nowItalic = string.Concat(InlineItalics.Runs(viaA).Where(r => r.Italic).Select(r => r.Text));
                var index = nowItalic.IndexOf(typed, StringComparison.Ordinal);
                var withoutTyped = nowItalic.Length == plainItalic.Length || index < 0 ? nowItalic : nowItalic.Remove(index, typed.Length);
                Assert.Equal(plainItalic, withoutTyped);
            }

            Assert.NotNull(styled);
        }

        Assert.True(checkedItalic > 200, $"only {checkedItalic} cases typed inside italics");
    }

    // As the editor's Ctrl+I on a plain range: marks around it, marks inside it taken out.
    private static TextOperation Italicise(string text, int from, int to, List<int> boundaries)
    {
        var builder = TextOperation.Builder().Retain(from).Insert(InlineItalics.Open);
        for (var k = boundaries.IndexOf(from); boundaries[k] < to; k++)
        {
            var token = text[boundaries[k]..boundaries[k + 1]];
            if (token is InlineItalics.Open or InlineItalics.Close)
            {
                builder.Delete(token.Length);
            }
            else
            {
                builder.Retain(token.Length);
            }
        }

        return builder.Insert(InlineItalics.Close).Retain(text.Length - to).Build();
    }

    // Positions between tokens and characters, never inside "[^1]" or a mark or a surrogate pair.
    private static List<int> Boundaries(string text)
    {
        var result = new List<int> { 0 };
        var i = 0;
        while (i < text.Length)
        {
            var length = text[i] == '[' && text.IndexOf(']', i) is var close and > 0 ? close - i + 1
                : text[i] == '{' && text.IndexOf('}', i) is var brace and > 0 ? brace - i + 1
                : 1;
            i += length;
            result.Add(i);
        }

        return result;
    }

    private static bool HasCharacters(string text, int from, int to) => InlineItalics.Strip(text[from..to]).Length > 0;

    // Each italic character marked with a "_" before it: equal strings, equal reading.
    private static string Styled(string text) =>
        string.Concat(InlineItalics.Runs(text).SelectMany(r => r.Text.Select(c => r.Italic ? "_" + c : c.ToString())));
}
