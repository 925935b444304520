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

    /// <summary>
    /// Secrets as files, the way systemd hands them to a service: with `LoadCredential=NAME:PATH`
    /// each is a file in $CREDENTIALS_DIRECTORY (readable by the service only, never on disk in the
    /// unit), named after its setting with `__` for `:` (`DataProtection__CertificatePassword`).
    /// They win over every other source.
    /// </summary>
    public static void AddServiceCredentials(this ConfigurationManager configuration)
    {
        var directory = Environment.GetEnvironmentVariable("CREDENTIALS_DIRECTORY");
        if (!string.IsNullOrEmpty(directory) && Directory.Exists(directory))
        {
            configuration.AddKeyPerFile(directory, optional: true);
        }
    }
}
