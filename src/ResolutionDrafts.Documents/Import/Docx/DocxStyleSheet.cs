using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Import.Docx;

/// <summary>
/// A Word file's style sheet read once (ECMA-376 Part 1, 17.7): its styles by id, the default paragraph and table styles,
/// the document's default run and paragraph properties, and each style's basedOn chain. What a style chain decides is
/// each reader's own rule — vertAlign's nearest style (<see cref="DocxRaising"/>), w:i's toggle (<see cref="DocxItalics"/>),
/// a quotation's style and indents (<see cref="DocxQuoteBlocks"/>) — asked of one <see cref="Nearest{T}"/> or
/// <see cref="Chain"/> here.
/// </summary>
internal sealed class DocxStyleSheet
{
    /// <summary>basedOn chains longer than this are broken or circular; what was read so far stands.</summary>
    private const int MaxChain = 32;

    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Style[]> chains = new(StringComparer.Ordinal);

    public DocxStyleSheet(MainDocumentPart main)
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

        DefaultParagraphStyle = DefaultStyle(definitions, StyleValues.Paragraph);
        DefaultTableStyle = DefaultStyle(definitions, StyleValues.Table);
        DefaultRunProperties = definitions.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        DefaultParagraphProperties = definitions.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle;
    }

    /// <summary>The style a paragraph with no w:pStyle has ("Normal"); null when the sheet names none.</summary>
    public string? DefaultParagraphStyle { get; }

    /// <summary>The style a table with no w:tblStyle has (Word's "Normal Table" usually says nothing).</summary>
    public string? DefaultTableStyle { get; }

    /// <summary>The document's default run properties (w:docDefaults/w:rPrDefault), where a style chain leaves off.</summary>
    public RunPropertiesBaseStyle? DefaultRunProperties { get; }

    /// <summary>The document's default paragraph properties (w:docDefaults/w:pPrDefault).</summary>
    public ParagraphPropertiesBaseStyle? DefaultParagraphProperties { get; }

    /// <summary>
    /// The style and those it is based on, nearest first; empty for no id or an id the sheet lacks; cut where a basedOn
    /// names a style the sheet lacks, and after <see cref="MaxChain"/> styles (a circular chain).
    /// </summary>
    public IReadOnlyList<Style> Chain(string? styleId)
    {
        if (styleId is null)
        {
            return [];
        }

        if (chains.TryGetValue(styleId, out var known))
        {
            return known;
        }

        var chain = new List<Style>();
        var id = styleId;
        while (id is not null && chain.Count < MaxChain && styles.TryGetValue(id, out var style))
        {
            chain.Add(style);
            id = style.BasedOn?.Val?.Value;
        }

        return chains[styleId] = [.. chain];
    }

    /// <summary>
    /// What the nearest style in the chain that says anything says (<paramref name="says"/> of its run properties, null for
    /// nothing), or null when none does: Word's rule within one basedOn chain (17.7.4.3).
    /// </summary>
    public T? Nearest<T>(string? styleId, Func<StyleRunProperties?, T?> says)
        where T : struct
    {
        foreach (var style in Chain(styleId))
        {
            if (says(style.StyleRunProperties) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    // ECMA-376 Part 1, 17.7.4.17: of several styles of a type marked default, the last is the default.
    private static string? DefaultStyle(Styles definitions, StyleValues type) =>
        definitions.Elements<Style>().LastOrDefault(s => s.Type?.Value == type && s.Default?.Value == true && s.StyleId?.Value is not null)?.StyleId?.Value;
}
