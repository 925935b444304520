using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Domain.Revisions;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Revisions;

/// <summary>
/// Issues revisions. The frozen copy is taken inside the draft's session, in the same serialised
/// step that gives the live text the revision's symbol, so it holds exactly the text that was live.
/// </summary>
public sealed class RevisionService(
    IDbContextFactory<AppDbContext> dbFactory,
    IDraftService drafts,
    IAuditLog audit,
    TimeProvider clock) : IRevisionService
{
    public const int MaxSymbolLength = 200;
    public const int MaxNoteLength = 2000;

    /// <summary>Job numbers are short ("25-17092 (E)"); the limit leaves room for a suffix.</summary>
    public const int MaxJobNumberLength = 40;

    /// <summary>The answer for a revision that does not exist and for one of a draft the caller is not a member of, alike.</summary>
    public const string NoSuchRevision = "There is no such revision, or you are not a member of its draft.";

    public async Task<DomainResult<RevisionSummary>> IssueAsync(DraftAccess by, IssueRevisionRequest request, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.IssueRevision))
        {
            return DomainResult<RevisionSummary>.Fail(by.Refusal(DraftAction.IssueRevision));
        }

        var draftId = by.DraftId;
        var symbol = request.Symbol?.Trim() ?? "";
        // Whoever is signed in issues it; nothing in the request can say otherwise.
        var issuedBy = by.Actor.Label;
        var error = symbol.Length == 0 ? "A revision needs a document symbol."
            : symbol.Length > MaxSymbolLength ? $"A symbol can have at most {MaxSymbolLength} characters."
            : ShortText.Problem(symbol, "A symbol") is { } bad ? bad
            : request.Note is { Length: > MaxNoteLength } ? $"A note can have at most {MaxNoteLength} characters."
            : null;
        if (error is not null)
        {
            return DomainResult<RevisionSummary>.Fail(error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Revisions.AnyAsync(r => r.DraftId == draftId && r.Symbol == symbol, cancellationToken))
        {
            return DomainResult<RevisionSummary>.Fail($"{symbol} has already been issued for this draft; give the new revision its own symbol.");
        }

        // The live text takes the revision's symbol and the frozen copy is stored in one transaction:
        // a failure leaves neither a stamped live text without its revision nor a revision without it.
        Draft? frozen = null;
        RevisionRecord? revision = null;
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var stamped = await drafts.ApplyAsync(new DraftCommand(by, live =>
        {
            var copy = live.Clone();
            var stamp = Stamp(copy, symbol, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            if (!stamp.IsSuccess)
            {
                return DomainResult<DraftOperation>.Fail(stamp.Error!);
            }

            frozen = copy;
            return DomainResult<DraftOperation>.Ok(OperationBatch.Of([new SetMetadata(copy.Metadata), new SetDocumentKind(copy.Kind, copy.Revision)]));
        })
        {
            Right = DraftAction.IssueRevision,
            AlsoSave = async (store, logRevision, ct) =>
            {
                var sequence = 1 + (await store.Revisions.Where(r => r.DraftId == draftId).MaxAsync(r => (int?)r.Sequence, ct) ?? 0);
                revision = new RevisionRecord
                {
                    Id = Guid.NewGuid(), DraftId = draftId, Sequence = sequence, Symbol = symbol, IssuedBy = issuedBy, Note = note,
                    IssuedUtc = clock.GetUtcNow().UtcDateTime, ContentJson = DraftJson.Serialize(frozen!, indented: false), LogRevision = logRevision,
                };
                store.Revisions.Add(revision);
            },
        }, cancellationToken);
        if (!stamped.IsSuccess)
        {
            return DomainResult<RevisionSummary>.Fail(stamped.Error!);
        }

        await audit.WriteAsync(by.Actor, AuditActions.RevisionIssued, draftId, symbol, CancellationToken.None);
        return DomainResult<RevisionSummary>.Ok(Summary(revision!));
    }

    public async Task<IReadOnlyList<RevisionSummary>> ListAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Revisions.AsNoTracking().Where(r => r.DraftId == draftId).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        return rows.Select(Summary).ToList();
    }

    public async Task<LoadedRevision?> LoadAsync(Guid revisionId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revisionId, cancellationToken);
        return row is null ? null : new LoadedRevision(Summary(row), DraftRecords.Read(row.ContentJson, row.Id));
    }

    public async Task<Guid?> DraftOfAsync(Guid revisionId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Revisions.AsNoTracking().Where(r => r.Id == revisionId).Select(r => (Guid?)r.DraftId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<DomainResult> SetJobNumberAsync(DraftAccess by, Guid revisionId, string? jobNumber, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.IssueRevision))
        {
            return DomainResult.Fail("Only the secretariat sets the job number of an issued document.");
        }

        if (ShortText.Problem(jobNumber, "The job number", MaxJobNumberLength) is { } problem)
        {
            return DomainResult.Fail(problem);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Revisions.SingleOrDefaultAsync(r => r.Id == revisionId && r.DraftId == by.DraftId, cancellationToken);
        if (row is null)
        {
            return DomainResult.Fail(NoSuchRevision);
        }

        var job = string.IsNullOrWhiteSpace(jobNumber) ? null : jobNumber.Trim();
        if (row.JobNumber == job)
        {
            return DomainResult.Ok();
        }

        row.JobNumber = job;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(by.Actor, AuditActions.JobNumberSet, by.DraftId, $"{row.Symbol}: {job ?? "none"}", CancellationToken.None);
        return DomainResult.Ok();
    }

    public async Task<DomainResult<Guid>> StartDraftFromAsync(DraftAccess by, Guid revisionId, CancellationToken cancellationToken)
    {
        var revision = await LoadAsync(revisionId, cancellationToken);
        if (revision is null || revision.Summary.DraftId != by.DraftId || !by.Can(DraftAction.Read))
        {
            return DomainResult<Guid>.Fail(NoSuchRevision);
        }

        if (!by.Actor.MayCreateDrafts)
        {
            return DomainResult<Guid>.Fail("Only the secretariat creates drafts.");
        }

        // Paragraph ids are kept, so the new draft compares paragraph by paragraph with the revision,
        // which is also its first revision: the next one is suggested as the next symbol.
        var id = await CreateIssuedAsync(by.Actor, revision.Draft, $"started from revision {revision.Summary.Symbol}", revision.Summary.IssuedUtc, cancellationToken);
        return DomainResult<Guid>.Ok(id);
    }

    public Task<Guid> CreateIssuedAsync(Actor? by, Draft draft, string source, CancellationToken cancellationToken) =>
        CreateIssuedAsync(by, draft, source, null, cancellationToken);

    private async Task<Guid> CreateIssuedAsync(Actor? by, Draft draft, string source, DateTime? issuedUtc, CancellationToken cancellationToken)
    {
        var symbol = draft.Metadata.Symbol?.Trim();
        var asIssued = string.IsNullOrEmpty(symbol) ? null : new RevisionRecord
        {
            Id = Guid.NewGuid(), Sequence = 1, Symbol = symbol, IssuedBy = by?.Label ?? "loaded at first start", Note = $"As issued; {source}",
            IssuedUtc = issuedUtc ?? IssuedOn(draft.Metadata.Date) ?? clock.GetUtcNow().UtcDateTime,
            ContentJson = DraftJson.Serialize(draft, indented: false), LogRevision = 0,
        };
        var id = await drafts.CreateAsync(draft, by?.UserId, asIssued is null ? null : (db, draftId) =>
        {
            asIssued.DraftId = draftId;
            db.Revisions.Add(asIssued);
        }, cancellationToken);
        await audit.WriteAsync(by, AuditActions.DraftCreated, id, $"{symbol ?? "untitled"}, {source}", CancellationToken.None);
        return id;
    }

    /// <summary>The masthead's date of issue ("7 October 2025", "2017年11月9日") as a UTC date, or null when it is not a date.</summary>
    private static DateTime? IssuedOn(string? masthead) =>
        IssueDates.Parse(masthead) is { } date ? date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;

    public static string SuggestSymbol(IReadOnlyList<RevisionSummary> issued, string? liveSymbol) =>
        issued.Count == 0
            ? liveSymbol?.Trim() ?? ""
            : RevisionSymbols.SuggestNext(issued.MaxBy(r => r.Sequence)!.Symbol) ?? "";

    /// <summary>
    /// The revision carries its own symbol and the day's date of issue (so its masthead and DOCX say when it
    /// was issued, not when the text it revises was); a "/Rev.n" symbol makes it a revised draft resolution n.
    /// </summary>
    private static DomainResult Stamp(Draft draft, string symbol, DateOnly issued)
    {
        var metadata = draft.SetMetadata(draft.Metadata with { Symbol = symbol, Date = IssueDates.Format(issued, draft.Language) });
        if (!metadata.IsSuccess)
        {
            return metadata;
        }

        // A draft decision is revised as a revised draft decision, as a draft resolution as a revised draft resolution.
        return RevisionSymbols.RevisionOf(symbol) is { } n && draft.Kind.IsDraft()
            ? draft.SetKind(draft.Kind.Revised(), n)
            : DomainResult.Ok();
    }

    private static RevisionSummary Summary(RevisionRecord r) => new(r.Id, r.DraftId, r.Sequence, r.Symbol, r.IssuedBy, r.IssuedUtc, r.Note, r.LogRevision, r.JobNumber);
}
