using System.Net;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

public sealed class PageTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/drafts")] // where a person types it, as every draft's address begins (it was "Not found")
    public async Task DraftsList_ShowsTheDemoDrafts(string path)
    {
        var html = await (await app.ClientAsAsync("secretariat")).GetStringAsync(path);

        Assert.Contains("A/80/L.6", html);
        Assert.Contains("CAC/COSP/2017/L.3/Rev.1", html);
    }

    [Fact]
    public async Task DraftPage_ShowsTheDocumentWithLabelsAndItalics()
    {
        var id = (await app.Drafts.ListAsync(CancellationToken.None)).Single(d => d.Symbol == "A/80/L.6").Id;

        var html = await (await app.ClientAsAsync("secretariat")).GetStringAsync($"/drafts/{id}");

        Assert.Contains("Cuba: draft resolution", html);
        Assert.Contains("<em class=\"opening\">Determined</em>", html);
        Assert.Contains("<em class=\"opening\">Once again urges</em>", html);
        Assert.Contains(">OP5<", html);
        Assert.Contains("<span class=\"marker\">5.</span>", html);
    }

    [Fact]
    public async Task ChangedText_IsShownOnTheNextVisit()
    {
        var id = (await app.Drafts.ListAsync(CancellationToken.None)).Single(d => d.Symbol == "A/80/L.6").Id;
        await app.Drafts.ApplyAsync(id, DraftChanges.SetText("op3", "Urges States to repeal such laws <script>alert(1)</script>;"), await app.AccessAsync("secretariat", id), CancellationToken.None);

        var html = await (await app.ClientAsAsync("secretariat")).GetStringAsync($"/drafts/{id}");

        Assert.Contains("<em class=\"opening\">Urges</em> States to repeal such laws &lt;script&gt;alert(1)&lt;/script&gt;;", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }

    [Theory]
    [InlineData("/drafts/new")]
    [InlineData("/drafts/00000000-0000-0000-0000-000000000001")]
    public async Task OtherPages_Answer(string path)
    {
        var response = await (await app.ClientAsAsync("secretariat")).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
