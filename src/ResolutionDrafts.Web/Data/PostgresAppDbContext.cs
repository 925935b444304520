using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ResolutionDrafts.Web.Data;

/// <summary>
/// The app's database on PostgreSQL: the same model as <see cref="AppDbContext"/>, a type of its own
/// so that its migrations (Data/Migrations/Postgres) are kept apart from SQLite's. Code asks for
/// <see cref="IDbContextFactory{AppDbContext}"/> whichever the provider.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

/// <summary>For `dotnet ef migrations add … --context PostgresAppDbContext`: a model needs no server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=127.0.0.1;Database=design_time_only").Options);
}

/// <summary>For `dotnet ef migrations add … --context AppDbContext`: SQLite's migrations, made without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=design-time-only.db").Options);
}
