using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Access;

/// <summary>
/// The one place the server decides what a signed-in user may do in a draft: pages, HTTP
/// endpoints and hub methods all ask <see cref="ForAsync(ClaimsPrincipal?, Guid, CancellationToken)"/>
/// and then <see cref="DraftAccess.Can"/>. A user who is not a member gets null, exactly as for a
/// draft that does not exist, so guessing ids tells nothing.
/// </summary>
public sealed class DraftAccessService(
    IDbContextFactory<AppDbContext> dbFactory, MembershipCache cache, DraftSessions sessions, IDraftEvents events, IAuditLog audit, TimeProvider clock) : IDraftAccess
{
    public Task<DraftAccess?> ForAsync(ClaimsPrincipal? user, Guid draftId, CancellationToken cancellationToken) =>
        Actor.From(user) is { } actor ? ForAsync(actor, draftId, cancellationToken) : Task.FromResult<DraftAccess?>(null);

    public async Task<DraftAccess?> ForAsync(Actor actor, Guid draftId, CancellationToken cancellationToken)
    {
        var membership = await cache.GetOrReadAsync(draftId, actor.UserId, ct => ReadAsync(actor, draftId, ct), cancellationToken);
        return membership is null ? null : new DraftAccess(draftId, actor, membership.Role, membership.OpenToDirectEditing);
    }

    /// <summary>The drafts <paramref name="actor"/> may see (all of them for an administrator), most recently changed first.</summary>
    public async Task<IReadOnlyList<VisibleDraft>> VisibleDraftsAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (actor.IsAdministrator)
        {
            return await db.Drafts.AsNoTracking().OrderByDescending(d => d.UpdatedUtc)
                .Select(d => new VisibleDraft(new DraftSummary(d.Id, d.Symbol, d.Title, d.Language, d.Kind, d.UpdatedUtc, d.CreatedUtc), DraftRole.Secretariat))
                .ToListAsync(cancellationToken);
        }

        var rows = await (from m in db.DraftMembers.AsNoTracking()
                          join d in db.Drafts.AsNoTracking() on m.DraftId equals d.Id
                          where m.UserId == actor.UserId
                          orderby d.UpdatedUtc descending
                          select new { Summary = new DraftSummary(d.Id, d.Symbol, d.Title, d.Language, d.Kind, d.UpdatedUtc, d.CreatedUtc), m.Role })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new VisibleDraft(r.Summary, ParseRole(r.Role)))];
    }

    public async Task<IReadOnlyList<DraftMember>> MembersAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from m in db.DraftMembers.AsNoTracking()
                          join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                          where m.DraftId == draftId
                          select new { m.UserId, u.UserName, u.DisplayName, u.Delegation, m.Role, m.AddedUtc, m.AddedBy })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new DraftMember(r.UserId, r.UserName ?? "", r.DisplayName, r.Delegation, ParseRole(r.Role), r.AddedUtc, r.AddedBy))
            .OrderByDescending(m => m.Role).ThenBy(m => m.Delegation).ThenBy(m => m.DisplayName, StringComparer.CurrentCulture)];
    }

    /// <summary>Adds a member or changes their role, or says why not.</summary>
    public async Task<DomainResult> SetMemberAsync(DraftAccess by, string userName, DraftRole role, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.ManageMembers))
        {
            return DomainResult.Fail(by.Refusal(DraftAction.ManageMembers));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalized = userName.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user is null)
        {
            return DomainResult.Fail($"There is no user named '{userName.Trim()}'.");
        }

        if (role == DraftRole.Delegation && string.IsNullOrWhiteSpace(user.Delegation))
        {
            return DomainResult.Fail($"{user.DisplayName} belongs to no delegation; an administrator sets a user's delegation.");
        }

        var member = await db.DraftMembers.FirstOrDefaultAsync(m => m.DraftId == by.DraftId && m.UserId == user.Id, cancellationToken);
        if (member is not null && ParseRole(member.Role) == DraftRole.Secretariat && role != DraftRole.Secretariat
            && !await OtherSecretariatExistsAsync(db, by.DraftId, user.Id, cancellationToken))
        {
            return DomainResult.Fail("A draft keeps at least one secretariat member.");
        }

        var previous = member?.Role;
        if (member is null)
        {
            member = new DraftMemberRecord { DraftId = by.DraftId, UserId = user.Id, AddedUtc = clock.GetUtcNow().UtcDateTime, AddedBy = by.Actor.UserName };
            db.DraftMembers.Add(member);
        }

        member.Role = role.ToString();
        await db.SaveChangesAsync(cancellationToken);
        await cache.ForgetAsync(by.DraftId);
        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Members));
        await audit.WriteAsync(by.Actor, AuditActions.MemberSet, by.DraftId,
            previous is null ? $"added {user.UserName} as {DraftAccess.Describe(role)}" : $"{user.UserName}: from {DraftAccess.Describe(ParseRole(previous))} to {DraftAccess.Describe(role)}", cancellationToken);
        return DomainResult.Ok();
    }

    public async Task<DomainResult> RemoveMemberAsync(DraftAccess by, string userId, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.ManageMembers))
        {
            return DomainResult.Fail(by.Refusal(DraftAction.ManageMembers));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.DraftMembers.FirstOrDefaultAsync(m => m.DraftId == by.DraftId && m.UserId == userId, cancellationToken);
        if (member is null)
        {
            return DomainResult.Fail("That user is not a member of this draft.");
        }

        if (ParseRole(member.Role) == DraftRole.Secretariat && !await OtherSecretariatExistsAsync(db, by.DraftId, userId, cancellationToken))
        {
            return DomainResult.Fail("A draft keeps at least one secretariat member.");
        }

        var userName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken);
        db.DraftMembers.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        await cache.ForgetAsync(by.DraftId);
        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Members));
        // Their open connections stop hearing the draft now: on this node here, on the others when they hear of the Members event.
        await sessions.EvictAsync(by.DraftId, userId);
        await audit.WriteAsync(by.Actor, AuditActions.MemberRemoved, by.DraftId, $"removed {userName}", cancellationToken);
        return DomainResult.Ok();
    }

    public async Task<DomainResult> SetOpenToDirectEditingAsync(DraftAccess by, bool open, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.ManageMembers))
        {
            return DomainResult.Fail(by.Refusal(DraftAction.ManageMembers));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Drafts.Where(d => d.Id == by.DraftId).ExecuteUpdateAsync(s => s.SetProperty(d => d.OpenToDirectEditing, open), cancellationToken);
        await cache.ForgetAsync(by.DraftId);
        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Members));
        await audit.WriteAsync(by.Actor, AuditActions.DirectEditing, by.DraftId, open ? "opened to direct editing by delegations" : "closed to direct editing by delegations", cancellationToken);
        return DomainResult.Ok();
    }

    /// <summary>
    /// Of <paramref name="userIds"/>, those who may still read the draft (members, and administrators,
    /// who may read every draft): after another node changed the members, this node takes the others
    /// out of the live session.
    /// </summary>
    public async Task<IReadOnlySet<string>> WhoMayReadAsync(Guid draftId, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var members = await db.DraftMembers.AsNoTracking()
            .Where(m => m.DraftId == draftId && userIds.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(cancellationToken);
        var administrators = await (from ur in db.UserRoles.AsNoTracking()
                                    join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
                                    where r.Name == AccountRoles.Administrator && userIds.Contains(ur.UserId)
                                    select ur.UserId).ToListAsync(cancellationToken);
        return members.Concat(administrators).ToHashSet(StringComparer.Ordinal);
    }

    public static DraftRole ParseRole(string role) => Enum.TryParse<DraftRole>(role, out var parsed) ? parsed : DraftRole.Observer;

    private async Task<MembershipCache.Membership?> ReadAsync(Actor actor, Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.Drafts.AsNoTracking().Where(d => d.Id == draftId).Select(d => new { d.OpenToDirectEditing }).FirstOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return null;
        }

        if (actor.IsAdministrator)
        {
            return new MembershipCache.Membership(DraftRole.Secretariat, draft.OpenToDirectEditing);
        }

        var role = await db.DraftMembers.AsNoTracking()
            .Where(m => m.DraftId == draftId && m.UserId == actor.UserId).Select(m => m.Role).FirstOrDefaultAsync(cancellationToken);
        return role is null ? null : new MembershipCache.Membership(ParseRole(role), draft.OpenToDirectEditing);
    }

    private static Task<bool> OtherSecretariatExistsAsync(AppDbContext db, Guid draftId, string userId, CancellationToken cancellationToken)
    {
        var secretariat = nameof(DraftRole.Secretariat);
        return db.DraftMembers.AnyAsync(m => m.DraftId == draftId && m.UserId != userId && m.Role == secretariat, cancellationToken);
    }
}
