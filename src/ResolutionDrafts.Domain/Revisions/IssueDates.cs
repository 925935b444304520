using System.Globalization;
using System.Text.RegularExpressions;

namespace ResolutionDrafts.Domain.Revisions;

/// <summary>The date of issue as a masthead prints it: "7 October 2025" in English, "2025年10月7日" in Chinese.</summary>
public static partial class IssueDates
{
    [GeneratedRegex(@"^\s*([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDate();

    public static string Format(DateOnly date, string language) => language == "zh"
        ? $"{date.Year}年{date.Month}月{date.Day}日"
        : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"7 October 2025", "7 Oct 2025", "2025-10-07" or "2017年11月9日" as a date; null when the text is not one.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), ["d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var zh = ChineseDate().Match(text);
        return zh.Success && DateOnly.TryParseExact($"{zh.Groups[1].Value}-{zh.Groups[2].Value}-{zh.Groups[3].Value}", "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date
            : null;
    }
}
