using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Documents.Export;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>
/// How a download prints (issue 17): the symbol beside the job number at the foot of the first page,
/// and, for a Chinese document, the distribution block in Chinese. From the query string of a DOCX
/// download; all optional. The job number itself is not a download's option: it belongs to an issued
/// revision, stored by the secretariat's "Print for issue" (<see cref="PrintForIssueEndpoint"/>), and
/// every download of the revision prints the stored one.
/// </summary>
internal sealed record PrintOptions(bool? FooterSymbol, string? Distribution)
{
    /// <summary>The query parameter a download no longer takes (it used to print, and store, a job number).</summary>
    public const string JobParameter = "job";

    /// <summary>Why these options cannot be printed, or null.</summary>
    public string? Problem() =>
        Distribution is null or "en" or "zh" ? null : $"Unknown distribution block language '{Distribution}': use en or zh.";

    public DocxExportOptions Apply(DocxExportOptions options, string? jobNumber = null) => options with
    {
        JobNumber = string.IsNullOrWhiteSpace(jobNumber) ? options.JobNumber : jobNumber.Trim(),
        SymbolInFirstPageFooter = FooterSymbol ?? options.SymbolInFirstPageFooter,
        ChineseDistributionBlock = Distribution == "zh" || options.ChineseDistributionBlock,
    };

    /// <summary>
    /// A download asked to print a job number (<c>?job=</c>): refused, whoever asks — a GET only reads.
    /// The secretariat is told where the number is set (<paramref name="forSecretariat"/>); anyone else
    /// that only the secretariat prints with one.
    /// </summary>
    public static IResult? JobRefusal(HttpContext http, DraftAccess access, string forSecretariat) =>
        !http.Request.Query.ContainsKey(JobParameter) ? null
        : access.Can(DraftAction.IssueRevision) ? Results.Problem(forSecretariat, statusCode: StatusCodes.Status400BadRequest)
        : Results.Problem(OnlyTheSecretariat, statusCode: StatusCodes.Status403Forbidden);

    public const string OnlyTheSecretariat = "Only the secretariat prints a document with a job number, when it prints an issued revision for issue.";
}
