using System.Text;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>Random text in the scripts delegates type: English, Chinese, emoji and CJK Extension B (both surrogate pairs).</summary>
internal static class RandomText
{
    private static readonly string[] English = ["a", "e", "t", "o", "n", " ", "s", "r", ",", "."];
    private static readonly string[] Chinese = ["大", "会", "决", "议", "联", "合", "国", "。", "，"];
    private static readonly string[] Emoji = ["😀", "🇺🇳", "👍🏽", "🌍"];
    private static readonly string[] ExtensionB = ["𠀀", "𠜎", "𡃁", "𪚥"];

    public static string CodePoints(Random random, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var pool = random.Next(10) switch
            {
                < 5 => English,
                < 8 => Chinese,
                8 => Emoji,
                _ => ExtensionB,
            };
            sb.Append(pool[random.Next(pool.Length)]);
        }

        return sb.ToString();
    }

    /// <summary>Indices of <paramref name="text"/> where an operation may cut: never between the halves of a pair.</summary>
    public static List<int> Boundaries(string text)
    {
        var result = new List<int>(text.Length + 1);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == 0 || i == text.Length || !(char.IsHighSurrogate(text[i - 1]) && char.IsLowSurrogate(text[i])))
            {
                result.Add(i);
            }
        }

        return result;
    }

    /// <summary>A random operation on <paramref name="text"/> with several retains, inserts and deletes.</summary>
    public static TextOperation Operation(Random random, string text)
    {
        var builder = TextOperation.Builder();
        var cuts = Boundaries(text);
        var at = 0;
        while (at < cuts.Count - 1)
        {
            var next = Math.Min(cuts.Count - 1, at + random.Next(1, 5));
            var length = cuts[next] - cuts[at];
            switch (random.Next(4))
            {
                case 0:
                    builder.Delete(length);
                    break;
                case 1:
                    builder.Insert(CodePoints(random, 1, 3)).Retain(length);
                    break;
                default:
                    builder.Retain(length);
                    break;
            }

            at = next;
        }

        if (random.Next(3) == 0)
        {
            builder.Insert(CodePoints(random, 1, 3));
        }

        return builder.Build();
    }

    /// <summary>A typist's edit: mostly one character inserted, sometimes a deletion or a replacement.</summary>
    public static TextOperation Keystroke(Random random, string text)
    {
        var cuts = Boundaries(text);
        var start = random.Next(cuts.Count);
        var roll = random.Next(10);
        var end = roll < 6 || start == cuts.Count - 1 ? start : Math.Min(cuts.Count - 1, start + random.Next(1, 4));
        var insert = roll >= 6 && roll < 8 ? "" : CodePoints(random, 1, roll < 6 ? 1 : 4);
        return TextOperation.Splice(text.Length, cuts[start], cuts[end] - cuts[start], insert);
    }
}
