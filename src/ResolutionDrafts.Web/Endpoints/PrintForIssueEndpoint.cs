using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Revisions;

namespace ResolutionDrafts.Web.Endpoints;

/// <summary>
/// The secretariat's "Print for issue" of an issued revision (issue 17): a form POST with an
/// anti-forgery token (a form field, so ASP.NET Core's antiforgery middleware checks it) stores the job
/// number with the revision, then answers 303 See Other back to the revision's page (post/redirect/get),
/// which shows the number stored and the link to the DOCX for issue — a GET that only reads and prints
/// the stored number. A reload of the page or a prefetch of the link stores nothing; a refused number
/// goes back to the page with the reason and what was typed.
/// </summary>
internal static class PrintForIssueEndpoint
{
    public static IEndpointRouteBuilder MapPrintForIssue(this IEndpointRouteBuilder app)
    {
        app.MapPost("/revisions/{id:guid}/print-for-issue", async (Guid id, IFormCollection form, IRevisionService revisions, HttpContext http, CancellationToken ct) =>
        {
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

            if (!access.Can(DraftAction.IssueRevision))
            {
                return Results.Problem(PrintOptions.OnlyTheSecretariat, statusCode: StatusCodes.Status403Forbidden);
            }

            string job = form["job"].ToString();
            var print = new PrintOptions(form["footerSymbol"] == "true", form["distribution"] == "zh" ? "zh" : null);
            var stored = await revisions.SetJobNumberAsync(access, id, job, ct);
            var basePath = http.Request.PathBase.Value ?? "";
            var location = stored.IsSuccess
                ? $"{basePath}/revisions/{id}?{DownloadQuery(print)}&printed=true#print-for-issue"
                : $"{basePath}/revisions/{id}?printProblem={Uri.EscapeDataString(stored.Error!)}&job={Uri.EscapeDataString(job)}#print-for-issue";
            http.Response.Headers.Location = location;
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        });

        return app;
    }

    /// <summary>The download's query for these options: <c>footerSymbol=…</c>, and <c>distribution=zh</c> if asked.</summary>
    public static string DownloadQuery(PrintOptions print) =>
        $"footerSymbol={(print.FooterSymbol == true ? "true" : "false")}{(print.Distribution is { } d ? "&distribution=" + d : "")}";
}
