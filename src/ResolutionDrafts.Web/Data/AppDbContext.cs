using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Data;

/// <summary>
/// The app's database. The model uses only types every provider maps the same way (Guid, string,
/// long, DateTime in UTC) so PostgreSQL can replace SQLite without a model change. Accounts are
/// ASP.NET Core Identity's tables in the same database, and so are the data-protection keys that
/// sign cookies and anti-forgery tokens: every app node reads the same keys.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DraftRecord> Drafts => Set<DraftRecord>();

    public DbSet<RevisionRecord> Revisions => Set<RevisionRecord>();

    public DbSet<OperationRecord> Operations => Set<OperationRecord>();

    public DbSet<DraftMemberRecord> DraftMembers => Set<DraftMemberRecord>();

    public DbSet<AuditRecord> Audit => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(AppUser.MaxDisplayName);
            user.Property(u => u.Delegation).HasMaxLength(AppUser.MaxDelegation);
        });

        modelBuilder.Entity<DraftMemberRecord>(member =>
        {
            member.ToTable("DraftMembers");
            member.HasKey(m => new { m.DraftId, m.UserId });
            member.Property(m => m.Role).HasMaxLength(32);
            member.Property(m => m.AddedBy).HasMaxLength(256);
            member.HasIndex(m => m.UserId);
            member.HasOne<DraftRecord>().WithMany().HasForeignKey(m => m.DraftId).OnDelete(DeleteBehavior.Cascade);
            member.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        // No foreign keys: the log outlives the drafts and users it names.
        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.ToTable("AuditLog");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.UserName).HasMaxLength(256);
            audit.Property(a => a.Actor).HasMaxLength(400);
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.Detail).HasMaxLength(2000);
            audit.HasIndex(a => new { a.DraftId, a.AtUtc });
            audit.HasIndex(a => a.AtUtc);
        });

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
