using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Operations;

/// <summary>
/// Refuses, at start, a Storage:DatabasePath the app cannot write: a folder it cannot create or
/// write in, or a database file it cannot open for writing. Otherwise the first sign would be a
/// stack trace from the migrations, or a read-only app that fails on the first edit.
/// </summary>
internal sealed class WritableDatabasePath(IHostEnvironment environment) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            return ValidateOptionsResult.Fail("Storage:DatabasePath is empty; give the SQLite file's path.");
        }

        var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.DatabasePath));
        try
        {
            var folder = Directory.CreateDirectory(Path.GetDirectoryName(path)!).FullName;
            var probe = Path.Combine(folder, $".rd-write-check-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            if (File.Exists(path))
            {
                using var file = File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }

            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ValidateOptionsResult.Fail($"Storage:DatabasePath {path} cannot be written: {e.Message}");
        }
    }
}
