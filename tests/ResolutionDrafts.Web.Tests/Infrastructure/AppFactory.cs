using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file of its own. Two factories given the same path see the same
/// database, which is how the tests restart the app.
/// </summary>
public sealed class AppFactory(string? databasePath = null) : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = databasePath ?? NewDatabasePath();

    public IDraftService Drafts => Services.GetRequiredService<IDraftService>();

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), "rd-tests", $"{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DatabasePath", DatabasePath);
    }
}
