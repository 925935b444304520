using System.Globalization;
using System.Text;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// How an adopted text was voted on, as the UN's AKN records it in its <c>analysis</c> (ADR 0034, amendment 2): the outcome
/// as the file words it ("adoptedWithoutVote", "adoptedRecordedVote", or a phrase: "Adopted 133-3-0, 88th plenary meeting")
/// and, for a recorded vote, each position with its count and the States that took it ("inFavour" 175: AFGHANISTAN, ALBANIA,
/// …; "against"; "abstaining"). Nothing is derived: a count without names, or names without a count, stay so. The printed
/// resolution carries none of it; the Official Records do, elsewhere.
/// </summary>
public sealed record VotingRecord(string Outcome, IReadOnlyList<VoteCount> Counts)
{
    public const string WithoutVote = "adoptedWithoutVote";
    public const string RecordedVote = "adoptedRecordedVote";

    /// <summary>The count of a position ("inFavour", "against", "abstaining"), or null when the record gives none.</summary>
    public int? CountOf(string position) => Counts.FirstOrDefault(c => c.Position == position)?.Count;

    /// <summary>
    /// The record worded as the Official Records word it: "adopted without a vote", "adopted by a recorded vote of 175 to 0,
    /// with 8 abstentions" / "未经表决通过", "以175票赞成、0票反对、8票弃权的记录表决通过"; an outcome the file words itself
    /// ("Adopted 133-3-0, 88th plenary meeting") as it is.
    /// </summary>
    public string Worded(bool chinese)
    {
        if (Outcome == WithoutVote)
        {
            return chinese ? "未经表决通过" : "adopted without a vote";
        }

        if (Outcome != RecordedVote)
        {
            return Outcome;
        }

        // The UN's files leave out a position nobody took (75/161: 175 in favour, 11 abstaining, no "against"): none voted so.
        var (yes, no, abstaining) = (CountOf("inFavour"), CountOf("against"), CountOf("abstaining"));
        if (yes is null)
        {
            return chinese ? "经记录表决通过" : "adopted by a recorded vote";
        }

        if (chinese)
        {
            return $"以{yes}票赞成、{no ?? 0}票反对、{abstaining ?? 0}票弃权的记录表决通过";
        }

        var against = no is null or 0 ? "none" : no.Value.ToString(CultureInfo.InvariantCulture);
        var text = string.Create(CultureInfo.InvariantCulture, $"adopted by a recorded vote of {yes} to {against}");
        return abstaining switch
        {
            null or 0 => text,
            1 => text + ", with 1 abstention",
            _ => string.Create(CultureInfo.InvariantCulture, $"{text}, with {abstaining} abstentions"),
        };
    }

    /// <summary>
    /// The record as the Human Rights Council prints it under its meeting and date (ADR 0034, amendment 3), one line a line:
    /// "[Adopted by a recorded vote of 23 to 12, with 12 abstentions. The voting was as follows:", then each position that
    /// names States, its label on a line ("In favour:") and its States on the next, the last closing the bracket; "[Adopted
    /// without a vote.]". Chinese: "[以23票赞成、12票反对、12票弃权的记录表决通过。表决情况如下：", "赞成：", …; "[未经表决获得通过。]".
    /// The States as given (<paramref name="name"/> turns one into the name to print).
    /// </summary>
    public IReadOnlyList<string> Printed(bool chinese, Func<string, string>? name = null)
    {
        if (Outcome == WithoutVote)
        {
            return [chinese ? "[未经表决获得通过。]" : "[Adopted without a vote.]"];
        }

        var worded = Worded(chinese);
        var named = Counts.Where(c => c.Voters.Count > 0).ToList();
        var head = "[" + (chinese ? worded : char.ToUpperInvariant(worded[0]) + worded[1..]) + (chinese ? "。" : ".");
        if (named.Count == 0)
        {
            return [head + "]"];
        }

        var lines = new List<string> { head + (chinese ? "表决情况如下：" : " The voting was as follows:") };
        foreach (var count in named)
        {
            lines.Add(PositionLabel(count.Position, chinese) + (chinese ? "：" : ":"));
            lines.Add(string.Join(chinese ? "、" : ", ", count.Voters.Select(name ?? (v => v))));
        }

        lines[^1] += "]";
        return lines;
    }

    /// <summary>A position as the Official Records label it: "In favour", "Against", "Abstaining" / 赞成, 反对, 弃权; another as given.</summary>
    public static string PositionLabel(string position, bool chinese) => (position, chinese) switch
    {
        ("inFavour", false) => "In favour",
        ("against", false) => "Against",
        ("abstaining", false) => "Abstaining",
        ("inFavour", true) => "赞成",
        ("against", true) => "反对",
        ("abstaining", true) => "弃权",
        _ => position,
    };

    /// <summary>Why this cannot be kept (an outcome or a name too long or on two lines, a negative count, too many names), or null.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Outcome) || Counts is null)
        {
            return "A voting record needs an outcome.";
        }

        if (ShortText.Problem(Outcome, "The vote's outcome") is { } outcome)
        {
            return outcome;
        }

        if (Counts.Count > 8)
        {
            return "A voting record has at most 8 positions.";
        }

        foreach (var count in Counts)
        {
            if (count.Count < 0 || count.Voters is null || count.Voters.Count > 400)
            {
                return $"The count \"{count.Position}\" is not a count of States.";
            }

            if ((ShortText.Problem(count.Position, "A position in the vote") ?? count.Voters.Select(v => ShortText.Problem(v, "A State in the vote")).FirstOrDefault(p => p is not null)) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>The same record with every text as a one-line field, for text from outside.</summary>
    public VotingRecord Cleaned() => new(ShortText.Clean(Outcome ?? ""),
        (Counts ?? []).Select(c => new VoteCount(ShortText.Clean(c.Position ?? ""), c.Count, (c.Voters ?? []).Select(ShortText.Clean).Where(v => v.Length > 0).ToList())).ToList());

    public bool Equals(VotingRecord? other) =>
        other is not null && Outcome == other.Outcome && Counts.SequenceEqual(other.Counts);

    public override int GetHashCode() => HashCode.Combine(Outcome, Counts.Count);

    /// <summary>All of it, so that two records that differ print differently (the canonical form compares drafts by their text).</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Outcome);
        foreach (var count in Counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {count}");
        }

        return text.ToString();
    }
}

/// <summary>One position in a recorded vote: "inFavour", its count and the States that voted so (as the file names them).</summary>
public sealed record VoteCount(string Position, int? Count, IReadOnlyList<string> Voters)
{
    public bool Equals(VoteCount? other) =>
        other is not null && Position == other.Position && Count == other.Count && Voters.SequenceEqual(other.Voters);

    public override int GetHashCode() => HashCode.Combine(Position, Count, Voters.Count);

    public override string ToString() => $"{Position} {Count?.ToString(CultureInfo.InvariantCulture) ?? "?"}: {string.Join(", ", Voters)}";
}
