using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Import.Docx;

/// <summary>
/// Which Word paragraphs are set off as a block quotation, as Word files of any origin lay one out with no quotation
/// marks (ADR 0028, amendment 2): a paragraph of a quotation style ("Quote", "Intense Quote", "Block Text",
/// "Quotation", our own "QuotedText", "Zitat", "Citation", "Cita") or one whose first line starts clearly to the right
/// of where the body's paragraphs start (by <see cref="MinExtraIndent"/> or more), centred text and Word's numbered
/// lists aside. The body's start is the first-line start most of the document's paragraphs share: a UN sub-paragraph,
/// hung from the body's margin ("(a)" where the paragraph's first line starts), is not indented by it. The first-line
/// start is Word's: left (or start) indent plus first-line indent, less hanging, from the paragraph, then its style and
/// the styles it is based on, then the document's defaults.
/// </summary>
internal sealed class DocxQuoteBlocks(DocxStyleSheet sheet)
{
    /// <summary>A quarter of an inch, in twips: less may be a typist's nudge, not a block set off.</summary>
    public const int MinExtraIndent = 360;

    private static readonly string[] QuoteStyleWords = ["quot", "block text", "blocktext", "zitat", "citation", "cita"];

    private int? bodyStart;

    /// <summary>The body's usual first-line start, from the paragraphs with text (the most common one).</summary>
    public void Learn(IEnumerable<Paragraph> paragraphs)
    {
        bodyStart = paragraphs
            .Where(p => p.InnerText.Trim().Length > 0 && !Centred(p))
            .Select(FirstLineStart)
            .GroupBy(s => s)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (int?)g.Key)
            .FirstOrDefault();
    }

    /// <summary>The paragraph's first-line start when it is set off as a quotation; null when it is not.</summary>
    public int? QuoteIndent(Paragraph paragraph, bool numbered)
    {
        var start = FirstLineStart(paragraph);
        if (QuoteStyled(paragraph))
        {
            return start;
        }

        return !numbered && !Centred(paragraph) && bodyStart is { } body && start >= body + MinExtraIndent ? start : null;
    }

    private bool QuoteStyled(Paragraph paragraph)
    {
        foreach (var style in Chain(paragraph))
        {
            var names = $"{style.StyleId?.Value} {style.StyleName?.Val?.Value}".ToLowerInvariant();
            if (QuoteStyleWords.Any(w => names.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private bool Centred(Paragraph paragraph)
    {
        var justification = paragraph.ParagraphProperties?.Justification?.Val
            ?? Chain(paragraph).Select(s => s.StyleParagraphProperties?.Justification?.Val).FirstOrDefault(j => j is not null);
        return justification is { } j && (j.Value == JustificationValues.Center || j.Value == JustificationValues.Right);
    }

    private int FirstLineStart(Paragraph paragraph)
    {
        var layers = new List<Indentation?> { paragraph.ParagraphProperties?.Indentation };
        layers.AddRange(Chain(paragraph).Select(s => s.StyleParagraphProperties?.Indentation));
        layers.Add(sheet.DefaultParagraphProperties?.Indentation);

        var left = First(layers, i => i.Left?.Value ?? i.Start?.Value);
        var hanging = First(layers, i => i.Hanging?.Value);
        var firstLine = First(layers, i => i.FirstLine?.Value);
        // Word takes the nearest layer that sets either of first line and hanging; hanging wins within one.
        var hangingLayer = layers.FindIndex(i => i?.Hanging is not null);
        var firstLayer = layers.FindIndex(i => i?.FirstLine is not null);
        var useHanging = hangingLayer >= 0 && (firstLayer < 0 || hangingLayer <= firstLayer);
        return left + (useHanging ? -hanging : firstLine);
    }

    private static int First(List<Indentation?> layers, Func<Indentation, string?> value)
    {
        foreach (var layer in layers)
        {
            if (layer is not null && value(layer) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var twips))
            {
                return twips;
            }
        }

        return 0;
    }

    private IReadOnlyList<Style> Chain(Paragraph paragraph) =>
        sheet.Chain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? sheet.DefaultParagraphStyle);
}
