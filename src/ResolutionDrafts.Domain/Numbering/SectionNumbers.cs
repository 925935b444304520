using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Numbering;

/// <summary>
/// The names of the sections that number their paragraphs from 1 again (<see cref="Paragraph.OpensSection"/>):
/// the numeral its heading opens with, as the UN prints and cites it ("II. Revised estimates …" is section
/// II, "二. 订正概算" section 二), else its place among the sections of its part in capital roman numerals.
/// Computed like labels, never stored (ADR 0016).
/// </summary>
public static partial class SectionNumbers
{
    [GeneratedRegex(@"^\s*(?<n>[IVXLC]{1,7}|[A-Z]|[一二三四五六七八九十]{1,3})(?:[.、．]|\s|$)")]
    private static partial Regex Numeral();

    /// <summary>
    /// A section's numeral after the heading of what the section belongs to, joined on one line with it: "Conditions of
    /// service of staff … categories A. Base/floor salary scale" (75/245), "…服务条件A. 基薪/底薪表".
    /// </summary>
    [GeneratedRegex(@"(?:(?<=\p{Ll}\s)|(?<=\p{IsCJKUnifiedIdeographs}))(?<n>[IVXLC]{1,7}|[A-Z])[.．]\s")]
    private static partial Regex InnerNumeral();

    /// <summary>The name of the <paramref name="place"/>th section (from 1) opened by <paramref name="paragraph"/>.</summary>
    public static string Name(Paragraph paragraph, int place)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var numeral = paragraph.Heading is not { } heading ? null
            : Numeral().Match(heading) is { Success: true } opening ? opening
            : InnerNumeral().Match(heading);
        return numeral is { Success: true } ? numeral.Groups["n"].Value : ParagraphLabels.Roman(place).ToUpperInvariant();
    }

    /// <summary>
    /// A section's name as the Chinese texts cite it: a roman "II" is 二 ("第二节"); a Chinese numeral stays, and so
    /// does a letter ("A节"; "C" and "L" alone are letters there, not 100 and 50).
    /// </summary>
    public static string InChinese(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsChinese(name) || name is "C" or "L")
        {
            return name;
        }

        // The inverse of the labels' own roman numerals, over the few hundred a resolution could have.
        var roman = name.ToLowerInvariant();
        var value = Enumerable.Range(1, 399).FirstOrDefault(n => ParagraphLabels.Roman(n) == roman);
        return value > 0 ? Ordinals.ChineseNumber(value) : name;
    }

    /// <summary>Whether a section's name is written in Chinese numerals (一, 二 …).</summary>
    public static bool IsChinese(string name) => name.Length > 0 && name[0] is >= '一' and <= '龥';
}
