using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Revisions;

/// <summary>
/// Issue 17: printing with a job number is the secretariat's "Print for issue" of an issued revision,
/// and only that. A download is a GET that only reads: the live text's export took <c>?job=</c> from
/// anyone who may export and printed it unstored, and the revision's export stored the number on a
/// GET (a reload or a link prefetch stored it again). Storing is now a form POST with an anti-forgery
/// token; the download it leads to prints what is stored. Role by role: secretariat, delegation,
/// editor, observer.
/// </summary>
public sealed class PrintForIssueTests : IAsyncLifetime
{
    private const string Job = "25-17092 (E)";
    private readonly AppFactory app = new();
    private Guid draftId;
    private RevisionSummary issued = default!;

    public async Task InitializeAsync()
    {
        draftId = await app.CreateDraftAsync(SampleDrafts.Demo());
        issued = (await Revisions().IssueAsync(await app.AccessAsync("secretariat", draftId), new IssueRevisionRequest("A/80/L.6", null), CancellationToken.None)).Value!;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("secretariat", HttpStatusCode.BadRequest, "The live text is not an issued document and has no job number")]
    [InlineData("cuba", HttpStatusCode.Forbidden, "Only the secretariat prints a document with a job number")]
    [InlineData("editor", HttpStatusCode.Forbidden, "Only the secretariat prints a document with a job number")]
    [InlineData("observer", HttpStatusCode.Forbidden, "")]
    public async Task TheLiveTextsExport_RefusesAJobNumber_WhoeverAsks_AndDownloadsWithoutOne(string user, HttpStatusCode refused, string reason)
    {
        var client = await app.ClientAsAsync(user);

        var withJob = await client.GetAsync($"/drafts/{draftId}/export/docx?job={Uri.EscapeDataString("99-99999 (E)")}");

        Assert.Equal(refused, withJob.StatusCode);
        Assert.Contains(reason, await withJob.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var plain = await client.GetAsync($"/drafts/{draftId}/export/docx");
        Assert.Equal(user == "observer" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, plain.StatusCode);
        if (plain.IsSuccessStatusCode)
        {
            Assert.DoesNotContain("99-99999", await FootersAsync(plain), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("secretariat", HttpStatusCode.BadRequest)]
    [InlineData("cuba", HttpStatusCode.Forbidden)]
    [InlineData("editor", HttpStatusCode.Forbidden)]
    [InlineData("observer", HttpStatusCode.Forbidden)]
    public async Task ARevisionsDownload_StoresNoJobNumber_AGetOnlyReads(string user, HttpStatusCode refused)
    {
        var client = await app.ClientAsAsync(user);

        var withJob = await client.GetAsync($"/revisions/{issued.Id}/export/docx?job={Uri.EscapeDataString(Job)}");

        Assert.Equal(refused, withJob.StatusCode);
        Assert.Null(await StoredAsync());
    }

    [Fact]
    public async Task TheSecretariat_PostsTheForm_TheNumberIsStored_AndThePageOffersADownloadThatOnlyReads()
    {
        var secretariat = await app.ClientAsAsync("secretariat");

        var posted = await PrintForIssueForm.PostAsync(secretariat, issued.Id, Job, footerSymbol: true);

        // Post/redirect/get: back to the revision's page, which says what was stored and links the download.
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal(Job, await StoredAsync());
        Assert.StartsWith($"/revisions/{issued.Id}?", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = await secretariat.GetStringAsync(posted.Headers.Location);
        Assert.Contains($"Job number {Job} stored with A/80/L.6.", page, StringComparison.Ordinal);
        var download = PrintForIssueForm.DownloadOn(page);
        Assert.Equal($"/revisions/{issued.Id}/export/docx?footerSymbol=true", download);

        var first = await secretariat.GetAsync(download);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(Job, await FootersAsync(first), StringComparison.Ordinal);
        Assert.Contains("A/80/L.6", await FootersAsync(first), StringComparison.Ordinal);

        // The number corrected elsewhere: the page again and the same download (a reload, a prefetch) print the stored one and change nothing.
        Assert.True((await Revisions().SetJobNumberAsync(await app.AccessAsync("secretariat", draftId), issued.Id, "25-17093 (E)", CancellationToken.None)).IsSuccess);
        await secretariat.GetStringAsync(posted.Headers.Location);
        var again = await secretariat.GetAsync(download);
        Assert.Contains("25-17093 (E)", await FootersAsync(again), StringComparison.Ordinal);
        Assert.Equal("25-17093 (E)", await StoredAsync());
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryToken_IsRefused_AndStoresNothing()
    {
        var secretariat = await app.ClientAsAsync("secretariat");

        var forged = await PrintForIssueForm.PostAsync(secretariat, issued.Id, Job, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(await StoredAsync());
    }

    [Theory]
    [InlineData("cuba")]
    [InlineData("editor")]
    [InlineData("observer")]
    public async Task OnlyTheSecretariat_StoresAJobNumber(string user)
    {
        var client = await app.ClientAsAsync(user);

        var refused = await PrintForIssueForm.PostAsync(client, issued.Id, Job);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(await StoredAsync());
        var page = await client.GetStringAsync($"/revisions/{issued.Id}");
        Assert.DoesNotContain("print-for-issue", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_OffersTheFormAsAPostWithAToken_NotAGet()
    {
        var page = await (await app.ClientAsAsync("secretariat")).GetStringAsync($"/revisions/{issued.Id}");

        var form = page[page.IndexOf("<form method=\"post\" action=\"revisions/" + issued.Id + "/print-for-issue\"", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        Assert.Contains("name=\"__RequestVerificationToken\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"job\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("method=\"get\"", page, StringComparison.Ordinal);
    }

    private IRevisionService Revisions() => app.Services.GetRequiredService<IRevisionService>();

    private async Task<string?> StoredAsync() => (await Revisions().LoadAsync(issued.Id, CancellationToken.None))!.Summary.JobNumber;

    private static async Task<string> FootersAsync(HttpResponseMessage response)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return string.Join("|", document.MainDocumentPart!.FooterParts.Select(f => f.Footer!.InnerText));
    }
}
