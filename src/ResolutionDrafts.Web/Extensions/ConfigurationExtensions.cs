namespace ResolutionDrafts.Web.Extensions;

internal static class ConfigurationExtensions
{
    /// <summary>
    /// Reads the appsettings.json that is built beside the app's binaries, as the lowest-priority
    /// source, when the app is started from another directory (`dotnet path/to/ResolutionDrafts.Web.dll`):
    /// the content root then has no settings file, and without this the app would run without its
    /// log levels and defaults (logging every SQL command, which alone halves its throughput).
    /// A settings file in the content root, environment variables and the command line still win.
    /// </summary>
    public static void AddSettingsBesideTheApp(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var inContentRoot = Path.Combine(environment.ContentRootPath, "appsettings.json");
        if (!File.Exists(beside) || Path.GetFullPath(beside) == Path.GetFullPath(inContentRoot))
        {
            return;
        }

        var source = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource { Path = beside, Optional = true };
        source.ResolveFileProvider();
        configuration.Sources.Insert(0, source);
    }
}
