using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// The vote as the Human Rights Council prints it under a resolution's meeting and date (ADR 0034, amendment 3): "[Adopted by a
/// recorded vote of 23 to 12, with 12 abstentions. The voting was as follows: In favour: Algeria, … Against: … Abstaining: …]",
/// "[Adopted without a vote.]"; in Chinese "[以23票赞成、12票反对、12票弃权的记录表决通过。表决情况如下：赞成：阿尔及利亚、… 反对：…
/// 弃权：…]", "[未经表决获得通过。]". Read as the draft's <see cref="VotingRecord"/>: the counts as printed, the States as
/// printed under each position (none when it lists none); nothing derived. The text printing it is
/// <see cref="VotingRecord.Printed"/>.
/// </summary>
public static partial class PrintedVote
{
    [GeneratedRegex(@"^(?:Adopted without (?:a )?vote\.?|未经表决(?:获得)?通过。?)$", RegexOptions.IgnoreCase)]
    private static partial Regex WithoutVote();

    [GeneratedRegex(@"^Adopted by (?:a )?(?:recorded )?vote of (?<yes>\d{1,3}) to (?<no>\d{1,3}|none)(?:,?\s+with (?<abs>\d{1,3}|no|one) abstentions?)?\.?|^以(?<yes>\d{1,3})票赞成、(?<no>\d{1,3})票反对(?:、(?<abs>\d{1,3})票弃权)?的记录表决(?:获得)?通过。?", RegexOptions.IgnoreCase)]
    private static partial Regex Recorded();

    [GeneratedRegex(@"^\s*(?:The voting was as follows\s*:|表决情况如下\s*[：:])", RegexOptions.IgnoreCase)]
    private static partial Regex Follows();

    [GeneratedRegex(@"(?<label>In favour|Against|Abstaining|赞成|反对|弃权)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex Position();

    /// <summary>The words open a recorded vote as the Council prints it ("Adopted by a recorded vote of 24 to 8, …"), the bracket before them taken off.</summary>
    public static bool OpensRecordedVote(string text) => Recorded().IsMatch(text);

    /// <summary>
    /// The vote printed on <paramref name="lines"/> (a bracket from its "[" to its "]", over any number of lines), or null when
    /// they are not one. <paramref name="chinese"/> joins wrapped lines without a space.
    /// </summary>
    public static VotingRecord? Read(IEnumerable<string> lines, bool chinese)
    {
        var text = string.Join(chinese ? "" : " ", lines.Select(l => l.Trim()).Where(l => l.Length > 0)).Trim();
        if (text.Length < 3 || text[0] != '[' || text[^1] != ']')
        {
            return null;
        }

        text = text[1..^1].Trim();
        if (WithoutVote().IsMatch(text))
        {
            return new VotingRecord(VotingRecord.WithoutVote, []);
        }

        var head = Recorded().Match(text);
        if (!head.Success)
        {
            return null;
        }

        var rest = text[head.Length..];
        var follows = Follows().Match(rest);
        rest = follows.Success ? rest[follows.Length..] : rest;
        var labels = Position().Matches(rest);
        if (labels.Count == 0 ? rest.Trim().Length > 0 : rest[..labels[0].Index].Trim().Length > 0)
        {
            return null; // words the record does not say so: not a vote as the Council prints it
        }

        var voters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            var position = PositionOf(labels[i].Groups["label"].Value);
            var end = i + 1 < labels.Count ? labels[i + 1].Index : rest.Length;
            var names = rest[(labels[i].Index + labels[i].Length)..end]
                .Split([',', '，', '、', ';', '；'], StringSplitOptions.TrimEntries)
                .Select(n => FrontMatterPatterns.Spaces().Replace(n.TrimEnd('.', '。', ';', '；').Trim(), " "))
                .Where(n => n.Length > 0).ToList();
            if (voters.ContainsKey(position) || names.Count == 0)
            {
                return null; // a position twice, or none named under its label
            }

            voters[position] = names;
        }

        var counts = new List<VoteCount>();
        foreach (var (position, group) in new[] { ("inFavour", "yes"), ("against", "no"), ("abstaining", "abs") })
        {
            var count = Count(head.Groups[group]);
            var named = voters.GetValueOrDefault(position) ?? [];
            if (count is not null || named.Count > 0)
            {
                counts.Add(new VoteCount(position, count, named));
            }
        }

        return new VotingRecord(VotingRecord.RecordedVote, counts);
    }

    private static int? Count(Group group) => !group.Success ? null : group.Value.ToLowerInvariant() switch
    {
        "none" or "no" => 0,
        "one" => 1,
        var digits => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string PositionOf(string label) => label.ToLowerInvariant() switch
    {
        "in favour" or "赞成" => "inFavour",
        "against" or "反对" => "against",
        _ => "abstaining",
    };
}
