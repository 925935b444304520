using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Extensions;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Revisions;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>
/// Downloads: the live text, an issued revision, or a comparison of any two, as UN-format DOCX or
/// Akoma Ntoso. Documents are built off the request thread and streamed, so a long export holds up
/// nobody else. Each needs the Export permission in the draft, and each is audited.
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("").RequireRateLimiting(RateLimits.PerUser).AddEndpointFilter<ResolutionDrafts.Web.Operations.ExportMetricsFilter>();

        exports.MapGet("/drafts/{id:guid}/export/{format}", async (Guid id, string format, string? page, bool? comments, [AsParameters] PrintOptions print, TextVersions versions, NegotiationService negotiation, IAuditLog audit, HttpContext http, CancellationToken ct) =>
        {
            var (access, refusal) = await EndpointAccess.CheckAsync(http, id, DraftAction.Export);
            if (refusal is not null)
            {
                return refusal;
            }

            // The live text is never issued, so it has no job number to print.
            if (PrintOptions.JobRefusal(http, access!,
                    "The live text is not an issued document and has no job number: issue a revision, then print it for issue from the revision's page.") is { } noJob)
            {
                return noJob;
            }

            var version = await versions.FindAsync(id, TextVersion.LiveKey, ct);
            if (!version.IsSuccess)
            {
                return Results.NotFound(version.Error);
            }

            if (print.Problem() is { } problem)
            {
                return Results.BadRequest(problem);
            }

            if (comments == true && format == "docx")
            {
                // Issue 21: the paragraph comments as Word comments, so a delegation's reply in Word can come back.
                var draft = version.Value!.Draft;
                var bytes = await WithCommentsAsync(negotiation, id, draft, () => DocxExporter.Export(draft, print.Apply(Options(page))), ct);
                await audit.WriteAsync(access!.Actor, AuditActions.Exported, id, "DOCX of live text, with comments", ct);
                return Results.File(bytes, DocxExporter.ContentType, FileName(draft) + ".docx");
            }

            return await WriteAsync(audit, access!, version.Value!.Draft, format, print.Apply(Options(page)), "live text", ct);
        });

        exports.MapGet("/revisions/{id:guid}/export/{format}", async (Guid id, string format, string? page, [AsParameters] PrintOptions print, IRevisionService revisions, IAuditLog audit, HttpContext http, CancellationToken ct) =>
        {
            // Access first, and one answer for a missing revision and another draft's: ids cannot be probed.
            var draftId = await revisions.DraftOfAsync(id, ct);
            var (access, refusal) = draftId is { } of ? await EndpointAccess.CheckAsync(http, of, DraftAction.Export) : (null, null);
            if (access is null)
            {
                return Results.Problem(RevisionService.NoSuchRevision, statusCode: StatusCodes.Status404NotFound);
            }

            if (refusal is not null)
            {
                return refusal;
            }

            // A download only reads: it prints the job number stored with the revision by the secretariat's
            // "Print for issue" (a POST, PrintForIssueEndpoint), and sets none.
            if (PrintOptions.JobRefusal(http, access,
                    "A download does not set the job number: use “Print for issue” on the revision's page, which stores it and downloads the document.") is { } noJob)
            {
                return noJob;
            }

            if (print.Problem() is { } problem)
            {
                return Results.BadRequest(problem);
            }

            var revision = await revisions.LoadAsync(id, ct);
            return revision is null
                ? Results.Problem(RevisionService.NoSuchRevision, statusCode: StatusCodes.Status404NotFound)
                : await WriteAsync(audit, access, revision.Draft, format, print.Apply(Options(page), revision.Summary.JobNumber), revision.Summary.Symbol, ct);
        });

        exports.MapPrintForIssue();

        exports.MapGet("/drafts/{id:guid}/compare/docx", async (
            Guid id, string? old, string? @new, string? page, bool? comments, TextVersions versions, ChangeAuthors authors, NegotiationService negotiation, IAuditLog audit, HttpContext http, CancellationToken ct) =>
        {
            var (access, refusal) = await EndpointAccess.CheckAsync(http, id, DraftAction.Export);
            if (refusal is not null)
            {
                return refusal;
            }

            var older = await versions.FindAsync(id, old, ct);
            var newer = await versions.FindAsync(id, @new ?? TextVersion.LiveKey, ct);
            if (!older.IsSuccess || !newer.IsSuccess)
            {
                return Results.BadRequest(older.Error ?? newer.Error);
            }

            var paragraphAuthors = await authors.BetweenAsync(id, older.Value!.LogRevision, newer.Value!.LogRevision, ct);
            var options = new ComparisonDocxOptions { Document = Options(page), Author = "Secretariat", ParagraphAuthors = paragraphAuthors };
            var name = $"{FileName(newer.Value.Draft)}-compared-with-{FileName(older.Value.Draft)}.docx";
            await audit.WriteAsync(access!.Actor, AuditActions.Exported, id, $"comparison DOCX: {older.Value.Name} → {newer.Value.Name}{(comments == true ? ", with comments" : "")}", ct);
            if (comments == true)
            {
                var bytes = await WithCommentsAsync(negotiation, id, newer.Value.Draft, () => ComparisonDocxExporter.Export(older.Value.Draft, newer.Value.Draft, options), ct);
                return Results.File(bytes, DocxExporter.ContentType, name);
            }

            return Results.Stream(stream => ComparisonDocxExporter.ExportAsync(older.Value.Draft, newer.Value.Draft, stream, options, ct), DocxExporter.ContentType, name);
        });

        // Issue 8: one proposal as an issued amendment document (L document), and the compilation of all proposals per paragraph.
        exports.MapGet("/drafts/{id:guid}/proposals/{number:int}/docx", async (Guid id, int number, ProposalService proposals, IAuditLog audit, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var (access, refusal) = await EndpointAccess.CheckAsync(http, id, DraftAction.Export);
            if (refusal is not null)
            {
                return refusal;
            }

            var view = (await proposals.ListAsync(id, ct)).FirstOrDefault(p => p.Number == number);
            if (view is null)
            {
                return Results.NotFound("There is no such proposal in this draft.");
            }

            var document = AmendmentDocument.For(view.Proposal, view.Original) with
            {
                TargetSymbol = view.Original.Metadata.Symbol,
                Symbol = view.Proposal.Symbol,
                Date = clock.GetUtcNow().ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
                OriginalLanguage = view.Original.Metadata.OriginalLanguage ?? view.Original.Language,
            };
            await audit.WriteAsync(access!.Actor, AuditActions.Exported, id, $"amendment document of proposal {number}", ct);
            return Results.Stream(stream => AmendmentDocxExporter.ExportAsync(document, stream, DocxExportOptions.Default, ct),
                DocxExporter.ContentType, $"{FileName(view.Original)}-proposal-{number}.docx");
        });

        exports.MapGet("/drafts/{id:guid}/proposals/compilation.docx", async (Guid id, ProposalService proposals, TextVersions versions, IAuditLog audit, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var (access, refusal) = await EndpointAccess.CheckAsync(http, id, DraftAction.Export);
            if (refusal is not null)
            {
                return refusal;
            }

            var live = await versions.FindAsync(id, TextVersion.LiveKey, ct);
            if (!live.IsSuccess)
            {
                return Results.NotFound(live.Error);
            }

            var all = await proposals.ListAsync(id, ct);
            var numbers = all.ToDictionary(p => p.Proposal.Id, p => p.Number);
            var options = new CompilationDocxOptions
            {
                AsOf = clock.GetUtcNow().ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
                Reference = p => numbers.TryGetValue(p.Id, out var n) ? $"Proposal {n}" : p.Id,
            };
            await audit.WriteAsync(access!.Actor, AuditActions.Exported, id, "compilation of proposals", ct);
            return Results.Stream(stream => CompilationDocxExporter.ExportAsync(live.Value!.Draft, all.Select(p => p.Proposal), stream, options, ct),
                DocxExporter.ContentType, $"{FileName(live.Value!.Draft)}-compilation.docx");
        });

        return app;
    }

    private static async Task<IResult> WriteAsync(IAuditLog audit, DraftAccess access, Draft draft, string format, DocxExportOptions options, string what, CancellationToken ct)
    {
        IResult? result = format switch
        {
            "docx" => Results.Stream(stream => DocxExporter.ExportAsync(draft, stream, options, ct), DocxExporter.ContentType, FileName(draft) + ".docx"),
            "akn" => Results.Stream(stream => AknExporter.ExportAsync(draft, stream, ct), AknExporter.ContentType, FileName(draft) + ".xml"),
            _ => null,
        };
        if (result is null)
        {
            return Results.BadRequest($"Unknown format '{format}': use docx or akn.");
        }

        await audit.WriteAsync(access.Actor, AuditActions.Exported, access.DraftId, $"{format.ToUpperInvariant()} of {what}", ct);
        return result;
    }

    private static async Task<byte[]> WithCommentsAsync(NegotiationService negotiation, Guid draftId, Draft draft, Func<byte[]> export, CancellationToken ct)
    {
        var comments = (await negotiation.CommentsAsync(draftId, ct))
            .Select(c => new DraftComment(c.ParagraphId, c.Author, c.Text, new DateTimeOffset(DateTime.SpecifyKind(c.AtUtc, DateTimeKind.Utc)))).ToList();
        ct.ThrowIfCancellationRequested();
        return DocxComments.Add(export(), draft, comments);
    }

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
