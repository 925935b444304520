using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Tells this product's own DOCX apart from every other Word file (docs/import.md, "Canonical Chinese spacing"): the
/// importer keeps the text of our own export as written, so a draft reads back unchanged, and canonicalises the Chinese
/// text of any other Word file as it does text. The mark is a custom document property, which Word and LibreOffice both
/// keep when they save the file again (the extended properties' application name, also written, is replaced by theirs);
/// a file exported before the property existed is known by that application name.
/// </summary>
public static class OurExport
{
    /// <summary>The custom property's name; its value is the product's name.</summary>
    public const string PropertyName = "ResolutionDrafts.Export";

    private const string ApplicationName = "ResolutionDrafts";

    /// <summary>The format id every user-defined document property carries (OOXML, part 1, 22.3).</summary>
    private const string UserDefinedFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>The custom property holding the draft's numbering of sub-paragraphs when it is not the UN's ("(1) (a)"; ADR 0036).</summary>
    public const string NumberingPropertyName = "ResolutionDrafts.SubParagraphNumbering";

    /// <summary>The custom property holding the draft's numbering of operative paragraphs when it is not the UN's ("(1)", "1)"; ADR 0038).</summary>
    public const string OperativeNumberingPropertyName = "ResolutionDrafts.OperativeNumbering";

    /// <summary>
    /// The custom property holding an adopted text's draft symbol ("A/C.4/75/L.6"), which the UN's page does not print when
    /// the text was adopted on a committee's report (ADR 0034, amendment 2).
    /// </summary>
    public const string DraftSymbolPropertyName = "ResolutionDrafts.DraftSymbol";

    internal static void Mark(WordprocessingDocument document, string? numbering = null, string? draftSymbol = null, string? operativeNumbering = null, string? kind = null, int? revision = null)
    {
        var part = document.CustomFilePropertiesPart ?? document.AddCustomFilePropertiesPart();
        part.Properties = new DocumentFormat.OpenXml.CustomProperties.Properties(
            new CustomDocumentProperty(new VTLPWSTR(ApplicationName)) { FormatId = UserDefinedFormatId, PropertyId = 2, Name = PropertyName });
        if (numbering is not null)
        {
            part.Properties.Append(new CustomDocumentProperty(new VTLPWSTR(numbering)) { FormatId = UserDefinedFormatId, PropertyId = 3, Name = NumberingPropertyName });
        }

        if (!string.IsNullOrWhiteSpace(draftSymbol))
        {
            part.Properties.Append(new CustomDocumentProperty(new VTLPWSTR(draftSymbol)) { FormatId = UserDefinedFormatId, PropertyId = 4, Name = DraftSymbolPropertyName });
        }

        if (!string.IsNullOrWhiteSpace(operativeNumbering))
        {
            part.Properties.Append(new CustomDocumentProperty(new VTLPWSTR(operativeNumbering)) { FormatId = UserDefinedFormatId, PropertyId = 5, Name = OperativeNumberingPropertyName });
        }

        if (!string.IsNullOrWhiteSpace(kind))
        {
            part.Properties.Append(new CustomDocumentProperty(new VTLPWSTR(kind)) { FormatId = UserDefinedFormatId, PropertyId = 6, Name = KindPropertyName });
        }

        if (revision is { } number)
        {
            part.Properties.Append(new CustomDocumentProperty(new VTInt32(number.ToString(System.Globalization.CultureInfo.InvariantCulture))) { FormatId = UserDefinedFormatId, PropertyId = 7, Name = RevisionPropertyName });
        }
    }

    /// <summary>The numbering of operative paragraphs our export wrote in its custom property ("(1)"), or null (the UN's, or not our file).</summary>
    public static string? OperativeNumbering(WordprocessingDocument document) =>
        document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .FirstOrDefault(p => string.Equals(p.Name?.Value, OperativeNumberingPropertyName, StringComparison.Ordinal))?.GetFirstChild<VTLPWSTR>()?.Text;

    /// <summary>The numbering of sub-paragraphs our export wrote in its custom property, or null (the UN's, or not our file).</summary>
    public static string? Numbering(WordprocessingDocument document) =>
        document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .FirstOrDefault(p => string.Equals(p.Name?.Value, NumberingPropertyName, StringComparison.Ordinal))?.GetFirstChild<VTLPWSTR>()?.Text;

    /// <summary>The draft symbol our export wrote in its custom property, or null.</summary>
    public static string? DraftSymbol(WordprocessingDocument document) =>
        document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .FirstOrDefault(p => string.Equals(p.Name?.Value, DraftSymbolPropertyName, StringComparison.Ordinal))?.GetFirstChild<VTLPWSTR>()?.Text is { Length: > 0 } symbol
            ? symbol.Trim() : null;

    /// <summary>
    /// The custom property holding the draft's kind as the draft JSON names it ("adoptedResolution", "draftDecision"; ADR 0036,
    /// amendment 5): a WHO body's adopted text prints no "Resolution adopted by …" heading, and one with neither a symbol nor a
    /// closing meeting would read back as a draft.
    /// </summary>
    public const string KindPropertyName = "ResolutionDrafts.Kind";

    /// <summary>The kind our export wrote in its custom property ("adoptedResolution"), or null (not our file, or written before it).</summary>
    public static string? Kind(WordprocessingDocument document) =>
        document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .FirstOrDefault(p => string.Equals(p.Name?.Value, KindPropertyName, StringComparison.Ordinal))?.GetFirstChild<VTLPWSTR>()?.Text?.Trim();

    /// <summary>
    /// The custom property holding a revised draft's revision number (Rev.2 is 2; ADR 0033, amendment 1): a draft with no symbol
    /// prints its revision nowhere, and would read back as Rev.1.
    /// </summary>
    public const string RevisionPropertyName = "ResolutionDrafts.Revision";

    /// <summary>The revision number our export wrote in its custom property, or null (not revised, not our file, or written before it).</summary>
    public static int? Revision(WordprocessingDocument document) =>
        document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .FirstOrDefault(p => string.Equals(p.Name?.Value, RevisionPropertyName, StringComparison.Ordinal)) is { } property
        && int.TryParse((property.GetFirstChild<VTInt32>()?.Text ?? property.GetFirstChild<VTLPWSTR>()?.Text)?.Trim(), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0
            ? number : null;

    /// <summary>True when the file was written by this product: it carries our custom property, or (an older export, never saved again) our application name.</summary>
    public static bool IsOurs(WordprocessingDocument document)
    {
        var custom = document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>() ?? [];
        if (custom.Any(p => string.Equals(p.Name?.Value, PropertyName, StringComparison.Ordinal)))
        {
            return true;
        }

        var application = document.ExtendedFilePropertiesPart?.Properties?.GetFirstChild<Application>()?.Text;
        return string.Equals(application?.Trim(), ApplicationName, StringComparison.Ordinal);
    }
}
