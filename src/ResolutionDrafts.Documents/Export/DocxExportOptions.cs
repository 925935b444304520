namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// How a draft is printed to DOCX. The defaults follow docs un-format.md: A4, Times New Roman
/// 10 pt on exactly 12 pt lines, Chinese in SimSun (宋体) 10.5 pt.
/// </summary>
public sealed record DocxExportOptions
{
    public static readonly DocxExportOptions Default = new();

    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>The Latin font of the body text.</summary>
    public string FontName { get; init; } = "Times New Roman";

    public double FontSizePoints { get; init; } = 10;

    /// <summary>Exact line height of body text in Latin-script documents.</summary>
    public double LineSpacingPoints { get; init; } = 12;

    /// <summary>The East Asian font, used for Chinese characters in every document.</summary>
    public string EastAsianFontName { get; init; } = "SimSun";

    /// <summary>Body size of a Chinese document.</summary>
    public double ChineseFontSizePoints { get; init; } = 10.5;

    /// <summary>
    /// Exact line height of body text in a Chinese document. 12 pt, the Latin default, leaves
    /// 10.5 pt characters touching line to line; 15 pt reads like the UN's Chinese documents.
    /// </summary>
    public double ChineseLineSpacingPoints { get; init; } = 15;

    /// <summary>The number in the first-line indent, as issued UN documents print it (un-format.md); <see cref="OperativeNumberLayout.Hanging"/> on request.</summary>
    public OperativeNumberLayout NumberLayout { get; init; } = OperativeNumberLayout.FirstLineIndent;

    /// <summary>
    /// Sponsors who joined after issue are not on the sponsors line. When true they are listed in
    /// a paragraph after the text ("Additional sponsors: Chile and Peru"); when false they are left
    /// out, as the issued L document leaves them to an addendum.
    /// </summary>
    public bool ListAdditionalSponsors { get; init; } = true;

    /// <summary>
    /// The job number DGACM gives the document ("25-17092 (E)"), printed at the foot of the first
    /// page as issued documents print it; none when null.
    /// </summary>
    public string? JobNumber { get; init; }

    /// <summary>
    /// A Chinese document's distribution block in Chinese (分发：限制, 2025年11月6日, 中文, 原文：英文).
    /// Off by default: the UN's own Chinese documents print it in English (ADR 0010).
    /// </summary>
    public bool ChineseDistributionBlock { get; init; }

    /// <summary>Whether the first page's footer also carries the symbol, at the right margin.</summary>
    public bool SymbolInFirstPageFooter { get; init; }

    /// <summary>Creator and company in the document properties.</summary>
    public string Organisation { get; init; } = "United Nations";

    /// <summary>The time written into the document properties (and tracked changes); now when null.</summary>
    public DateTimeOffset? Timestamp { get; init; }
}
