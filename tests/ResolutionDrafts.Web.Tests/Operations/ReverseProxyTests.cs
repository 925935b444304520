using System.Net.Http.Json;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Operations;

/// <summary>Behind a TLS-terminating proxy on the same machine the app knows the request was HTTPS.</summary>
public sealed class ReverseProxyTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task SignIn_ForwardedAsHttps_GetsASecureCookie()
    {
        var cookie = await SessionCookieAsync("https");

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_OverPlainHttp_WithoutAProxy_GetsACookieThatIsNotSecure()
    {
        var cookie = await SessionCookieAsync(forwardedProto: null);

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> SessionCookieAsync(string? forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sign-in") { Content = JsonContent.Create(new { userName = "cuba", password = "demo-password" }) };
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        using var response = await app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rd.session=", StringComparison.Ordinal));
    }
}
