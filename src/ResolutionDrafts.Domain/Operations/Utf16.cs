namespace ResolutionDrafts.Domain.Operations;

/// <summary>Surrogate-pair checks: an operation may never leave half of an emoji or a CJK Ext B character.</summary>
internal static class Utf16
{
    /// <summary>True when a boundary at <paramref name="position"/> falls between the two halves of a pair.</summary>
    public static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length
        && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);

    /// <summary>The index of the first lone surrogate in <paramref name="text"/>, or -1.</summary>
    public static int FirstLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
