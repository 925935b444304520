using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Import.Docx;

/// <summary>
/// Whether a run is printed in italics, as Word decides it: italics set on the run itself (w:i in
/// its w:rPr) are absolute, on or off; otherwise they come from the styles, where w:i is a toggle
/// property (ECMA-376 Part 1, 17.7.3): the document defaults give the start, and each style in the
/// hierarchy that sets it turns italics over — the table style of the table the paragraph is in, the
/// paragraph style, then the character style (17.7.2) — so a character style "Emphasis" inside an
/// italic paragraph style prints upright. Within one style's basedOn chain the nearest style that
/// says anything decides (17.7.4.3). w:i w:val="false" in a style changes nothing.
/// Complex-script text (Arabic, Hebrew, Thai …; <see cref="ComplexScriptText"/>) takes w:iCs by the
/// same rules instead of w:i, as Word prints it; Latin and Chinese text take w:i.
/// </summary>
internal sealed class DocxItalics(DocxStyleSheet sheet)
{
    private readonly bool documentDefault = IsOn(sheet.DefaultRunProperties?.GetFirstChild<Italic>());
    private readonly bool documentDefaultComplex = IsOn(sheet.DefaultRunProperties?.GetFirstChild<ItalicComplexScript>());

    /// <summary>Whether the run's ordinary (not complex-script) text is italic.</summary>
    public bool IsItalic(Run run) => IsItalic(run, complexScript: false);

    /// <summary>Whether the run's text of that kind (complex script or not) is italic.</summary>
    public bool IsItalic(Run run, bool complexScript)
    {
        OnOffType? direct = complexScript ? run.RunProperties?.ItalicComplexScript : run.RunProperties?.Italic;
        var paragraph = run.Ancestors<Paragraph>().FirstOrDefault();
        var table = paragraph?.Ancestors<Table>().FirstOrDefault();
        return Decide(direct is null ? null : IsOn(direct), paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value,
            run.RunProperties?.RunStyle?.Val?.Value, table is null ? null : table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value ?? sheet.DefaultTableStyle,
            complexScript);
    }

    /// <summary>
    /// Word's decision from what a run says (<paramref name="direct"/>: its own w:i or w:iCs, null when
    /// it says nothing) and the styles that apply to it (a <paramref name="tableStyle"/> only for a
    /// paragraph in a table; the default paragraph style when <paramref name="paragraphStyle"/> is null).
    /// </summary>
    public bool Decide(bool? direct, string? paragraphStyle, string? characterStyle, string? tableStyle, bool complexScript)
    {
        if (direct is { } value)
        {
            return value;
        }

        return (complexScript ? documentDefaultComplex : documentDefault)
            ^ StyleValue(tableStyle, complexScript) ^ StyleValue(paragraphStyle ?? sheet.DefaultParagraphStyle, complexScript)
            ^ StyleValue(characterStyle, complexScript);
    }

    private static bool IsOn(OnOffType? italic) => italic is not null && (italic.Val is null || italic.Val.Value);

    /// <summary>Whether a style (through its basedOn chain) turns italics over: the nearest w:i (or w:iCs) says.</summary>
    private bool StyleValue(string? styleId, bool complexScript) =>
        sheet.Nearest(styleId, properties =>
            (complexScript ? properties?.GetFirstChild<ItalicComplexScript>() : (OnOffType?)properties?.GetFirstChild<Italic>()) is { } italic
                ? IsOn(italic) : (bool?)null) ?? false;
}
