using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Operations;

/// <summary>/health/live says the process serves; /health/ready that its database is reachable and migrated.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "rd-tests", $"health-{Guid.NewGuid():N}");
    private readonly AppFactory app;

    public HealthTests() => app = new AppFactory(Path.Combine(folder, "drafts.db"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        if (Directory.Exists(folder + ".away"))
        {
            Directory.Move(folder + ".away", folder);
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Ready_WhileTheDatabaseIsThere_Unready_WhenItIsNot_AndReadyAgain()
    {
        var anonymous = app.CreateClient();
        await AssertStatusAsync(anonymous, "/health/live", HttpStatusCode.OK, "Healthy");
        await AssertStatusAsync(anonymous, "/health/ready", HttpStatusCode.OK, "Healthy");

        // The database's folder disappears (a lost mount, a mistaken clean-up): the node is alive but not ready.
        Directory.Move(folder, folder + ".away");
        await AssertStatusAsync(anonymous, "/health/live", HttpStatusCode.OK, "Healthy");
        await AssertStatusAsync(anonymous, "/health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
        using (var api = await anonymous.GetAsync("/api/health"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            using var report = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
            Assert.Equal("Unhealthy", report.RootElement.GetProperty("status").GetString());
            Assert.Contains("database", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
        }

        Directory.Move(folder + ".away", folder);
        await AssertStatusAsync(anonymous, "/health/ready", HttpStatusCode.OK, "Healthy");
    }

    [Fact]
    public async Task ApiHealth_ReportsTheChecks_AndTheResidentMemoryTheLoadDriverReads()
    {
        using var response = await app.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        Assert.True(report.RootElement.GetProperty("rssMb").GetDouble() > 10);
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_WithADatabaseNotMigrated_IsUnready()
    {
        var anonymous = app.CreateClient();
        await AssertStatusAsync(anonymous, "/health/ready", HttpStatusCode.OK, "Healthy");
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            // As if an older build had made the file: its newest migration is not applied.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory)");
        }

        await AssertStatusAsync(anonymous, "/health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
    }

    private static async Task AssertStatusAsync(HttpClient client, string path, HttpStatusCode status, string body)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }
}
