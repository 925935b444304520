using System.Text.RegularExpressions;
using ResolutionDrafts.Documents.Sponsors;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// Splits the names part of a sponsors line ("Bosnia and Herzegovina, Japan and United Kingdom of
/// Great Britain and Northern Ireland") into sponsors. Commas (Chinese "、") separate names; an
/// "and" (和) separates names only where the list of Member States says the pieces are names, so
/// names that contain "and" stay whole. Unknown names are kept as written, with a warning.
/// </summary>
internal static partial class SponsorListReader
{
    [GeneratedRegex(@"^(?<name>.*?)\s*[(（]\s*(?:on behalf of|代表)\s*(?<group>.+?)\s*[)）]\s*(?<stars>\**)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex OnBehalfOf();

    [GeneratedRegex(@"(?<comma>[,、，])\s*(?<stars>\*+)")]
    private static partial Regex StarAfterComma();

    /// <summary>The sponsors in order; <paramref name="stars"/> receives, for a "*" (1) or "**" (2) mark, the indexes of the sponsors it follows.</summary>
    public static List<Sponsor> Read(string names, string language, bool additional, List<string> warnings, Dictionary<int, List<int>>? stars = null)
    {
        var zh = DraftLanguage.IsChinese(language);
        var sponsors = new List<Sponsor>();
        names = StarAfterComma().Replace(names, "${stars}${comma}"); // "Mauritania,* Chile": the mark is Mauritania's
        var pieces = SplitOutside(names, zh ? "、，," : ",");
        for (var p = 0; p < pieces.Count; p++)
        {
            foreach (var raw in SplitConjunctions(pieces[p], zh, isLast: p == pieces.Count - 1))
            {
                var name = raw.Trim().Trim('*', ' ').Trim();
                var starCount = raw.Trim().Length - raw.Trim().TrimEnd('*').Length;
                string? group = null;
                var behalf = OnBehalfOf().Match(raw.Trim());
                if (behalf.Success)
                {
                    name = behalf.Groups["name"].Value.Trim();
                    group = behalf.Groups["group"].Value.Trim();
                    starCount = behalf.Groups["stars"].Length;
                }

                if (name.Length == 0)
                {
                    continue;
                }

                var known = MemberStates.Find(name);
                if (MemberStates.NotListed(name) is { } warning)
                {
                    warnings.Add(warning);
                }

                if (starCount > 0 && stars is not null)
                {
                    Mark(stars, starCount, sponsors.Count);
                }

                sponsors.Add(new Sponsor(known?.NameIn(language) ?? name, additional, null, group));
            }
        }

        return sponsors;
    }

    /// <summary>Notes that the sponsor at <paramref name="index"/> carries the mark of <paramref name="count"/> stars.</summary>
    internal static void Mark(Dictionary<int, List<int>> stars, int count, int index)
    {
        if (!stars.TryGetValue(count, out var marked))
        {
            stars[count] = marked = [];
        }

        if (!marked.Contains(index))
        {
            marked.Add(index);
        }
    }

    /// <summary>Splits at any of <paramref name="separators"/> outside parentheses.</summary>
    internal static List<string> SplitOutside(string text, string separators)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            depth += c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0;
            depth = Math.Max(depth, 0);
            if (depth == 0 && separators.Contains(c, StringComparison.Ordinal))
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
    }

    /// <summary>
    /// Splits a piece at the conjunctions that separate names: the split that makes the most known
    /// names wins; when no split finds a known name, the last piece of a list splits at its last
    /// conjunction ("A, B and C"), and any other piece stays whole.
    /// </summary>
    private static List<string> SplitConjunctions(string piece, bool zh, bool isLast)
    {
        var cuts = ConjunctionPositions(piece, zh);
        if (cuts.Count == 0 || cuts.Count > 12)
        {
            return [piece];
        }

        // best[i]: the best split of the text before boundary i (boundary 0 is the start, k+1 the end).
        var bounds = new List<(int End, int Next)> { (0, 0) };
        bounds.AddRange(cuts);
        bounds.Add((piece.Length, piece.Length));
        var n = bounds.Count;
        var score = new int[n];
        var parts = new int[n];
        var from = new int[n];
        Array.Fill(score, int.MinValue);
        score[0] = 0;
        for (var j = 1; j < n; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (score[i] == int.MinValue)
                {
                    continue;
                }

                var part = piece[bounds[i].Next..bounds[j].End];
                var s = score[i] + (MemberStates.IsKnown(part) ? 1 : 0);
                if (s > score[j] || (s == score[j] && parts[i] + 1 < parts[j]))
                {
                    score[j] = s;
                    parts[j] = parts[i] + 1;
                    from[j] = i;
                }
            }
        }

        if (score[n - 1] == 0)
        {
            return isLast
                ? [piece[..cuts[^1].End], piece[cuts[^1].Next..]]
                : [piece];
        }

        var result = new List<string>();
        for (var j = n - 1; j > 0; j = from[j])
        {
            result.Insert(0, piece[bounds[from[j]].Next..bounds[j].End]);
        }

        return result;
    }

    private static List<(int End, int Next)> ConjunctionPositions(string piece, bool zh)
    {
        var cuts = new List<(int, int)>();
        var depth = 0;
        for (var i = 0; i < piece.Length; i++)
        {
            var c = piece[i];
            depth = Math.Max(0, depth + (c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0));
            if (depth > 0)
            {
                continue;
            }

            if (zh && c == '和')
            {
                cuts.Add((i, i + 1));
            }
            else if (!zh && c == ' ' && string.CompareOrdinal(piece, i, " and ", 0, 5) == 0)
            {
                cuts.Add((i, i + 5));
            }
        }

        return cuts;
    }
}
