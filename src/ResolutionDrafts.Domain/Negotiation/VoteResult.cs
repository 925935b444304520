namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// The result of a vote: yes, no and abstain counts, and how each State voted when the vote was
/// recorded. Build a recorded vote with <see cref="FromRecorded"/> so the counts agree.
/// </summary>
public sealed record VoteResult(int Yes, int No, int Abstain, IReadOnlyList<StateVote>? Recorded = null)
{
    public static VoteResult FromRecorded(IReadOnlyList<StateVote> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        return new VoteResult(
            votes.Count(v => v.Choice == VoteChoice.Yes),
            votes.Count(v => v.Choice == VoteChoice.No),
            votes.Count(v => v.Choice == VoteChoice.Abstain),
            votes);
    }

    /// <summary>Whether the yes votes carry it: members present and voting are those voting yes or no.</summary>
    public bool Carries(RequiredMajority majority) => majority switch
    {
        RequiredMajority.TwoThirds => Yes > 0 && Yes * 3 >= (Yes + No) * 2,
        _ => Yes > No,
    };

    /// <summary>A message for counts that cannot be, or a recorded vote that does not add up; null when it is sound.</summary>
    public string? Problem()
    {
        if (Yes < 0 || No < 0 || Abstain < 0)
        {
            return "Vote counts cannot be negative.";
        }

        if (Recorded is null)
        {
            return null;
        }

        var names = Recorded.Select(v => v.State?.Trim() ?? "").ToList();
        if (names.Any(n => n.Length == 0))
        {
            return "Every State in a recorded vote must be named.";
        }

        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"{twice.Key} votes twice in the recorded vote.";
        }

        var counted = FromRecorded(Recorded);
        return counted.Yes == Yes && counted.No == No && counted.Abstain == Abstain
            ? null
            : $"The counts ({Yes} yes, {No} no, {Abstain} abstentions) do not match the recorded vote ({counted.Yes}, {counted.No}, {counted.Abstain}).";
    }
}
