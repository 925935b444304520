using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>Paragraph statuses (set by the secretariat) and comments on paragraphs (by members with the Comment right).</summary>
public sealed class NegotiationService(IDbContextFactory<AppDbContext> dbFactory, IAuditLog audit, TimeProvider clock)
{
    public const int MaxComment = 4000;

    public async Task<IReadOnlyDictionary<string, ParagraphStatus>> StatusesAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ParagraphStatuses.AsNoTracking().Where(s => s.DraftId == draftId).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ParagraphId, r => Enum.TryParse<ParagraphStatus>(r.Status, out var s) ? s : ParagraphStatus.Open);
    }

    public Task<DomainResult> SetStatusAsync(DraftAccess by, string paragraphId, ParagraphStatus status, CancellationToken cancellationToken) =>
        SetStatusAsync(by, paragraphId, null, status, cancellationToken);

    /// <summary>As above; <paramref name="label"/> ("OP3") is how the audit log names the paragraph, its id otherwise.</summary>
    public async Task<DomainResult> SetStatusAsync(DraftAccess by, string paragraphId, string? label, ParagraphStatus status, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.DecideProposals))
        {
            return DomainResult.Fail(by.Refusal(DraftAction.DecideProposals));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ParagraphStatuses.FirstOrDefaultAsync(s => s.DraftId == by.DraftId && s.ParagraphId == paragraphId, cancellationToken);
        if (row is null)
        {
            row = new ParagraphStatusRecord { DraftId = by.DraftId, ParagraphId = paragraphId };
            db.ParagraphStatuses.Add(row);
        }

        (row.Status, row.SetBy, row.SetUtc) = (status.ToString(), by.Actor.Label, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(by.Actor, AuditActions.ParagraphStatus, by.DraftId, $"{label ?? paragraphId} marked {NegotiationWords.Status(status)}", cancellationToken);
        return DomainResult.Ok();
    }

    public async Task<IReadOnlyList<ParagraphComment>> CommentsAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Comments.AsNoTracking().Where(c => c.DraftId == draftId).OrderBy(c => c.AtUtc)
            .Select(c => new ParagraphComment(c.Id, c.ParagraphId, c.Author, c.Delegation, c.Text, c.AtUtc, c.ReplyToId))
            .ToListAsync(cancellationToken);
    }

    public async Task<DomainResult> CommentAsync(DraftAccess by, string paragraphId, string text, CancellationToken cancellationToken) =>
        (await AddCommentAsync(by, paragraphId, text, null, cancellationToken)).Untyped();

    /// <summary>A comment, or a reply to another comment on the same paragraph; its id.</summary>
    public async Task<DomainResult<Guid>> AddCommentAsync(DraftAccess by, string paragraphId, string text, Guid? replyTo, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.Comment))
        {
            return DomainResult<Guid>.Fail(by.Refusal(DraftAction.Comment));
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxComment)
        {
            return DomainResult<Guid>.Fail($"A comment is 1 to {MaxComment} characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (replyTo is { } parent && !await db.Comments.AnyAsync(c => c.Id == parent && c.DraftId == by.DraftId && c.ParagraphId == paragraphId, cancellationToken))
        {
            return DomainResult<Guid>.Fail("The comment replied to is not on this paragraph.");
        }

        var id = Guid.NewGuid();
        db.Comments.Add(new CommentRecord
        {
            Id = id, DraftId = by.DraftId, ParagraphId = paragraphId, Author = by.Actor.Label,
            Delegation = by.Role == DraftRole.Delegation ? by.Actor.Delegation : null, Text = trimmed, AtUtc = clock.GetUtcNow().UtcDateTime,
            ReplyToId = replyTo,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(by.Actor, AuditActions.Commented, by.DraftId, $"on {paragraphId}{(replyTo is null ? "" : " (a reply)")}", cancellationToken);
        return DomainResult<Guid>.Ok(id);
    }
}
