using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Data;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>
/// Proposals in the database: rows to domain objects and back. Reading a proposal means parsing its
/// two texts and computing the amendment between them, which is what listing a draft's proposals
/// costs; that is done once per stored pair of texts and kept in a cache bounded by the texts' size.
/// The drafts a <see cref="ProposalView"/> carries are therefore shared: clone one before editing it.
/// </summary>
public sealed class ProposalStore(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock) : IDisposable
{
    public const int MaxProposalsPerDraft = 2_000;

    /// <summary>What a caller is told when the proposal's row changed under it.</summary>
    public const string Conflict = "Someone changed this proposal at the same moment; reload and try again.";

    /// <summary>How many characters of stored draft JSON the cache of parsed texts may hold.</summary>
    public const long CacheCharacters = 64_000_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly MemoryCache parsed = new(new MemoryCacheOptions { SizeLimit = CacheCharacters });

    public async Task<IReadOnlyList<ProposalView>> ListAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Proposals.AsNoTracking().Where(p => p.DraftId == draftId).OrderBy(p => p.Number).ToListAsync(cancellationToken);
        return [.. records.Select(Read).OfType<ProposalView>()];
    }

    /// <summary>The proposal's row, tracked by <paramref name="db"/> so it can be saved, and what it holds; nulls when the draft has no such proposal.</summary>
    public async Task<(ProposalRecord? Record, ProposalView? View)> FindAsync(AppDbContext db, Guid draftId, Guid id, CancellationToken cancellationToken)
    {
        var record = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id && p.DraftId == draftId, cancellationToken);
        return (record, record is null ? null : Read(record));
    }

    /// <summary>
    /// Stores a new proposal, numbered next in its draft; refused past <see cref="MaxProposalsPerDraft"/>, when another was
    /// numbered at the same moment, or when <paramref name="refuse"/> finds a reason among the draft's pending proposals.
    /// That check and the insert are one turn per draft — a write transaction, which SQLite takes one at a time (BEGIN
    /// IMMEDIATE), and on PostgreSQL under the draft's advisory lock — so two identical proposals sent at the same instant
    /// cannot both pass it (issue 17: it listed, then inserted, and both did).
    /// </summary>
    public async Task<DomainResult<ProposalView>> AddAsync(
        Guid draftId, Guid id, Guid? parentId, Proposal proposal, Draft original, Draft proposed, CancellationToken cancellationToken,
        Func<IReadOnlyList<ProposalView>, string?>? refuse = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db is PostgresAppDbContext)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AddLockClass}, {LockKey(draftId)})", cancellationToken);
        }

        if (refuse is not null)
        {
            var pending = await db.Proposals.AsNoTracking().Where(p => p.DraftId == draftId).OrderBy(p => p.Number).ToListAsync(cancellationToken);
            if (refuse([.. pending.Select(Read).OfType<ProposalView>().Where(v => v.Proposal.IsPending)]) is { } reason)
            {
                return DomainResult<ProposalView>.Fail(reason);
            }
        }

        var count = await db.Proposals.CountAsync(p => p.DraftId == draftId, cancellationToken);
        if (count >= MaxProposalsPerDraft)
        {
            return DomainResult<ProposalView>.Fail($"A draft can have at most {MaxProposalsPerDraft} proposals.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var record = new ProposalRecord
        {
            Id = id, DraftId = draftId, Number = count + 1, ParentId = parentId, State = proposal.State.ToString(),
            OriginalJson = DraftJson.Serialize(original), ProposedJson = DraftJson.Serialize(proposed),
            DataJson = Serialize(proposal), CreatedUtc = now, UpdatedUtc = now, Version = 1,
        };
        db.Proposals.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return DomainResult<ProposalView>.Fail("Another proposal was made at the same moment; please send yours again.");
        }

        return DomainResult<ProposalView>.Ok(Read(record)!);
    }

    /// <summary>Writes <paramref name="proposal"/>'s state into its row and saves; <see cref="Conflict"/> when the row changed since it was read.</summary>
    public async Task<DomainResult> SaveAsync(AppDbContext db, ProposalRecord record, Proposal proposal, CancellationToken cancellationToken)
    {
        Write(record, proposal);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return DomainResult.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return DomainResult.Fail(Conflict);
        }
    }

    /// <summary>Writes <paramref name="proposal"/>'s state into its row (saved by the caller) and moves the row's version on.</summary>
    public void Write(ProposalRecord record, Proposal proposal)
    {
        record.State = proposal.State.ToString();
        record.DataJson = Serialize(proposal);
        record.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        record.Version++;
    }

    /// <summary>The row as a view; null when a stored text or state no longer reads (it is then left out, not shown half).</summary>
    public ProposalView? Read(ProposalRecord record)
    {
        var texts = Texts(record);
        var data = JsonSerializer.Deserialize<ProposalData>(record.DataJson, Json);
        if (texts is null || data is null)
        {
            return null;
        }

        var restored = Proposal.Restore(data with { Instructions = texts.Amendment.Instructions });
        return restored.IsSuccess
            ? new ProposalView(record.Id, record.DraftId, record.Number, restored.Value!, texts.Original, texts.Proposed, record.CreatedUtc) { VotePosition = record.VotePosition }
            : null;
    }

    public void Dispose() => parsed.Dispose();

    /// <summary>The class of PostgreSQL advisory locks a draft's new proposals take (appends take 727366, migrations 727365).</summary>
    private const int AddLockClass = 727367;

    /// <summary>A draft's lock key: the same on every node (a Guid's own hash code is not).</summary>
    private static int LockKey(Guid draftId) => BitConverter.ToInt32(draftId.ToByteArray(), 0);

    /// <summary>The stored state without the instructions, which are computed from the two texts.</summary>
    private static string Serialize(Proposal proposal) => JsonSerializer.Serialize(proposal.ToData() with { Instructions = [] }, Json);

    private ParsedTexts? Texts(ProposalRecord record)
    {
        // A sub-amendment's acceptance rewrites its parent's proposed text, so the texts themselves are the key's check.
        if (parsed.TryGetValue(record.Id, out ParsedTexts? known)
            && known!.OriginalJson == record.OriginalJson && known.ProposedJson == record.ProposedJson)
        {
            return known;
        }

        var original = DraftJson.DeserializeVerbatim(record.OriginalJson);
        var proposed = DraftJson.DeserializeVerbatim(record.ProposedJson);
        if (!original.IsSuccess || !proposed.IsSuccess)
        {
            return null;
        }

        var texts = new ParsedTexts(record.OriginalJson, record.ProposedJson, original.Value!, proposed.Value!, AmendmentBuilder.Compute(original.Value!, proposed.Value!));
        parsed.Set(record.Id, texts, new MemoryCacheEntryOptions { Size = record.OriginalJson.Length + record.ProposedJson.Length });
        return texts;
    }

    private sealed record ParsedTexts(string OriginalJson, string ProposedJson, Draft Original, Draft Proposed, Amendment Amendment);
}
