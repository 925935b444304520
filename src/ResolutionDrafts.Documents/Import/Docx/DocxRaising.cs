using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Import.Docx;

/// <summary>
/// Whether a run is printed raised (superscript), as Word decides it (ECMA-376 Part 1, 17.7.2): <c>w:vertAlign</c> set on
/// the run itself decides, then the run's character style (<c>w:rStyle</c>, through its basedOn chain), then its
/// paragraph's style, then the document's default run properties. Unlike w:i, vertAlign is no toggle: the nearest that
/// says anything decides ("baseline" too). A letter raised by a character style ("Note letter" with vertAlign superscript)
/// is as raised as one set on the run (issue 16, ADR 0035 amendment 1).
/// </summary>
internal sealed class DocxRaising(DocxStyleSheet sheet)
{
    private readonly VerticalPositionValues? documentDefault = sheet.DefaultRunProperties?.GetFirstChild<VerticalTextAlignment>()?.Val?.Value;

    /// <summary>Whether the run prints raised.</summary>
    public bool IsRaised(Run run)
    {
        var position = run.RunProperties?.VerticalTextAlignment?.Val?.Value
            ?? StyleValue(run.RunProperties?.RunStyle?.Val?.Value)
            ?? StyleValue(run.Ancestors<Paragraph>().FirstOrDefault()?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? sheet.DefaultParagraphStyle)
            ?? documentDefault;
        return position == VerticalPositionValues.Superscript;
    }

    /// <summary>
    /// Whether the run holds raised letters that are no footnote reference (ADR 0035): raised and holding a letter.
    /// Raised figures alone are left as they were read: a typed footnote number is read by the text's rules (ADR 0021, 0032).
    /// </summary>
    public bool IsRaisedLetters(Run run, string piece) => piece.Any(char.IsLetter) && IsRaised(run);

    /// <summary>The nearest w:vertAlign in a style's basedOn chain, or null when none says.</summary>
    private VerticalPositionValues? StyleValue(string? styleId) =>
        sheet.Nearest(styleId, properties => properties?.GetFirstChild<VerticalTextAlignment>()?.Val?.Value);
}
