using System.Text;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Quoted text as amendments print it: between “ and ”, which the issued English documents use
/// (A/C.3/80/L.64) and Chinese documents use too. Quotation marks inside become ‘ and ’, so the
/// quotation stays readable; the spaces the change carries at its ends are not shown, nor italic marks.
/// </summary>
internal static class Quoting
{
    // Italic marks (ADR 0015) are not quoted: the wording names the words, as issued amendments do.
    public static string Quote(string? text) =>
        "“" + Drafts.InlineItalics.Strip(text ?? "").Trim().Replace('“', '‘').Replace('”', '’') + "”";

    /// <summary>A whole paragraph with its sub-paragraphs run in after it: "Requests: (a) To report; (b) To consult."</summary>
    public static string Content(ParagraphContent content)
    {
        var text = new StringBuilder(content.Text.Trim());
        AppendChildren(text, content, 1);
        return Quote(text.ToString());
    }

    private static void AppendChildren(StringBuilder text, ParagraphContent parent, int depth)
    {
        for (var i = 0; i < parent.SubParagraphs.Count; i++)
        {
            var child = parent.SubParagraphs[i];
            text.Append(' ').Append(ParagraphLabels.SubParagraphMarker(depth, i + 1)).Append(' ').Append(child.Text.Trim());
            AppendChildren(text, child, depth + 1);
        }
    }
}
