namespace ResolutionDrafts.Documents.Import.Docx;

/// <summary>
/// Which characters Word prints with a run's complex-script properties (w:iCs, w:bCs, w:szCs …)
/// rather than its ordinary ones (w:i …). Word classifies each character by script: right-to-left and
/// South and South-East Asian scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, the Indic scripts, Thai,
/// Lao, Tibetan, Myanmar, Khmer …) are complex script; Latin, Cyrillic, Greek and the East Asian
/// scripts (Chinese, Japanese, Korean) are not — a Chinese or English text takes w:i. A run marked
/// w:rtl or w:cs is complex script throughout. Characters of no script (spaces, digits, punctuation)
/// go with the letters before them, or, at the start of a run, with the first letters after them.
/// </summary>
internal static class ComplexScriptText
{
    public static bool IsComplex(char c) => c switch
    {
        >= '\u0590' and <= '\u08FF' => true, // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic Extended
        >= '\u0900' and <= '\u0DFF' => true, // Devanagari … Sinhala
        >= '\u0E00' and <= '\u0FFF' => true, // Thai, Lao, Tibetan
        >= '\u1000' and <= '\u109F' => true, // Myanmar
        >= '\u1780' and <= '\u17FF' => true, // Khmer
        >= '\u1800' and <= '\u18AF' => true, // Mongolian
        >= '\uFB1D' and <= '\uFDFF' => true, // Hebrew and Arabic presentation forms
        >= '\uFE70' and <= '\uFEFF' => true, // Arabic presentation forms B
        _ => false,
    };

    /// <summary>
    /// The text in stretches, each all complex script or all not (<see cref="ComplexScriptText"/>'s rule);
    /// a run marked <paramref name="markedComplex"/> (w:rtl, w:cs) is one complex stretch.
    /// </summary>
    public static IReadOnlyList<(string Text, bool Complex)> Stretches(string text, bool markedComplex)
    {
        if (markedComplex || text.Length == 0)
        {
            return [(text, markedComplex)];
        }

        var first = text.FirstOrDefault(char.IsLetter);
        if (first == default || !text.Any(IsComplex))
        {
            return [(text, IsComplex(first))];
        }

        var result = new List<(string, bool)>();
        var current = IsComplex(first);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || IsComplex(text[i]) == current)
            {
                continue;
            }

            result.Add((text[start..i], current));
            (start, current) = (i, !current);
        }

        result.Add((text[start..], current));
        return result;
    }
}
