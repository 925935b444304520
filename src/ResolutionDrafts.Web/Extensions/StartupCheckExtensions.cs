using Microsoft.Extensions.Options;

namespace ResolutionDrafts.Web.Extensions;

internal static class StartupCheckExtensions
{
    /// <summary>
    /// Validates every option registered with ValidateOnStart before anything uses them (the database
    /// is opened before the host starts), so a wrong setting stops the app with one line on standard
    /// error, naming the setting, and exit code 2 instead of a stack trace.
    /// </summary>
    public static bool ConfigurationIsValid(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"ResolutionDrafts did not start: {string.Join(" ", e.Failures)}");
            return false;
        }
        catch (InvalidOperationException e) when (e.Source == "Microsoft.Extensions.Configuration.Binder")
        {
            // "Failed to convert configuration value at 'Collaboration:BatchWindow' to type 'System.TimeSpan'."
            Console.Error.WriteLine($"ResolutionDrafts did not start: {e.Message}");
            return false;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            var failures = e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures);
            Console.Error.WriteLine($"ResolutionDrafts did not start: {string.Join(" ", failures)}");
            return false;
        }
    }
}
