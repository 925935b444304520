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
public class AppDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (<see cref="PostgresAppDbContext"/>), which keeps its own migrations.</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DraftRecord> Drafts => Set<DraftRecord>();

    public DbSet<RevisionRecord> Revisions => Set<RevisionRecord>();

    public DbSet<OperationRecord> Operations => Set<OperationRecord>();

    public DbSet<DraftMemberRecord> DraftMembers => Set<DraftMemberRecord>();

    public DbSet<AuditRecord> Audit => Set<AuditRecord>();

    public DbSet<ProposalRecord> Proposals => Set<ProposalRecord>();

    public DbSet<CommentRecord> Comments => Set<CommentRecord>();

    public DbSet<ParagraphStatusRecord> ParagraphStatuses => Set<ParagraphStatusRecord>();

    public DbSet<WordAuthorRecord> WordAuthors => Set<WordAuthorRecord>();

    public DbSet<MarkupImportRecord> MarkupImports => Set<MarkupImportRecord>();

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

        modelBuilder.Entity<ProposalRecord>(proposal =>
        {
            proposal.ToTable("Proposals");
            proposal.HasKey(p => p.Id);
            proposal.Property(p => p.State).HasMaxLength(32);
            proposal.Property(p => p.Version).IsConcurrencyToken();
            proposal.HasIndex(p => new { p.DraftId, p.Number }).IsUnique();
            proposal.HasOne<DraftRecord>().WithMany().HasForeignKey(p => p.DraftId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CommentRecord>(comment =>
        {
            comment.ToTable("Comments");
            comment.HasKey(c => c.Id);
            comment.Property(c => c.ParagraphId).HasMaxLength(64);
            comment.Property(c => c.Author).HasMaxLength(400);
            comment.Property(c => c.Delegation).HasMaxLength(AppUser.MaxDelegation);
            comment.Property(c => c.Text).HasMaxLength(4000);
            comment.HasIndex(c => new { c.DraftId, c.AtUtc });
            comment.HasOne<DraftRecord>().WithMany().HasForeignKey(c => c.DraftId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ParagraphStatusRecord>(status =>
        {
            status.ToTable("ParagraphStatuses");
            status.HasKey(s => new { s.DraftId, s.ParagraphId });
            status.Property(s => s.ParagraphId).HasMaxLength(64);
            status.Property(s => s.Status).HasMaxLength(32);
            status.Property(s => s.SetBy).HasMaxLength(400);
            status.HasOne<DraftRecord>().WithMany().HasForeignKey(s => s.DraftId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<WordAuthorRecord>(author =>
        {
            author.ToTable("WordAuthors");
            author.HasKey(a => new { a.DraftId, a.WordAuthor });
            author.Property(a => a.WordAuthor).HasMaxLength(WordAuthorRecord.MaxName);
            author.Property(a => a.Delegation).HasMaxLength(AppUser.MaxDelegation);
            author.Property(a => a.MappedBy).HasMaxLength(400);
            author.HasOne<DraftRecord>().WithMany().HasForeignKey(a => a.DraftId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MarkupImportRecord>(import =>
        {
            import.ToTable("MarkupImports");
            import.HasKey(i => i.Id);
            import.Property(i => i.FileName).HasMaxLength(256);
            import.Property(i => i.Sha256).HasMaxLength(64);
            import.Property(i => i.ImportedBy).HasMaxLength(400);
            import.Property(i => i.ProposalIds).HasMaxLength(40_000);
            import.HasIndex(i => new { i.DraftId, i.AtUtc });
            import.HasOne<DraftRecord>().WithMany().HasForeignKey(i => i.DraftId).OnDelete(DeleteBehavior.Cascade);
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
            revision.Property(r => r.IssuedBy).HasMaxLength(OperationRecord.MaxAuthor);
            revision.Property(r => r.Note).HasMaxLength(2000);
            revision.Property(r => r.JobNumber).HasMaxLength(ResolutionDrafts.Web.Revisions.RevisionService.MaxJobNumberLength);
            revision.HasIndex(r => new { r.DraftId, r.Sequence }).IsUnique();
            revision.HasOne<DraftRecord>().WithMany().HasForeignKey(r => r.DraftId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<OperationRecord>(operation =>
        {
            operation.ToTable("Operations");
            operation.HasKey(o => o.Id);
            operation.Property(o => o.ClientId).HasMaxLength(64);
            operation.Property(o => o.Author).HasMaxLength(OperationRecord.MaxAuthor);
            operation.Property(o => o.UserId).HasMaxLength(450);
            operation.HasIndex(o => new { o.DraftId, o.Revision }).IsUnique();
            operation.HasIndex(o => new { o.DraftId, o.ClientId, o.ClientSeq }).IsUnique();
            operation.HasOne<DraftRecord>().WithMany().HasForeignKey(o => o.DraftId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
