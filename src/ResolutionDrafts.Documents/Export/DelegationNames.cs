using ResolutionDrafts.Documents.Sponsors;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Export;

/// <summary>Delegations as a document in a given language prints them: official short names from the UN list, others as written.</summary>
internal static class DelegationNames
{
    public static string Name(string delegation, string language) => MemberStates.NameIn(delegation, language);

    /// <summary>"Uganda (on behalf of the Group of 77 and China), Chile and Peru" / "乌干达（代表……）、智利和秘鲁".</summary>
    public static string Join(IReadOnlyList<string> delegations, string? onBehalfOf, string language)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var names = delegations.Select((d, k) => SponsorsLine.Name(new Sponsor(Name(d, language), OnBehalfOf: k == 0 ? onBehalfOf : null), chinese)).ToList();
        return SponsorsLine.JoinNames(names, chinese);
    }
}
