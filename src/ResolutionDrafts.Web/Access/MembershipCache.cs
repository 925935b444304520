using System.Collections.Concurrent;

namespace ResolutionDrafts.Web.Access;

/// <summary>
/// Memberships read in the last few seconds, so a hub operation costs no database read. Changes
/// made on this node clear their entry at once; another node's changes reach here within
/// <see cref="Lifetime"/>. Rebuilt from the database on demand, like every cache here.
/// </summary>
public sealed class MembershipCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<(Guid DraftId, string UserId), Entry> entries = new();

    public bool TryGet(Guid draftId, string userId, out Membership? membership)
    {
        if (entries.TryGetValue((draftId, userId), out var entry) && clock.GetUtcNow() - entry.ReadAt < Lifetime)
        {
            membership = entry.Membership;
            return true;
        }

        membership = null;
        return false;
    }

    public void Set(Guid draftId, string userId, Membership? membership)
    {
        if (entries.Count > 100_000)
        {
            entries.Clear();
        }

        entries[(draftId, userId)] = new Entry(membership, clock.GetUtcNow());
    }

    public void Forget(Guid draftId)
    {
        foreach (var key in entries.Keys.Where(k => k.DraftId == draftId))
        {
            entries.TryRemove(key, out _);
        }
    }

    /// <summary>A user's role in a draft and the draft's direct-editing setting; null entry = not a member.</summary>
    public sealed record Membership(DraftRole Role, bool OpenToDirectEditing);

    private sealed record Entry(Membership? Membership, DateTimeOffset ReadAt);
}
