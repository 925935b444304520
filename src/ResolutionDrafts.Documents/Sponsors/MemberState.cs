using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Sponsors;

/// <summary>
/// A Member State, an observer State or an organization that sponsors drafts, with its official
/// short names ("Iran (Islamic Republic of)", "伊朗伊斯兰共和国") and other names people write.
/// </summary>
public sealed record MemberState(string English, string Chinese, MemberStateStatus Status, IReadOnlyList<string> Aliases)
{
    /// <summary>The official short name in the draft's language (English for languages without a Chinese script).</summary>
    public string NameIn(string language) => DraftLanguage.IsChinese(language) ? Chinese : English;
}
