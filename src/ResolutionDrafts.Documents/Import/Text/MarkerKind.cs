namespace ResolutionDrafts.Documents.Import.Text;

internal enum MarkerKind
{
    None,

    /// <summary>"1.", "12.", "5 bis." at the start of an operative paragraph.</summary>
    Number,

    /// <summary>"(a)", "(ii)", "(aa)": a sub-paragraph, depth decided by context.</summary>
    Parenthesized,

    /// <summary>"a." at the third level.</summary>
    LetterDot,

    /// <summary>"I", "IV.", "A.", "一、": a section heading.</summary>
    Heading,
}
