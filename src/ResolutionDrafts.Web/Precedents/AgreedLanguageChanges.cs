using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Precedents;

namespace ResolutionDrafts.Web.Precedents;

/// <summary>
/// The change a page asks for when a delegate uses a precedent's wording: the paragraph's text
/// replaced and its source recorded, in one operation through <c>IDraftService.ApplyAsync</c>
/// (docs/decisions/0011-agreed-language-provenance.md).
/// </summary>
public static class AgreedLanguageChanges
{
    public static Func<Draft, DomainResult<DraftOperation>> Use(string nodeId, AgreedLanguage source) =>
        draft => SetSource.UseAgreedLanguage(draft, nodeId, source);

    /// <summary>What a paragraph remembers of a corpus paragraph: its citation, year, language and adopted text.</summary>
    public static AgreedLanguage SourceOf(Precedent precedent)
    {
        ArgumentNullException.ThrowIfNull(precedent);
        return new AgreedLanguage(precedent.Symbol, precedent.Label, precedent.Text.Trim(), precedent.Year, precedent.Language, precedent.IsDecision);
    }
}
