using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Sponsors;

/// <summary>
/// The States of a recorded vote as a draft in a language shows them (ADR 0034, amendment 3). The UN's AKN names them in
/// English capitals in every language ("AFGHANISTAN", "IRAN (ISLAMIC REPUBLIC OF)", "TÜRKİYE"); the draft keeps them so,
/// and the page shows the Member States list's name in the draft's language ("Afghanistan", "阿富汗"). A name the list does
/// not know is shown as the file gives it and listed as not understood, never dropped.
/// </summary>
public static class VoterNames
{
    /// <summary>A State of a vote as a draft in <paramref name="language"/> shows it, and whether the list knows it.</summary>
    public static (string Name, bool Listed) Shown(string name, string language) =>
        MemberStates.Find(name) is { } state ? (state.NameIn(language), true) : (name, false);

    /// <summary>The names of <paramref name="vote"/> the Member States list does not know, once each, in the file's order.</summary>
    public static IReadOnlyList<string> NotListed(VotingRecord? vote) =>
        vote is null ? [] : [.. vote.Counts.SelectMany(c => c.Voters).Where(v => !MemberStates.IsKnown(v)).Distinct(StringComparer.Ordinal)];
}
