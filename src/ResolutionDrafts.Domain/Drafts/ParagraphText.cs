using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// The one rule for the text of a paragraph, a sub-paragraph or a footnote, wherever it comes from
/// (a keystroke, a page's form, an import, an operation read from the wire): not over
/// <see cref="DraftLimits.MaxTextLength"/>, no half of a character; and, when the text is given whole
/// rather than typed, not empty.
/// </summary>
public static class ParagraphText
{
    /// <summary>
    /// Why <paramref name="text"/>, typed live, cannot be stored (missing, too long, a lone surrogate), or
    /// null. A text being typed may be empty or end in a space. <paramref name="what"/> names the thing
    /// in the message ("The sub-paragraph").
    /// </summary>
    public static string? ProblemAsTyped(string? text, string what = "A paragraph") =>
        text is null ? $"{what}'s text is missing."
        : text.Length > DraftLimits.MaxTextLength ? $"{what} can have at most {DraftLimits.MaxTextLength:N0} characters; this one has {text.Length:N0}."
        : Utf16.FirstLoneSurrogate(text) is var lone and >= 0 ? $"{what} has half of a character (a lone surrogate) at {lone}."
        : null;

    /// <summary>
    /// How many characters a reader sees in <paramref name="text"/>: its words, spaces and punctuation,
    /// each user-perceived character once (an accented letter typed as two code points, a character
    /// outside the Basic Multilingual Plane), without its marks — a footnote reference <c>[^N]</c> and the
    /// italic marks <c>{i}</c> and <c>{/i}</c> are not characters of the text (ADR 0015). This is what a
    /// counter beside a text box shows; the limit a paragraph must keep is
    /// <see cref="DraftLimits.MaxTextLength"/>, which counts the text as stored, marks included (ADR 0023).
    /// </summary>
    public static int ReadLength(string text)
    {
        var words = FootnoteReferences.Pattern().Replace(InlineItalics.Strip(text), "");
        return words.Length == 0 ? 0 : new System.Globalization.StringInfo(words).LengthInTextElements;
    }

    /// <summary>As <see cref="ProblemAsTyped"/>, for a text given whole (a new paragraph, a form's text): it must not be empty either.</summary>
    public static string? Problem(string? text, string what = "A paragraph") =>
        string.IsNullOrWhiteSpace(text) ? $"{what} cannot be empty." : ProblemAsTyped(text, what);
}
