namespace ResolutionDrafts.Domain.Numbering;

/// <summary>English ordinal words, as the UN names preambular paragraphs ("the third preambular paragraph").</summary>
public static class Ordinals
{
    private static readonly string[] Units =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly string[] TensOrdinal = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
    private static readonly string[] TensCardinal = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>"first" .. "ninety-ninth"; larger numbers as "100th".</summary>
    public static string English(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (n < 20)
        {
            return Units[n];
        }

        if (n < 100)
        {
            return n % 10 == 0 ? TensOrdinal[n / 10] : $"{TensCardinal[n / 10]}-{Units[n % 10]}";
        }

        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>Chinese ordinal numerals as used for preambular paragraphs: 第三段 → "三".</summary>
    public static string ChineseNumber(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        string[] digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        if (n < 10)
        {
            return digits[n];
        }

        if (n < 20)
        {
            return "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }

        if (n < 100)
        {
            return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }

        return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
