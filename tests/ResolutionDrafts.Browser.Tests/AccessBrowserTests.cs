using Microsoft.Playwright;
using ResolutionDrafts.Browser.Tests.Infrastructure;
using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Browser.Tests;

/// <summary>Issue 7: two delegations signed in side by side each see only what their role allows.</summary>
public sealed class AccessBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task TwoDelegations_EachSeeOnlyTheirDraftsAndOnlyWhatTheirRoleAllows()
    {
        var shared = await app.DraftIdAsync("A/80/L.6");
        var chinese = await app.DraftIdAsync("CAC/COSP/2017/L.3/Rev.1");
        var cuba = await app.NewPageAsync(1300, 900, "cuba");
        var china = await app.NewPageAsync(1300, 900, "china");

        // Cuba is a member of the English draft only; China of the Chinese one only.
        await cuba.GotoAsync(app.BaseUrl + "/");
        await china.GotoAsync(app.BaseUrl + "/");
        await Assertions.Expect(cuba.Locator("table.drafts tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(cuba.Locator("table.drafts")).ToContainTextAsync("A/80/L.6");
        await Assertions.Expect(china.Locator("table.drafts tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(china.Locator("table.drafts")).ToContainTextAsync("CAC/COSP/2017/L.3/Rev.1");
        await Assertions.Expect(cuba.Locator(".who")).ToHaveTextAsync("Ana Pérez (Cuba)");
        await Assertions.Expect(china.Locator(".who")).ToHaveTextAsync("Li Wei (China)");
        await Assertions.Expect(cuba.GetByText("New draft")).ToHaveCountAsync(0);

        // Guessing the other draft's address shows nothing of it.
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{chinese}");
        await Assertions.Expect(cuba.Locator("main")).ToContainTextAsync("There is no such draft, or you are not a member of it.");
        await Assertions.Expect(cuba.Locator("main")).Not.ToContainTextAsync("反腐败");

        // On its own draft a delegation reads and downloads: no edit mode, no masthead or sponsors editors, no members page.
        await cuba.GotoAsync($"{app.BaseUrl}/drafts/{shared}");
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        await Assertions.Expect(cuba.Locator("[data-testid=role-note]")).ToContainTextAsync("You take part as Cuba");
        await Assertions.Expect(cuba.Locator(".mode-switch")).ToHaveCountAsync(0);
        await Assertions.Expect(cuba.Locator(".tools button[title='Edit the text']")).ToHaveCountAsync(0);
        await Assertions.Expect(cuba.GetByText("Download DOCX")).ToBeVisibleAsync();
        await Assertions.Expect(cuba.GetByText("Masthead and title")).ToHaveCountAsync(0);
        await Assertions.Expect(cuba.GetByRole(AriaRole.Link, new() { Name = "Members" })).ToHaveCountAsync(0);
        await cuba.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "delegation-reads.png") });

        // Delegates send texts to their capitals: the download works. The server refuses what the page does not offer: another draft's JSON.
        var download = await cuba.APIRequest.GetAsync($"{app.BaseUrl}/drafts/{shared}/export/docx");
        Assert.Equal(200, download.Status);
        var other = await cuba.APIRequest.GetAsync($"{app.BaseUrl}/api/drafts/{chinese}");
        Assert.Equal(404, other.Status);

        // The secretariat opens the draft to direct editing: Cuba's page now offers editing (after a reload).
        await app.OpenToDirectEditingAsync(shared);
        await cuba.ReloadAsync();
        await DraftPageBrowserTests.WaitForInteractivityAsync(cuba);
        await Assertions.Expect(cuba.Locator(".mode-switch")).ToBeVisibleAsync();
        Assert.Equal(DraftRole.Delegation, (await app.AccessAsync("cuba", shared)).Role);
        Assert.Empty(app.CspViolations);
    }

    [BrowserFact]
    public async Task SignIn_RefusesAWrongPassword_AndSignOutEndsTheSession()
    {
        var page = await app.NewPageAsync(1000, 700, "observer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));

        await page.GotoAsync(app.BaseUrl + "/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in\\?ReturnUrl="));
        await page.GetByLabel("User name").FillAsync("observer");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=alert]")).ToContainTextAsync("do not match an account");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "sign-in-refused.png") });
    }

    [BrowserFact]
    public async Task Secretariat_AddsAMemberOnTheMembersPage_WhoThenSeesTheDraft_AndTheAuditLogSaysSo()
    {
        var id = await app.DraftIdAsync("CAC/COSP/2017/L.3/Rev.1");
        var secretariat = await app.NewPageAsync(1300, 900, "secretariat");
        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}/members");
        await DraftPageBrowserTests.WaitForInteractivityAsync(secretariat);
        await secretariat.GetByLabel("User name").FillAsync("observer2");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Assertions.Expect(secretariat.Locator("[role=alert]")).ToContainTextAsync("There is no user named 'observer2'");

        await secretariat.GetByLabel("User name").FillAsync("burundi");
        await secretariat.Locator("select[aria-label=Role]").SelectOptionAsync("Observer");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Assertions.Expect(secretariat.Locator("tr[data-member=burundi]")).ToContainTextAsync("Jean Niyonzima");
        await Assertions.Expect(secretariat.Locator(".roles dd[data-role=Delegation]")).ToContainTextAsync("only while the draft is open to direct editing");
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "members.png"), FullPage = true });

        var burundi = await app.NewPageAsync(1300, 900, "burundi");
        await burundi.GotoAsync(app.BaseUrl + "/");
        await Assertions.Expect(burundi.Locator("table.drafts")).ToContainTextAsync("CAC/COSP/2017/L.3/Rev.1");

        await secretariat.GotoAsync($"{app.BaseUrl}/drafts/{id}/audit");
        await Assertions.Expect(secretariat.Locator("table.audit")).ToContainTextAsync("added burundi as an observer");
        await Assertions.Expect(secretariat.Locator("nav.crumbs")).ToContainTextAsync("CAC/COSP/2017/L.3/Rev.1");
        await secretariat.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "audit.png") });
    }

    [BrowserFact]
    public async Task Administrator_CreatesAnAccount_ThatThenSignsIn()
    {
        await app.SetAdministratorPasswordAsync("an administrator's password");
        var admin = await app.NewPageAsync(1300, 900, "observer");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await app.SignInAsync(admin, "admin", "an administrator's password");
        await admin.GotoAsync(app.BaseUrl + "/admin/users");
        await DraftPageBrowserTests.WaitForInteractivityAsync(admin);

        await admin.GetByLabel("New user name").FillAsync("ghana");
        await admin.GetByLabel("Display name").FillAsync("Kwame Boateng");
        await admin.GetByLabel("Delegation").FillAsync("Ghana");
        await admin.GetByLabel("Password").FillAsync("short");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".banner.error")).ToContainTextAsync("at least 12 characters");

        await admin.GetByLabel("Password").FillAsync("a long enough password");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(admin.Locator("tr[data-user=ghana]")).ToContainTextAsync("Kwame Boateng");
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, "admin-users.png"), FullPage = true });

        var ghana = await app.NewPageAsync(1300, 900, "observer");
        await ghana.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await app.SignInAsync(ghana, "ghana", "a long enough password");
        await Assertions.Expect(ghana.Locator(".who")).ToHaveTextAsync("Kwame Boateng (Ghana)");
        await Assertions.Expect(ghana.Locator("main")).ToContainTextAsync("You are not a member of any draft yet.");
    }
}
