using System.Text.RegularExpressions;
using P = ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// The first words of a decision written as one sentence, where a resolution has its author line:
/// "The General Assembly decides to include …", "The General Assembly, recalling its resolution 74/186,
/// decides: …", "大会决定将题为“……”的项目列入……", "人权理事会，回顾……，决定……". Looked for only in a document
/// that says it is a decision (its sponsors line or heading), so a resolution's text is never read this way.
/// </summary>
internal static partial class DecisionSentence
{
    // The organ, then a verb in the third person (present as drafts print it, past as the Official Records do) or a
    // comma and a word in lower case ("…, recalling …, decides").
    [GeneratedRegex(@"^The\s+(?<organ>[^,;:.“”]{2,120}?)(?:,\s+(?=\p{Ll})|\s+(?:decides|decided|takes|took|approves|approved|notes|noted|adopts|adopted|requests|requested|elects|elected|appoints|appointed|authorizes|authorized|endorses|endorsed|welcomes|welcomed|reaffirms|reaffirmed|confirms|confirmed|invites|invited|agrees|agreed|defers|deferred|postpones|postponed|recommends|recommended|acknowledges|acknowledged|expresses|expressed|urges|urged|calls|called|declares|declared|resolves|resolved|concludes|concluded|encourages|encouraged|recalls|recalled)\b)")]
    private static partial Regex English();

    [GeneratedRegex(@"^(?<organ>[\p{IsCJKUnifiedIdeographs}]{0,40}?(?:大会|会议|理事会|委员会))(?:，(?=\S)|(?=决定|审议了|注意到|核准|核可|通过|请|选举|任命|欢迎|回顾|赞同|同意|推迟|建议|确认|重申|表示|敦促|吁请|宣布|鼓励))")]
    private static partial Regex Chinese();

    // The Official Records' past-tense form of an adopted decision: "At its 37th plenary meeting, on 2 December 2021, the
    // General Assembly, on the recommendation of the Sixth Committee, decided …" (also "At its 5th meeting", "meetings").
    [GeneratedRegex(@"^At\s+its\s+[^,;:.]{1,60}?\bmeetings?\b[^,;:]{0,40},\s+(?:held\s+)?on\s+[^,;:]{3,60}?\b(?:19|20)\d\d,\s+the\s+(?<organ>[^,;:.“”]{2,120}?)(?:,|\s+(?:decided|took|approved|noted|adopted|requested|elected|appointed|authorized|endorsed|welcomed|reaffirmed|confirmed|invited|agreed|deferred|postponed|recommended|acknowledged|expressed|urged|called|declared|resolved|concluded|encouraged|recalled)\b)")]
    private static partial Regex EnglishRecord();

    // The same in Chinese: "大会2021年12月2日第37次全体会议根据第六委员会的建议，决定……", "在2021年12月2日第37次全体会议上，大会……决定……".
    [GeneratedRegex(@"^(?:在\s*|(?<organ>[\p{IsCJKUnifiedIdeographs}]{0,40}?(?:大会|会议|理事会|委员会))\s*)(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:举行的)?\s*)?第\s*[\d一二三四五六七八九十百]+\s*次(?:全体)?会议")]
    private static partial Regex ChineseRecord();

    [GeneratedRegex(@"决定|注意到|核准|核可|通过|选举|任命|赞同|同意|推迟|确认|宣布")]
    private static partial Regex ChineseRecordVerb();

    /// <summary>
    /// Whether <paramref name="text"/> opens an adopted decision as the Official Records print it, in the past tense
    /// inside a narrative: "At its 37th plenary meeting, on 2 December 2021, the General Assembly, on the recommendation
    /// of the Sixth Committee, decided …" / "大会2021年12月2日第37次全体会议根据第六委员会的建议，决定……".
    /// </summary>
    public static bool OpensRecord(string text, bool chinese)
    {
        if (text.Length > 4000)
        {
            return false;
        }

        if (chinese)
        {
            var c = ChineseRecord().Match(text);
            // The organ stands before the meeting, or after it ("在……第37次全体会议上，大会……").
            return c.Success && ChineseRecordVerb().IsMatch(text[c.Length..])
                && (c.Groups["organ"].Success || Regex.IsMatch(text[c.Length..], @"^\s*上?\s*[，,]?\s*[\p{IsCJKUnifiedIdeographs}]{0,40}?(?:大会|会议|理事会|委员会)"));
        }

        var m = EnglishRecord().Match(text);
        return m.Success && P.OrganWord().IsMatch(m.Groups["organ"].Value);
    }

    /// <summary>The organ named in the Official Records' sentence ("General Assembly", "大会"), or null.</summary>
    public static string? RecordOrgan(string text, bool chinese)
    {
        if (!OpensRecord(text, chinese))
        {
            return null;
        }

        var organ = chinese ? ChineseRecord().Match(text).Groups["organ"] : EnglishRecord().Match(text).Groups["organ"];
        return organ.Success && organ.Value.Trim().Length > 0 ? organ.Value.Trim() : null;
    }

    /// <summary>
    /// The index of the first line from <paramref name="from"/> (before <paramref name="to"/>) that opens a decision as the
    /// Official Records print it, or -1. The volume's narrow columns wrap the sentence's opening ("At its 46th plenary
    /// meeting, on 9 December 2021, the General / Assembly, on the recommendation …"), so a line is read with the lines
    /// that go on from it (<see cref="OpeningAt"/>).
    /// </summary>
    public static int FindRecord(IReadOnlyList<SourceLine> lines, int from, int to, bool chinese)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, lines.Count); i++)
        {
            if (OpensRecord(OpeningAt(lines, i, chinese), chinese))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Line <paramref name="at"/> with the lines of the same paragraph after it (no blank line or page break between),
    /// up to <see cref="OpeningLines"/> of them: enough for a sentence's opening words, whatever the line length.
    /// </summary>
    public static string OpeningAt(IReadOnlyList<SourceLine> lines, int at, bool chinese)
    {
        var text = lines[at].Text.TrimEnd();
        for (var i = at + 1; i < Math.Min(lines.Count, at + OpeningLines) && !lines[i].BlankBefore && !lines[i].PageBreakBefore; i++)
        {
            var next = lines[i].Text.Trim();
            text += (chinese && next.Length > 0 && TextChars.IsCjkOrPunctuation(next[0]) ? "" : " ") + next;
        }

        return text;
    }

    private const int OpeningLines = 5;

    /// <summary>Whether <paramref name="text"/> opens a decision's sentence with the organ deciding.</summary>
    public static bool Opens(string text, bool chinese)
    {
        if (text.Length > 4000 || P.Adoption().IsMatch(text))
        {
            return false; // "大会通过的决定" heads an adopted decision; it does not open its sentence
        }

        if (OpensRecord(text, chinese))
        {
            return true;
        }

        if (chinese)
        {
            return Chinese().IsMatch(text);
        }

        var m = English().Match(text);
        return m.Success && P.OrganWord().IsMatch(m.Groups["organ"].Value);
    }

    /// <summary>The index of the first line from <paramref name="from"/> (before <paramref name="to"/>) that opens the sentence, or -1.</summary>
    public static int Find(IReadOnlyList<SourceLine> lines, int from, int to, bool chinese)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, lines.Count); i++)
        {
            if (Opens(lines[i].Text, chinese))
            {
                return i;
            }
        }

        return -1;
    }
}
