using System.Globalization;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>A day as the UN's AKN workflow writes it ("2020-10-28"), and as a page prints it ("28 October 2020", "2020年10月28日").</summary>
public static class IsoDate
{
    /// <summary>True for null (no date) or a real day written yyyy-MM-dd.</summary>
    public static bool IsDate(string? text) => text is null || TryParse(text, out _);

    /// <summary>The day <paramref name="text"/> writes, yyyy-MM-dd; the AKN's "unknown" (0001-01-01) is none.</summary>
    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) && day.Year > 1;

    /// <summary>The day as a page in the language prints it: "28 October 2020" / "2020年10月28日"; the text itself when it is not one.</summary>
    public static string Printed(string text, bool chinese) =>
        !TryParse(text, out var day) ? text
        : chinese ? string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日")
        : day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
