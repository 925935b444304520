using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>
/// What the secretariat sets when it prints a document for issue (issue 17): the job number at the
/// foot of the first page ("25-17092 (E)"), the symbol beside it, and, for a Chinese document, the
/// distribution block in Chinese. From the query string of a DOCX download; all optional.
/// </summary>
internal sealed record PrintOptions(string? Job, bool? FooterSymbol, string? Distribution)
{
    public const int MaxJobLength = ResolutionDrafts.Web.Revisions.RevisionService.MaxJobNumberLength;

    /// <summary>Why these options cannot be printed, or null.</summary>
    public string? Problem()
    {
        if (ShortText.Problem(Job, "The job number", MaxJobLength) is { } job)
        {
            return job;
        }

        return Distribution is null or "en" or "zh" ? null : $"Unknown distribution block language '{Distribution}': use en or zh.";
    }

    public DocxExportOptions Apply(DocxExportOptions options) => options with
    {
        JobNumber = string.IsNullOrWhiteSpace(Job) ? options.JobNumber : Job.Trim(),
        SymbolInFirstPageFooter = FooterSymbol ?? options.SymbolInFirstPageFooter,
        ChineseDistributionBlock = Distribution == "zh" || options.ChineseDistributionBlock,
    };
}
