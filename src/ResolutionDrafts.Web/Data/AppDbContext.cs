using Microsoft.EntityFrameworkCore;

namespace ResolutionDrafts.Web.Data;

/// <summary>
/// The app's database. The model uses only types every provider maps the same way (Guid, string,
/// long, DateTime in UTC) so PostgreSQL can replace SQLite without a model change.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<DraftRecord> Drafts => Set<DraftRecord>();

    public DbSet<RevisionRecord> Revisions => Set<RevisionRecord>();

    public DbSet<OperationRecord> Operations => Set<OperationRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DraftRecord>(draft =>
        {
            draft.ToTable("Drafts");
            draft.HasKey(d => d.Id);
            draft.Property(d => d.Symbol).HasMaxLength(200);
            draft.Property(d => d.Title).HasMaxLength(2000);
            draft.Property(d => d.Language).HasMaxLength(8);
            draft.Property(d => d.Kind).HasMaxLength(32);
            draft.Property(d => d.Version).IsConcurrencyToken();
            draft.HasIndex(d => d.UpdatedUtc);
        });

        modelBuilder.Entity<RevisionRecord>(revision =>
        {
            revision.ToTable("Revisions");
            revision.HasKey(r => r.Id);
            revision.Property(r => r.Symbol).HasMaxLength(200);
            revision.Property(r => r.IssuedBy).HasMaxLength(200);
            revision.Property(r => r.Note).HasMaxLength(2000);
            revision.HasIndex(r => new { r.DraftId, r.Sequence }).IsUnique();
            revision.HasOne<DraftRecord>().WithMany().HasForeignKey(r => r.DraftId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<OperationRecord>(operation =>
        {
            operation.ToTable("Operations");
            operation.HasKey(o => o.Id);
            operation.Property(o => o.ClientId).HasMaxLength(64);
            operation.Property(o => o.Author).HasMaxLength(200);
            operation.HasIndex(o => new { o.DraftId, o.Revision }).IsUnique();
            operation.HasIndex(o => new { o.DraftId, o.ClientId, o.ClientSeq }).IsUnique();
            operation.HasOne<DraftRecord>().WithMany().HasForeignKey(o => o.DraftId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
