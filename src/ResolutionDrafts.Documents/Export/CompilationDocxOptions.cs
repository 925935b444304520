using ResolutionDrafts.Domain.Negotiation;

namespace ResolutionDrafts.Documents.Export;

/// <summary>How a compilation of proposals is printed.</summary>
public sealed record CompilationDocxOptions
{
    public static readonly CompilationDocxOptions Default = new();

    /// <summary>Page size and fonts; the page is turned to landscape for the table.</summary>
    public DocxExportOptions Document { get; init; } = DocxExportOptions.Default;

    /// <summary>"en" or "zh" for the headers and status words; the text's language when null.</summary>
    public string? Language { get; init; }

    /// <summary>The date the statuses are as at, as printed ("14 November 2025"); no such line when null.</summary>
    public string? AsOf { get; init; }

    /// <summary>How a proposal is referred to ("A/C.3/80/L.64", "EU proposal 2"); its id when null.</summary>
    public Func<Proposal, string>? Reference { get; init; }
}
