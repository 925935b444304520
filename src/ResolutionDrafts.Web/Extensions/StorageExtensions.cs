using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Extensions;

internal static class StorageExtensions
{
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, ResolutionDrafts.Web.Operations.WritableDatabasePath>();

        builder.Services.AddPooledDbContextFactory<AppDbContext>((services, db) =>
        {
            var path = DatabasePath(services);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var connection = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, DefaultTimeout = 30 };
            db.UseSqlite(connection.ToString());
        });
        builder.Services.AddSingleton<DatabaseInitializer>();
        return builder;
    }

    public static string DatabasePath(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath;
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return Path.GetFullPath(Path.Combine(root, configured));
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        app.Logger.LogInformation("Database: {Path}", DatabasePath(app.Services));
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<AccountSeeder>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }
}
