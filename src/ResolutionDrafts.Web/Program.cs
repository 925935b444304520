using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Components;
using ResolutionDrafts.Web.Extensions;

var builder = WebApplication.CreateBuilder(args.TakeDemoSwitch(out var demo).TakeSwitch("--migrate-only", out var migrateOnly));
if (demo)
{
    builder.Configuration["Accounts:DemoUsers"] = "true";
}

builder.Configuration.AddSettingsBesideTheApp(builder.Environment);
builder.AddStorage();
builder.AddAccounts();
builder.AddRateLimits();
builder.AddDrafts();
builder.AddCollaboration();
builder.AddPrecedents();
builder.Services.AddRazorComponents().AddInteractiveServerComponents()
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 256 * 1024); // a full-length Chinese paragraph is ~60 KB

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UsePasswordChangeFirst();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccounts();
app.MapCollaboration();
app.MapDrafts();
app.MapPrecedents();

await app.InitializeDatabaseAsync();
if (migrateOnly)
{
    // A deploy step: the schema is current and the first accounts exist; the nodes start after it.
    return;
}

await app.RunAsync();
