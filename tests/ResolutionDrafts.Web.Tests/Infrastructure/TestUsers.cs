using System.Net.Http.Json;
using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>Signing in as the demo users (the app runs with Accounts:DemoUsers), the way tools do: POST /api/sign-in.</summary>
internal static class TestUsers
{
    /// <summary>The session cookie ("rd.session=…") of <paramref name="userName"/>, for hub connections and plain HTTP clients.</summary>
    public static async Task<string> CookieAsync(HttpClient http, string userName, string password = DemoUsers.Password)
    {
        using var response = await http.PostAsJsonAsync("api/sign-in", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{userName} could not sign in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rd.session=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';')];
    }
}
