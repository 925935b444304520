using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Numbering;

/// <summary>
/// Whether the author line prints above the paragraphs. A decision written as one sentence names its
/// organ in its own first words ("The General Assembly decides …", "大会决定……"): an author line kept
/// with it ("The General Assembly,", as a new draft starts) is not printed a second time (ADR 0022).
/// </summary>
public static class PrintedAuthorLine
{
    public static bool IsShown(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.AuthorLine.Length == 0)
        {
            return false;
        }

        if (!draft.Kind.IsDecision() || draft.Paragraphs.Count == 0)
        {
            return true;
        }

        var organ = draft.AuthorLine.TrimEnd(',', '，', ':', '：', ' ');
        return organ.Length == 0 || !draft.Paragraphs[0].Text.StartsWith(organ, StringComparison.Ordinal);
    }

    /// <summary>
    /// How many characters of an author line print in italics, on the page as in the DOCX: in English the organ, the
    /// enacting formula ("*The General Assembly*,"), up to its first comma or its closing punctuation; an extended
    /// line ("The General Assembly, on the recommendation of the Fifth Committee,") keeps the rest in roman. Other
    /// languages have no computed italics, as their paragraphs' openings have none.
    /// </summary>
    public static int ItalicLength(string authorLine, string language)
    {
        ArgumentNullException.ThrowIfNull(authorLine);
        if (language != DraftLanguage.English)
        {
            return 0;
        }

        var comma = authorLine.IndexOf(',', StringComparison.Ordinal);
        return (comma >= 0 ? authorLine[..comma] : authorLine).TrimEnd(',', ':', ';', ' ').Length;
    }
}
