using System.Xml.Linq;

namespace ResolutionDrafts.Documents.Export;

/// <summary>The Akoma Ntoso 3.0 namespace (the UN's files use it as default) and AKN4UN's.</summary>
internal static class AknNames
{
    public static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    public static readonly XNamespace Akn4Un = "http://un.org/akn4un";

    public static XName N(string local) => Akn + local;

    /// <summary>ISO 639-2 codes as FRBRlanguage carries them ("eng", "zho").</summary>
    public static string Language3(string code) => code switch
    {
        "ar" => "ara",
        "zh" => "zho",
        "en" => "eng",
        "fr" => "fra",
        "ru" => "rus",
        "es" => "spa",
        _ => code,
    };

    /// <summary>The statement@name of the UN's files.</summary>
    public static string StatementName(Domain.Drafts.DocumentKind kind) => kind switch
    {
        Domain.Drafts.DocumentKind.AdoptedResolution => "resolution",
        Domain.Drafts.DocumentKind.AdoptedDecision => "decision",
        Domain.Drafts.DocumentKind.DraftDecision or Domain.Drafts.DocumentKind.RevisedDraftDecision => "draftDecision",
        Domain.Drafts.DocumentKind.Amendment => "amendment",
        _ => "draftResolution",
    };
}
