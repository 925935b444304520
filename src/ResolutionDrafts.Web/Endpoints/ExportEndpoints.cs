using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Revisions;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>
/// Downloads: the live text, an issued revision, or a comparison of any two, as UN-format DOCX or
/// Akoma Ntoso. Documents are built off the request thread and streamed, so a long export holds up
/// nobody else.
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/drafts/{id:guid}/export/{format}", async (Guid id, string format, string? page, TextVersions versions, HttpContext http, CancellationToken ct) =>
        {
            var version = await versions.FindAsync(id, TextVersion.LiveKey, ct);
            return version.IsSuccess ? await WriteAsync(http, version.Value!.Draft, format, page, ct) : Results.NotFound(version.Error);
        });

        app.MapGet("/revisions/{id:guid}/export/{format}", async (Guid id, string format, string? page, IRevisionService revisions, HttpContext http, CancellationToken ct) =>
        {
            var revision = await revisions.LoadAsync(id, ct);
            return revision is null ? Results.NotFound("There is no such revision.") : await WriteAsync(http, revision.Draft, format, page, ct);
        });

        app.MapGet("/drafts/{id:guid}/compare/docx", async (
            Guid id, string? old, string? @new, string? page, TextVersions versions, ChangeAuthors authors, HttpContext http, CancellationToken ct) =>
        {
            var older = await versions.FindAsync(id, old, ct);
            var newer = await versions.FindAsync(id, @new ?? TextVersion.LiveKey, ct);
            if (!older.IsSuccess || !newer.IsSuccess)
            {
                return Results.BadRequest(older.Error ?? newer.Error);
            }

            var paragraphAuthors = await authors.BetweenAsync(id, older.Value!.LogRevision, newer.Value!.LogRevision, ct);
            var options = new ComparisonDocxOptions { Document = Options(page), Author = "Secretariat", ParagraphAuthors = paragraphAuthors };
            var name = $"{FileName(newer.Value.Draft)}-compared-with-{FileName(older.Value.Draft)}.docx";
            return Results.Stream(stream => ComparisonDocxExporter.ExportAsync(older.Value.Draft, newer.Value.Draft, stream, options, ct), DocxExporter.ContentType, name);
        });

        return app;
    }

    private static Task<IResult> WriteAsync(HttpContext http, Draft draft, string format, string? page, CancellationToken ct) => Task.FromResult(format switch
    {
        "docx" => Results.Stream(stream => DocxExporter.ExportAsync(draft, stream, Options(page), ct), DocxExporter.ContentType, FileName(draft) + ".docx"),
        "akn" => Results.Stream(stream => AknExporter.ExportAsync(draft, stream, ct), AknExporter.ContentType, FileName(draft) + ".xml"),
        _ => Results.BadRequest($"Unknown format '{format}': use docx or akn."),
    });

    private static DocxExportOptions Options(string? page) =>
        DocxExportOptions.Default with { PageSize = string.Equals(page, "letter", StringComparison.OrdinalIgnoreCase) ? PageSize.Letter : PageSize.A4 };

    /// <summary>"A/C.3/80/L.20/Rev.1" → "A_C.3_80_L.20_Rev.1".</summary>
    private static string FileName(Draft draft)
    {
        var symbol = draft.Metadata.Symbol ?? "draft";
        var safe = new string(symbol.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_').ToArray()).Trim('_');
        return safe.Length == 0 ? "draft" : safe;
    }
}
