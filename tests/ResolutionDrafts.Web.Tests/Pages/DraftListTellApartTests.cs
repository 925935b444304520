using System.Net;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>Issue 17: two rows of the drafts list that look the same are told apart; the audit log names drafts, not ids.</summary>
public sealed class DraftListTellApartTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task TwoDraftsWithoutASymbolAndOneTitle_AreToldApartByWhenTheyWereCreated()
    {
        var first = SampleDrafts.Demo();
        first.SetMetadata(first.Metadata with { Symbol = null });
        var second = SampleDrafts.Demo();
        second.SetMetadata(second.Metadata with { Symbol = null });
        await app.CreateDraftAsync(first);
        await app.CreateDraftAsync(second);

        var html = WebUtility.HtmlDecode(await (await app.ClientAsAsync("secretariat")).GetStringAsync("/"));

        Assert.Equal(2, CountOf(html, "(no symbol)"));
        Assert.Contains("copy 1 of 2", html);
        Assert.Contains("copy 2 of 2", html);
        Assert.Matches(@"created \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d UTC · copy 1 of 2", html);
        // The demo A/80/L.6 has a symbol of its own and looks like no other row: no extra line.
        Assert.Equal(2, CountOf(html, "data-testid=\"tell-apart\""));
    }

    [Fact]
    public async Task AdministratorsAuditLog_NamesTheDraftBySymbolNotByIdPrefix()
    {
        var id = (await app.Drafts.ListAsync(CancellationToken.None)).Single(d => d.Symbol == "A/80/L.6").Id;
        await (await app.ClientAsAsync("secretariat")).GetAsync($"/drafts/{id}/export/docx");
        const string password = "a-long-admin-password-1";
        await app.SetAdministratorPasswordAsync(password);

        var html = WebUtility.HtmlDecode(await (await app.ClientAsAsync("admin", password)).GetStringAsync("/admin/audit"));

        Assert.Contains($"<a href=\"drafts/{id}\">A/80/L.6</a>", html);
        Assert.DoesNotContain($">{id.ToString()[..8]}<", html);
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
