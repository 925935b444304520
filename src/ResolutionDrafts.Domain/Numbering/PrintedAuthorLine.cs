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
}
