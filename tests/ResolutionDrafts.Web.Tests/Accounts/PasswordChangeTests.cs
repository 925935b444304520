using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Accounts;

/// <summary>Issue 17: the administrator's one-time password is one-time in truth, and everyone can change their own.</summary>
public sealed partial class PasswordChangeTests : IAsyncLifetime
{
    private const string Printed = "the printed one-time password";
    private readonly AppFactory app = new() { Settings = { ["Accounts:SignInCheckInterval"] = "00:00:00" } };

    // The administrator as the first start leaves them: a password someone read off the console.
    public Task InitializeAsync() => app.SetAdministratorPasswordAsync(Printed, chosenByThemselves: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Administrator_AtFirstSignIn_ChoosesANewPasswordBeforeAnythingElse_AndStaysSignedIn()
    {
        var admin = await app.ClientAsAsync("admin", Printed);
        var other = await app.ClientAsAsync("admin", Printed);

        var home = await admin.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/password", home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/drafts")).StatusCode);

        var form = await admin.GetStringAsync("/account/password");
        Assert.Contains("Choose your own password", form);
        Assert.DoesNotContain("href=\"admin/users\"", form); // no links that would only lead back here

        var changed = await PostAsync(admin, form, Printed, "my own long passphrase", "my own long passphrase");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        // This browser stays signed in and the app is open to it; the other session has ended.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().PostAsync("api/sign-in", Json("admin", "my own long passphrase"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsync("api/sign-in", Json("admin", Printed))).StatusCode);
    }

    [Fact]
    public async Task AnyUser_ChangesTheirOwnPassword_OnThePage_WithClearErrors()
    {
        var cuba = await app.ClientAsAsync("cuba");
        var form = await cuba.GetStringAsync("/account/password");
        Assert.Contains("Change your password", form);

        var wrong = await (await PostAsync(cuba, form, "not my password", "a new long passphrase", "a new long passphrase")).Content.ReadAsStringAsync();
        Assert.Contains("The current password is not right.", wrong);
        var mismatch = await (await PostAsync(cuba, form, DemoUsers.Password, "a new long passphrase", "another passphrase")).Content.ReadAsStringAsync();
        Assert.Contains("The two new passwords are not the same.", mismatch);
        var shortOne = await (await PostAsync(cuba, form, DemoUsers.Password, "short", "short")).Content.ReadAsStringAsync();
        Assert.Contains("at least 12", shortOne);

        var done = await PostAsync(cuba, form, DemoUsers.Password, "a new long passphrase", "a new long passphrase");
        Assert.Contains("Your password is changed.", await done.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await cuba.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().PostAsync("api/sign-in", Json("cuba", "a new long passphrase"))).StatusCode);
    }

    [Fact]
    public async Task PasswordResetByAnAdministrator_IsChangedAtTheNextSignIn()
    {
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var brazil = (await users.FindByNameAsync("brazil"))!;
            var admin = Actor.From(await scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync((await users.FindByNameAsync("admin"))!))!;
            Assert.Null((await app.Services.GetRequiredService<AccountAdministration>().ResetPasswordAsync(admin, brazil.Id, "a password the admin knows", CancellationToken.None)).Error);
        }

        var brazilClient = await app.ClientAsAsync("brazil", "a password the admin knows");

        Assert.Equal("/account/password", (await brazilClient.GetAsync("/")).Headers.Location?.OriginalString);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string current, string next, string repeat) =>
        await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiForgeryToken().Match(page).Groups[1].Value,
            ["_handler"] = "change-password",
            ["Input.Current"] = current,
            ["Input.New"] = next,
            ["Input.Repeat"] = repeat,
        }));

    private static StringContent Json(string userName, string password) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { userName, password }), System.Text.Encoding.UTF8, "application/json");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
