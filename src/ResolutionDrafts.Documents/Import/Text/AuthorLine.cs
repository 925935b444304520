using P = ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Finds the enacting formula before the first paragraph: "The General Assembly,", "The
/// Conference of the States Parties to …," (possibly on two lines), "大会，". Meeting reports and
/// background notes have none, which is how they are told from resolutions.
/// </summary>
internal static class AuthorLine
{
    public static (int Start, int End) Find(IReadOnlyList<SourceLine> lines, bool chinese)
    {
        for (var i = 0; i < Math.Min(lines.Count, 400); i++)
        {
            var text = lines[i].Text;
            var marker = Marker.Read(text);
            if (marker.Kind == MarkerKind.Number && marker.Number == 1 && i > 0)
            {
                break;
            }

            if (Is(text, chinese) || (i + 1 < lines.Count && IsBare(text, lines[i + 1].Text, chinese)))
            {
                return (i, i);
            }

            if (!chinese && i + 1 < lines.Count && text.StartsWith("The ", StringComparison.Ordinal) && !Is(lines[i + 1].Text, chinese)
                && !lines[i + 1].Whole && Marker.Read(lines[i + 1].Text).Kind == MarkerKind.None
                && Is(text + " " + lines[i + 1].Text, chinese) && P.OrganWord().IsMatch(text + lines[i + 1].Text))
            {
                return (i, i + 1);
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// An author line without its comma, as a resolution with no preamble may print it ("The
    /// General Assembly" then "1. Adopts …" or "Decides …"): only with an operative paragraph next.
    /// </summary>
    private static bool IsBare(string text, string next, bool chinese)
    {
        if (!(chinese ? text.EndsWith('会') : text.StartsWith("The ", StringComparison.Ordinal) && P.OrganWord().IsMatch(text))
            || !Is(text + (chinese ? "，" : ","), chinese))
        {
            return false;
        }

        var marker = Marker.Read(next);
        return (marker.Kind == MarkerKind.Number && marker.Number == 1) || (chinese ? OperativeVerb.StartsChinese(next) : OperativeVerb.Starts(next));
    }

    private static bool Is(string text, bool chinese)
    {
        if (chinese)
        {
            return text.Length is > 1 and <= 60 && text[^1] is '，' or ','
                && !P.ChinesePunctuation().IsMatch(text[..^1]) && !text.Any(char.IsAsciiDigit);
        }

        // "Draft resolution submitted by the Vice-President of the Council," wraps with a comma and names an organ: it says who
        // submitted the text (KindPhrase), it is no author line.
        return text.Length is > 4 and <= 200 && text[^1] == ',' && !text.Contains(':', StringComparison.Ordinal)
            && (text.StartsWith("The ", StringComparison.Ordinal) || (P.OrganWord().IsMatch(text) && text.Split(' ').Length <= 12 && char.IsUpper(text[0])))
            && KindPhrase.Match(text, chinese: false) is null;
    }
}
