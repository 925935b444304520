using ResolutionDrafts.Web.Components;
using ResolutionDrafts.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddStorage();
builder.AddDrafts();
builder.AddCollaboration();
builder.Services.AddRazorComponents().AddInteractiveServerComponents()
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 256 * 1024); // a full-length Chinese paragraph is ~60 KB

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapCollaboration();
app.MapDrafts();

await app.InitializeDatabaseAsync();
await app.RunAsync();
