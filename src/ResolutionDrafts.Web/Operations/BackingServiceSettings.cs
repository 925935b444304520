using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Operations;

/// <summary>
/// Refuses, at start, Storage:Provider "postgres" without a readable ConnectionStrings:Drafts (missing,
/// an unknown keyword, no host), and a Redis:Configuration StackExchange.Redis cannot read, each with
/// one line naming the setting, before anything tries to connect.
/// </summary>
internal sealed class BackingServiceSettings(IConfiguration configuration) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (options.Provider == StorageOptions.Postgres)
        {
            var connection = configuration.GetConnectionString("Drafts");
            if (string.IsNullOrWhiteSpace(connection))
            {
                failures.Add("Storage:Provider is \"postgres\" but ConnectionStrings:Drafts is not set (for example Host=127.0.0.1;Port=5432;Database=drafts;Username=rd;Password=…).");
            }
            else
            {
                try
                {
                    var parsed = new Npgsql.NpgsqlConnectionStringBuilder(connection);
                    if (string.IsNullOrWhiteSpace(parsed.Host))
                    {
                        failures.Add("ConnectionStrings:Drafts names no Host (for example Host=127.0.0.1;Port=5432;Database=drafts;Username=rd).");
                    }
                }
                catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
                {
                    // The message names the keyword or value; the string itself may hold a password, so it is not repeated.
                    failures.Add($"ConnectionStrings:Drafts cannot be read: {e.Message}");
                }
            }
        }

        if (configuration["Redis:Configuration"] is { Length: > 0 } redis && Collaboration.RedisConnection.Invalid(redis) is { } why)
        {
            failures.Add($"Redis:Configuration cannot be read: {why}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
