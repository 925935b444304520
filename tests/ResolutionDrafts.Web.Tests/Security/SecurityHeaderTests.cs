using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Security;

public sealed class SecurityHeaderTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/drafts/import")]
    [InlineData("/api/drafts/00000000-0000-0000-0000-000000000001")]
    public async Task EveryResponse_AllowsOnlyTheAppsOwnScriptsAndNoFraming(string path)
    {
        var response = await (await app.ClientAsAsync("secretariat")).GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Pages_HaveNoInlineScripts()
    {
        var html = await (await app.ClientAsAsync("secretariat")).GetStringAsync("/");

        // Every <script> has a src: a strict script-src would block an inline one.
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script(?<attrs>[^>]*)>");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, m => Assert.Contains("src=", m.Groups["attrs"].Value));
    }
}
