namespace ResolutionDrafts.Documents.Import.Text;

internal enum MarkerKind
{
    None,

    /// <summary>"1.", "12.", "5 bis." at the start of an operative paragraph.</summary>
    Number,

    /// <summary>"(a)", "(ii)", "(aa)": a sub-paragraph, depth decided by context.</summary>
    Parenthesized,

    /// <summary>
    /// "㈠", "⑴", "(一)", "（二）": an item numbered as "(i)", "(ii)" are in English texts (the Chinese texts' form
    /// of the second level); <see cref="Marker.Token"/> is the English numeral ("i", "ii").
    /// </summary>
    Numeral,

    /// <summary>"a." at the third level.</summary>
    LetterDot,

    /// <summary>"I", "IV.", "A.", "一、": a section heading.</summary>
    Heading,

    /// <summary>"(1)", "1)", "a)", "i)": another body's sub-paragraph numbers (ADR 0036; <see cref="Marker.ReadOther"/> only).</summary>
    Other,
}
