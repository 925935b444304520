using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Components;
using ResolutionDrafts.Web.Extensions;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args.TakeDemoSwitch(out var demo).TakeSwitch("--migrate-only", out var migrateOnly),
    WebRootPath = HostingExtensions.PublishedWebRoot(),
});
if (demo)
{
    builder.Configuration["Accounts:DemoUsers"] = "true";
    builder.Configuration["Precedents:DemoCorpus"] = "true";
}

builder.Configuration.AddSettingsBesideTheApp(builder.Environment);
builder.Configuration.AddServiceCredentials();
builder.AddReverseProxy();
builder.AddStorage();
builder.AddAccounts();
builder.AddRateLimits();
builder.AddDrafts();
builder.AddCollaboration();
builder.AddPrecedents();
builder.AddHealth();
builder.AddMetrics();
builder.Services.AddRazorComponents().AddInteractiveServerComponents()
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 256 * 1024); // a full-length Chinese paragraph is ~60 KB

var app = builder.Build();

app.UseForwardedHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseApiProblems();
app.UseAuthentication();
app.UsePasswordChangeFirst();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
// Our Content-Security-Policy already says frame-ancestors 'none'; Blazor's own 'self' would be a second header.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
app.MapAccounts();
app.MapCollaboration();
app.MapDrafts();
app.MapPrecedents();
app.MapHealth();
app.MapMetrics();

if (!app.ConfigurationIsValid())
{
    return 2;
}

if (await app.InitializeOrExplainAsync() is var failed and not 0)
{
    return failed;
}

if (migrateOnly)
{
    // A deploy step: the schema is current and the first accounts exist; the nodes start after it.
    return 0;
}

await app.RunAsync();
return 0;
