using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Import.Docx;

/// <summary>
/// Word's automatic list numbering, as the text it prints: "3.", "(b)", "(ii)", "IV.". Documents
/// from capitals often number operative paragraphs this way rather than typing the numbers.
/// </summary>
internal sealed partial class DocxNumbering
{
    private readonly Dictionary<int, int> abstractOf = [];
    private readonly Dictionary<(int Abstract, int Level), (string Format, int Start, string Text)> levels = [];
    private readonly Dictionary<string, (int NumId, int Level)> byStyle = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Abstract, int Level), int> counters = [];

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        foreach (var abstractNum in numbering?.Elements<AbstractNum>() ?? [])
        {
            var id = abstractNum.AbstractNumberId?.Value ?? -1;
            foreach (var level in abstractNum.Elements<Level>())
            {
                var format = FormatName(level.NumberingFormat?.Val?.Value);
                levels[(id, level.LevelIndex?.Value ?? 0)] = (format, level.StartNumberingValue?.Val?.Value ?? 1, level.LevelText?.Val?.Value ?? "");
            }
        }

        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is { } numId && instance.AbstractNumId?.Val?.Value is { } abstractId)
            {
                abstractOf[numId] = abstractId;
            }
        }

        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } styleId && style.StyleParagraphProperties?.NumberingProperties is { } props && props.NumberingId?.Val?.Value is { } numId)
            {
                byStyle[styleId] = (numId, props.NumberingLevelReference?.Val?.Value ?? 0);
            }
        }
    }

    private static string FormatName(NumberFormatValues? format) =>
        format is not { } f || f == NumberFormatValues.Decimal ? "decimal"
        : f == NumberFormatValues.LowerLetter ? "lowerLetter"
        : f == NumberFormatValues.LowerRoman ? "lowerRoman"
        : f == NumberFormatValues.UpperRoman ? "upperRoman"
        : f == NumberFormatValues.UpperLetter ? "upperLetter"
        : "other";

    /// <summary>The number Word prints before the paragraph, or null when it has none.</summary>
    public string? Marker(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties?.NumberingProperties;
        return Label(props?.NumberingId?.Val?.Value, props?.NumberingLevelReference?.Val?.Value,
            paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value)?.Text;
    }

    /// <summary>
    /// The number Word prints before a paragraph with that w:numPr (its w:numId and w:ilvl, either
    /// missing) and paragraph style, and its list level (0 the outermost); null when it has none.
    /// Counts the paragraph: call once per paragraph, in document order.
    /// </summary>
    public (string Text, int Level)? Label(int? numId, int? ilvl, string? paragraphStyle)
    {
        var level = ilvl ?? 0;
        if (numId is null && paragraphStyle is not null && byStyle.TryGetValue(paragraphStyle, out var fromStyle))
        {
            (numId, level) = (fromStyle.NumId, ilvl ?? fromStyle.Level);
        }

        if (numId is not { } id || id == 0 || !abstractOf.TryGetValue(id, out var abstractId) || !levels.TryGetValue((abstractId, level), out var definition))
        {
            return null;
        }

        var n = counters.TryGetValue((abstractId, level), out var count) ? count + 1 : definition.Start;
        counters[(abstractId, level)] = n;
        foreach (var deeper in counters.Keys.Where(k => k.Abstract == abstractId && k.Level > level).ToList())
        {
            counters.Remove(deeper);
        }

        var number = definition.Format switch
        {
            "decimal" => n.ToString(CultureInfo.InvariantCulture),
            "lowerLetter" => ParagraphLabels.Letters(n),
            "lowerRoman" => ParagraphLabels.Roman(n),
            "upperRoman" => ParagraphLabels.Roman(n).ToUpperInvariant(),
            "upperLetter" => ParagraphLabels.Letters(n).ToUpperInvariant(),
            _ => null,
        };
        if (number is null)
        {
            return null;
        }

        // "%1." prints "3."; "(%2)" prints "(b)".
        var text = definition.Text.Length == 0 ? number + "." : definition.Text.Replace($"%{level + 1}", number, StringComparison.Ordinal);
        text = text.Contains('%', StringComparison.Ordinal) ? number + "." : text;
        return (UnMarker(abstractId, level, n, text), level);
    }

    /// <summary>
    /// A sub-level of a list whose first level numbers the paragraphs ("1.", "2.") is a sub-paragraph however Word
    /// prints it: Word's and LibreOffice's default nested list prints "a." at every level, which a resolution
    /// prints "(a)", "(i)", then "a.". The level decides, as Word shows it indented; a list already in the UN's
    /// form for its level keeps its own text.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\(\d+\)|\d+\)|[a-z]+\))$")]
    private static partial System.Text.RegularExpressions.Regex OtherBodysNumber();

    private string UnMarker(int abstractId, int level, int n, string text)
    {
        if (level is < 1 or > 3 || !levels.TryGetValue((abstractId, 0), out var first) || first.Format != "decimal")
        {
            return text;
        }

        if (OtherBodysNumber().IsMatch(text))
        {
            // "(1)", "1)", "a)", "i)": another body's numbering, chosen on purpose (no program's default prints it), kept as
            // printed; the text reader numbers the level so (ADR 0036).
            return text;
        }

        var un = level switch
        {
            1 => $"({ParagraphLabels.Letters(n)})",
            2 => $"({ParagraphLabels.Roman(n)})",
            _ => ParagraphLabels.Letters(n) + ".",
        };
        return text == un ? text : un;
    }
}
