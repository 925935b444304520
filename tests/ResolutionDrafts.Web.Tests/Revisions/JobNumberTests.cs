using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Revisions;

/// <summary>
/// Issue 17: the job number of an issued document ("25-17092 (E)") is stored with its revision when the
/// secretariat prints it for issue, offered again on the revision's page and printed in every later
/// download; a delegation can neither set nor change it.
/// </summary>
public sealed class JobNumberTests : IAsyncLifetime
{
    private const string Job = "25-17092 (E)";
    private readonly AppFactory app = new();
    private Guid draftId;
    private RevisionSummary issued = default!;

    public async Task InitializeAsync()
    {
        draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
        var revisions = app.Services.GetRequiredService<IRevisionService>();
        issued = (await revisions.IssueAsync(await app.AccessAsync("secretariat", draftId), new IssueRevisionRequest("A/80/L.6", null), CancellationToken.None)).Value!;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task PrintedForIssue_TheJobNumberIsKept_ForLaterDownloadsByAnyone_AndOfferedOnThePage()
    {
        var secretariat = await app.ClientAsAsync("secretariat");

        var printed = await PrintForIssueForm.PrintAsync(secretariat, issued.Id, Job);

        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal(Job, (await Revisions().LoadAsync(issued.Id, CancellationToken.None))!.Summary.JobNumber);

        // A later download, without the number, prints the stored one — the delegation's as the secretariat's.
        foreach (var user in new[] { "secretariat", "cuba" })
        {
            var later = await (await app.ClientAsAsync(user)).GetAsync($"/revisions/{issued.Id}/export/docx");
            Assert.Equal(HttpStatusCode.OK, later.StatusCode);
            Assert.Contains(Job, await FootersAsync(later));
        }

        // The revision's page offers the stored number in the form, to print again or correct.
        var page = await secretariat.GetStringAsync($"/revisions/{issued.Id}");
        Assert.Contains($"value=\"{Job}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"print-for-issue\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretariatCorrectsOrClearsIt_AndABadNumberChangesNothing()
    {
        var secretariat = await app.ClientAsAsync("secretariat");
        Assert.Equal(HttpStatusCode.OK, (await PrintForIssueForm.PrintAsync(secretariat, issued.Id, Job)).StatusCode);

        // A refused number goes back to the page, which says why and keeps what was typed; nothing is stored.
        var bad = await PrintForIssueForm.PostAsync(secretariat, issued.Id, "25-17092\n(E)");
        Assert.Equal(HttpStatusCode.SeeOther, bad.StatusCode);
        var back = await secretariat.GetStringAsync(bad.Headers.Location!);
        Assert.Contains("job number", back, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The job number was not changed.", back, StringComparison.Ordinal);
        Assert.Equal(Job, (await Revisions().LoadAsync(issued.Id, CancellationToken.None))!.Summary.JobNumber);

        Assert.Equal(HttpStatusCode.OK, (await PrintForIssueForm.PrintAsync(secretariat, issued.Id, "25-17093 (E)")).StatusCode);
        Assert.Equal("25-17093 (E)", (await Revisions().LoadAsync(issued.Id, CancellationToken.None))!.Summary.JobNumber);

        var cleared = await PrintForIssueForm.PrintAsync(secretariat, issued.Id, "");
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Null((await Revisions().LoadAsync(issued.Id, CancellationToken.None))!.Summary.JobNumber);
        Assert.DoesNotContain("25-1709", await FootersAsync(cleared), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADelegation_CannotSetIt_NorSeesTheFormToPrintForIssue()
    {
        var secretariat = await app.ClientAsAsync("secretariat");
        Assert.Equal(HttpStatusCode.OK, (await PrintForIssueForm.PrintAsync(secretariat, issued.Id, Job)).StatusCode);
        var cuba = await app.ClientAsAsync("cuba");

        var refused = await PrintForIssueForm.PostAsync(cuba, issued.Id, "99-99999 (E)");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Only the secretariat", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Job, (await Revisions().LoadAsync(issued.Id, CancellationToken.None))!.Summary.JobNumber);
        var set = await Revisions().SetJobNumberAsync(await app.AccessAsync("cuba", draftId), issued.Id, "99-99999 (E)", CancellationToken.None);
        Assert.False(set.IsSuccess);
        Assert.Equal(Job, (await Revisions().LoadAsync(issued.Id, CancellationToken.None))!.Summary.JobNumber);

        var page = await cuba.GetStringAsync($"/revisions/{issued.Id}");
        Assert.DoesNotContain("print-for-issue", page, StringComparison.Ordinal);
        Assert.Contains($"Job number {Job}.", page, StringComparison.Ordinal);
    }

    private IRevisionService Revisions() => app.Services.GetRequiredService<IRevisionService>();

    private static async Task<string> FootersAsync(HttpResponseMessage response)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return string.Join("|", document.MainDocumentPart!.FooterParts.Select(f => f.Footer!.InnerText));
    }
}
