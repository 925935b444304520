using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;

namespace ResolutionDrafts.Web.Access;

/// <summary>
/// Memberships read in the last few seconds, so a hub operation costs no database read: the
/// framework's <see cref="HybridCache"/> (in memory only; each node keeps its own), which also lets one
/// read serve everyone who asks for the same membership at once. Changes made on this node clear a
/// draft's entries at once (by the draft's tag); another node's changes arrive over Redis
/// (RedisDraftEvents) and, if that message is lost, within <see cref="Lifetime"/>. Rebuilt from the
/// database on demand, like every cache here.
/// </summary>
public sealed class MembershipCache(HybridCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private static readonly HybridCacheEntryOptions Options = new()
    {
        Expiration = Lifetime,
        LocalCacheExpiration = Lifetime,
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    /// <summary>The user's membership of the draft (null: not a member, or no such draft), read with <paramref name="read"/> when not cached.</summary>
    public async Task<Membership?> GetOrReadAsync(Guid draftId, string userId, Func<CancellationToken, Task<Membership?>> read, CancellationToken cancellationToken)
    {
        var entry = await cache.GetOrCreateAsync(
            $"membership:{draftId:N}:{userId}",
            read,
            static async (read, ct) => new Entry(await read(ct)),
            Options,
            [Tag(draftId)],
            cancellationToken);
        return entry.Membership;
    }

    /// <summary>Forgets every cached membership of the draft (its members or its direct-editing setting changed).</summary>
    public ValueTask ForgetAsync(Guid draftId) => cache.RemoveByTagAsync(Tag(draftId));

    private static string Tag(Guid draftId) => $"draft:{draftId:N}";

    /// <summary>A user's role in a draft and the draft's direct-editing setting; null entry = not a member.</summary>
    [ImmutableObject(true)]
    public sealed record Membership(DraftRole Role, bool OpenToDirectEditing);

    /// <summary>What is cached, "not a member" included (immutable: the cache hands out this instance rather than a copy).</summary>
    [ImmutableObject(true)]
    private sealed record Entry(Membership? Membership);
}
