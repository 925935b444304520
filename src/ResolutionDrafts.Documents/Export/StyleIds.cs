namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Paragraph and character style ids. SingleTxt, H1 and H23 are the DGACM template's names; the
/// others are ours, each based on one of those, so a DGACM-trained editor finds familiar styles
/// and an importer can tell a preambular from an operative paragraph by its style.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string SingleTxt = "SingleTxt";
    public const string H1 = "H1";
    public const string H23 = "H23";

    public const string MastheadOrganisation = "MastheadOrganisation";
    public const string MastheadSymbol = "MastheadSymbol";
    public const string MastheadOrgan = "MastheadOrgan";
    public const string MastheadDistribution = "MastheadDistribution";
    public const string SessionLine = "SessionLine";
    public const string AgendaTitle = "AgendaTitle";
    public const string AdoptedHeading = "AdoptedHeading";
    /// <summary>A Security Council resolution's "Resolution 2799 (2026)", bold and centred.</summary>
    public const string CouncilResolutionNumber = "CouncilResolutionNumber";
    /// <summary>"Adopted by the Security Council at its 9912th meeting, on 14 May 2026", centred, in italics.</summary>
    public const string AdoptionLine = "AdoptionLine";
    /// <summary>An adopted GA resolution's "[on the report of the Third Committee (A/76/462, para. 12)]" under its heading.</summary>
    public const string CommitteeLine = "CommitteeLine";
    /// <summary>"41st plenary meeting" and its date under it, at the end of an adopted GA resolution.</summary>
    public const string MeetingLine = "MeetingLine";
    /// <summary>The first line of the Human Rights Council's printed vote, a blank line under the meeting's date.</summary>
    public const string PrintedVote = "PrintedVote";
    public const string SponsorsLine = "SponsorsLine";
    /// <summary>WHO's "Draft resolution proposed by Brazil, Ghana and Thailand" under the title, in line with it (ADR 0036, amendment 4).</summary>
    public const string SponsorsUnderTitle = "SponsorsUnderTitle";
    public const string ResolutionTitle = "ResolutionTitle";
    public const string AuthorLine = "AuthorLine";
    public const string Preambular = "PP";
    public const string Operative = "OP";
    public const string SubParagraph1 = "SubParagraph1";
    public const string SubParagraph2 = "SubParagraph2";
    public const string SubParagraph3 = "SubParagraph3";

    public const string SubParagraph4 = "SubParagraph4";
    public const string SectionHeading = "SectionHeading";

    /// <summary>A part's letter ("A") and its title, centred, in a resolution in parts.</summary>
    public const string PartLetter = "PartLetter";
    public const string PartTitle = "PartTitle";
    public const string AdditionalSponsors = "AdditionalSponsors";
    public const string EndRule = "EndRule";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string CompilationTitle = "CompilationTitle";
    public const string CompilationSubject = "CompilationSubject";
    public const string CompilationText = "CompilationText";
    public const string TableHeading = "TableHeading";
    public const string TableText = "TableText";
    public const string Header = "Header";
    public const string Footer = "Footer";

    /// <summary>A quoted line under a paragraph's text, and under a sub-paragraph's (ADR 0028).</summary>
    public const string QuotedText = "QuotedText";
    public const string QuotedTextInSubParagraph = "QuotedTextInSubParagraph";

    public static string Quoted(int depth) => depth == 0 ? QuotedText : QuotedTextInSubParagraph;

    /// <summary>The names our DOCX gives the styles a marked-up file is read by (<see cref="ByName"/>).</summary>
    public const string QuotedTextName = "Quoted text";
    public const string QuotedTextInSubParagraphName = "Quoted text in a sub-paragraph";
    public const string AuthorLineName = "Author line";

    /// <summary>
    /// Our style id for a style named as ours: LibreOffice saves a DOCX with ids made from the names ("Quotedtext",
    /// "Authorline"), so a file of ours it saved again is read by the names; null for a name of no style of ours.
    /// </summary>
    public static string? ByName(string? name) => name switch
    {
        QuotedTextName => QuotedText,
        QuotedTextInSubParagraphName => QuotedTextInSubParagraph,
        AuthorLineName => AuthorLine,
        _ => null,
    };

    public static string SubParagraph(int depth) => depth switch
    {
        1 => SubParagraph1,
        2 => SubParagraph2,
        3 => SubParagraph3,
        _ => SubParagraph4,
    };
}
