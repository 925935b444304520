using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Import.Docx;

/// <summary>
/// Whether a run is printed in italics, as Word decides it: italics set on the run itself (w:i in
/// its w:rPr) are absolute, on or off; otherwise they come from the styles, where w:i is a toggle
/// property (ECMA-376 Part 1, 17.7.3): the document defaults give the start, and each style in the
/// hierarchy that sets it turns italics over — the paragraph style, then the character style — so
/// a character style "Emphasis" inside an italic paragraph style prints upright. Within one style's
/// basedOn chain the nearest style that says anything decides (17.7.4.3). w:i w:val="false" in a
/// style changes nothing.
/// </summary>
internal sealed class DocxItalics
{
    /// <summary>basedOn chains longer than this are broken or circular; what was read so far stands.</summary>
    private const int MaxChain = 32;

    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> chainValues = new(StringComparer.Ordinal);
    private readonly string? defaultParagraphStyle;
    private readonly bool documentDefault;

    public DocxItalics(MainDocumentPart main)
    {
        var definitions = main.StyleDefinitionsPart?.Styles;
        if (definitions is null)
        {
            return;
        }

        foreach (var style in definitions.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                styles.TryAdd(id, style);
            }
        }

        defaultParagraphStyle = definitions.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        documentDefault = IsOn(definitions.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.GetFirstChild<Italic>());
    }

    public bool IsItalic(Run run)
    {
        if (run.RunProperties?.Italic is { } direct)
        {
            return IsOn(direct);
        }

        var paragraph = run.Ancestors<Paragraph>().FirstOrDefault();
        var paragraphStyle = paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? defaultParagraphStyle;
        var characterStyle = run.RunProperties?.RunStyle?.Val?.Value;
        return documentDefault ^ StyleValue(paragraphStyle) ^ StyleValue(characterStyle);
    }

    private static bool IsOn(Italic? italic) => italic is not null && (italic.Val is null || italic.Val.Value);

    /// <summary>Whether a style (through its basedOn chain) turns italics over: the nearest w:i says.</summary>
    private bool StyleValue(string? styleId)
    {
        if (styleId is null)
        {
            return false;
        }

        if (chainValues.TryGetValue(styleId, out var known))
        {
            return known;
        }

        var value = false;
        var id = styleId;
        for (var depth = 0; id is not null && depth < MaxChain && styles.TryGetValue(id, out var style); depth++)
        {
            if (style.StyleRunProperties?.GetFirstChild<Italic>() is { } italic)
            {
                value = IsOn(italic);
                break;
            }

            id = style.BasedOn?.Val?.Value;
        }

        chainValues[styleId] = value;
        return value;
    }
}
