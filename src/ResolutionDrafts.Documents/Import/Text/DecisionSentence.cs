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

    [GeneratedRegex(@"^(?<organ>[\p{IsCJKUnifiedIdeographs}]{0,40}?(?:大会|会议|理事会|委员会))(?:，(?=\S)|(?=决定|注意到|核准|核可|通过|请|选举|任命|欢迎|回顾|赞同|同意|推迟|建议|确认|重申|表示|敦促|吁请|宣布|鼓励))")]
    private static partial Regex Chinese();

    /// <summary>Whether <paramref name="text"/> opens a decision's sentence with the organ deciding.</summary>
    public static bool Opens(string text, bool chinese)
    {
        if (text.Length > 4000 || P.Adoption().IsMatch(text))
        {
            return false; // "大会通过的决定" heads an adopted decision; it does not open its sentence
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
