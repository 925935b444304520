using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Endpoints;

public sealed class ExportEndpointTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo());

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task DraftDocx_IsAWordDocumentWithTheText()
    {
        var response = await (await app.ClientAsAsync("secretariat")).GetAsync($"/drafts/{draftId}/export/docx?page=letter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("A_80_L.6.docx", response.Content.Headers.ContentDisposition?.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("A/80/L.6", text);
        Assert.Contains("Once again urges States", text);
    }

    [Fact]
    public async Task AknExport_ImportsBackToTheSameParagraphs()
    {
        var bytes = await (await app.ClientAsAsync("secretariat")).GetByteArrayAsync($"/drafts/{draftId}/export/akn");

        var imported = DraftImporter.Import(bytes);

        Assert.True(imported.IsSuccess, imported.Error);
        Assert.Equal(13, imported.Draft!.Paragraphs.Count);
        Assert.Equal("A/80/L.6", imported.Draft.Metadata.Symbol);
    }

    [Fact]
    public async Task ComparisonDocx_AttributesTrackedChangesToTheDelegationThatMadeThem()
    {
        var revisions = app.Services.GetRequiredService<IRevisionService>();
        var issued = (await revisions.IssueAsync(await app.AccessAsync("secretariat", draftId), new IssueRevisionRequest("A/80/L.6", null), CancellationToken.None)).Value!;
        await using (var cuba = await HubClients.JoinAsync(app, draftId, "cuba"))
        {
            await cuba.EditAsync(d => DomainResult<DraftOperation>.Ok(EditText.Splice(d, "op4", 0, 0, "Further ").Value!));
            await cuba.WhenSynchronizedAsync(TimeSpan.FromSeconds(10));
        }

        var response = await (await app.ClientAsAsync("secretariat")).GetAsync($"/drafts/{draftId}/compare/docx?old={issued.Id}&new=live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var inserted = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().ToList();
        Assert.Contains(inserted, i => i.Author?.Value == "Ana Pérez (Cuba)" && i.InnerText.Contains("Further"));
    }

    [Fact]
    public async Task IssuedRevision_PrintedForIssue_CarriesTheJobNumberAndSymbolInItsFirstFooter_AndABadJobNumberIsRefused()
    {
        // Issue 17: the job number could be given only to `rd export`; the secretariat prints for issue from the revision's page.
        var revisions = app.Services.GetRequiredService<IRevisionService>();
        var issued = (await revisions.IssueAsync(await app.AccessAsync("secretariat", draftId), new IssueRevisionRequest("A/80/L.6", null), CancellationToken.None)).Value!;
        var client = await app.ClientAsAsync("secretariat");

        var response = await PrintForIssueForm.PrintAsync(client, issued.Id, "25-17092 (E)");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false))
        {
            var footers = string.Join("|", document.MainDocumentPart!.FooterParts.Select(f => f.Footer!.InnerText));
            Assert.Contains("25-17092 (E)", footers);
            Assert.Contains("A/80/L.6", footers);
        }

        var bad = await PrintForIssueForm.PostAsync(client, issued.Id, "25-17092\n(E)");
        Assert.Equal(HttpStatusCode.SeeOther, bad.StatusCode);
        Assert.Contains("printProblem=", bad.Headers.Location!.ToString(), StringComparison.Ordinal);
        var tooLong = await PrintForIssueForm.PostAsync(client, issued.Id, new string('9', 41));
        Assert.Contains("printProblem=", tooLong.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/drafts/00000000-0000-0000-0000-000000000001/export/docx", HttpStatusCode.NotFound)]
    [InlineData("/revisions/00000000-0000-0000-0000-000000000001/export/docx", HttpStatusCode.NotFound)]
    public async Task UnknownThings_Answer404(string path, HttpStatusCode expected) =>
        Assert.Equal(expected, (await (await app.ClientAsAsync("secretariat")).GetAsync(path)).StatusCode);

    [Fact]
    public async Task UnknownFormat_IsABadRequest() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await (await app.ClientAsAsync("secretariat")).GetAsync($"/drafts/{draftId}/export/pdf")).StatusCode);

    [Fact]
    public async Task DraftApi_CreatesFromJsonAndRefusesBadFilesWithTheReason()
    {
        var client = await app.ClientAsAsync("secretariat");
        var good = await client.PostAsync("/api/drafts", new StringContent(
            """{"language":"en","title":"Oceans","paragraphs":[{"kind":"operative","text":"Decides to remain seized of the matter."}]}""", Encoding.UTF8, "application/json"));
        var bad = await client.PostAsync("/api/drafts", new StringContent(
            """{"language":"en","paragraphs":[{"kind":"operative","text":""}]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var json = await client.GetStringAsync(good.Headers.Location!.ToString().Replace("/drafts/", "/api/drafts/"));
        Assert.Contains("Decides to remain seized of the matter.", json);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("paragraphs[0]: A paragraph cannot be empty.", await bad.Content.ReadAsStringAsync());
    }
}
