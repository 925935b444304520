using System.Text;
using ResolutionDrafts.Domain.Drafts;
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
    // A footnote reference is quoted as the printed text shows it, its number raised ("Council,¹"):
    // the page and the DOCX print those digits as a superscript number (docs/amendments.md). A raised letter is quoted
    // raised ("Conversionᵃ"), one Unicode cannot raise between ⁽ ⁾ ("Posts⁽Q⁾"; ADR 0035 amendment 1).
    public static string Quote(string? text) =>
        "“" + Drafts.FootnoteReferences.AsSuperscript(Drafts.InlineItalics.Quoted(text ?? "").Trim().Replace('“', '‘').Replace('”', '’')) + "”";

    /// <summary>
    /// Words that are one footnote reference only, named rather than quoted (a raised number alone in
    /// quotation marks is easily misread): "a reference to footnote 9" for what is inserted, "the
    /// reference to footnote 1" for what is there; 对脚注9的引用 in Chinese. Null for other words.
    /// </summary>
    public static string? Reference(string? text, bool chinese, bool inserted)
    {
        if (Drafts.FootnoteReferences.OnlyReference(Drafts.InlineItalics.Strip(text ?? "")) is not { } n)
        {
            return null;
        }

        var number = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return chinese ? $"对脚注{number}的引用" : $"{(inserted ? "a" : "the")} reference to footnote {number}";
    }

    /// <summary>A whole paragraph with its sub-paragraphs run in after it: "Requests: (a) To report; (b) To consult."</summary>
    /// <remarks>A Chinese text's second level is numbered ㈠, ㈡ as it prints (ADR 0016 amendment 10).</remarks>
    public static string Content(ParagraphContent content, string language = DraftLanguage.English)
    {
        var text = new StringBuilder(content.Text.Trim());
        AppendQuotation(text, content);
        AppendChildren(text, content, 1, language);
        return Quote(text.ToString());
    }

    /// <summary>The quoted lines a paragraph holds (ADR 0028), run in after its words as the page reads them.</summary>
    private static void AppendQuotation(StringBuilder text, ParagraphContent content)
    {
        foreach (var line in content.Quotation)
        {
            text.Append(' ').Append(line.Text.Trim());
        }
    }

    private static void AppendChildren(StringBuilder text, ParagraphContent parent, int depth, string language)
    {
        for (var i = 0; i < parent.SubParagraphs.Count; i++)
        {
            var child = parent.SubParagraphs[i];
            text.Append(' ').Append(parent.SubMarker(i, depth, language)).Append(' ').Append(child.Text.Trim());
            AppendQuotation(text, child);
            AppendChildren(text, child, depth + 1, language);
        }
    }
}
