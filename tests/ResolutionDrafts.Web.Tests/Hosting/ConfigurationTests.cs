using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using ResolutionDrafts.Web.Extensions;

namespace ResolutionDrafts.Web.Tests.Hosting;

public sealed class ConfigurationTests : IDisposable
{
    private const string CommandLogLevel = "Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command";
    private readonly string elsewhere = Directory.CreateTempSubdirectory("rd-elsewhere-").FullName;

    public void Dispose() => Directory.Delete(elsewhere, recursive: true);

    [Fact]
    public void StartedFromAnotherDirectory_TheAppsOwnSettingsApply_AndEverythingElseStillWins()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = "/from/the/environment.db" });

        configuration.AddSettingsBesideTheApp(new Environment(elsewhere));

        // The appsettings.json built beside the binaries: without it every SQL command is logged.
        Assert.Equal("Warning", configuration[CommandLogLevel]);
        Assert.Equal("/from/the/environment.db", configuration["Storage:DatabasePath"]);
    }

    [Fact]
    public void StartedFromItsOwnDirectory_NothingIsAdded()
    {
        var configuration = new ConfigurationManager();
        var before = ((IConfigurationBuilder)configuration).Sources.Count;

        configuration.AddSettingsBesideTheApp(new Environment(AppContext.BaseDirectory));

        Assert.Equal(before, ((IConfigurationBuilder)configuration).Sources.Count);
        Assert.Null(configuration[CommandLogLevel]);
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "ResolutionDrafts.Web";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
