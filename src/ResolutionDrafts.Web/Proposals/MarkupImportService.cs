using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>What a marked-up Word file would propose, and to whom each Word author may be given.</summary>
public sealed record MarkupPreview(
    MarkupImportResult Result,
    string Language,
    IReadOnlyDictionary<string, string> Mapping,
    IReadOnlyList<string> Delegations);

/// <summary>What an import made: the proposals (in order) and how many comments; or what stopped it.</summary>
public sealed record MarkupImportOutcome(IReadOnlyList<ProposalView> Proposals, int Comments, IReadOnlyList<string> NotMade);

/// <summary>
/// "Import a marked-up Word file" (docs/word-round-trip.md): the preview of a file's tracked changes
/// as proposals grouped by Word author, and the proposals and comments made from it, each in the
/// name of the delegation its Word author is mapped to. A delegation imports its own file (every
/// author is itself); the secretariat maps each author to a delegation of the draft. The mapping
/// is remembered per draft. Proposals go through <see cref="IProposalService"/>, so they are
/// proposals as every other; comments through <see cref="NegotiationService"/>. Everything is
/// checked — rights, mapping, the file against the live text — before anything is made.
/// </summary>
public sealed class MarkupImportService(
    IDbContextFactory<AppDbContext> dbFactory, IDraftService drafts, Revisions.IRevisionService revisions, IProposalService proposals, NegotiationService negotiation,
    DraftAccessService access, IAuditLog audit, TimeProvider clock, Operations.AppMetrics metrics)
{
    /// <summary>The largest upload read: a resolution's Word file is well under a megabyte.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>A proposal's key in the preview: its author and English wording, stable across a reload of the same file.</summary>
    public static string KeyOf(MarkupProposal proposal) => proposal.Author + "\n" + proposal.Wording(DraftLanguage.English);

    public static string? ImportProblem(DraftAccess by) =>
        by.Role == DraftRole.Secretariat || (by.Can(DraftAction.Propose) && by.Actor.Delegation is not null)
            ? null
            : by.Role == DraftRole.Delegation
                ? "Proposals are made by a delegation; your account belongs to none."
                : by.Refusal(DraftAction.Propose);

    /// <summary>
    /// What the file would propose: to the live text, or with <paramref name="revisionId"/> to that
    /// issued revision of the draft (proposals named by its symbol, as on the revision's page).
    /// </summary>
    public async Task<DomainResult<MarkupPreview>> PreviewAsync(DraftAccess by, byte[] file, CancellationToken cancellationToken, Guid? revisionId = null)
    {
        if (ImportProblem(by) is { } refused)
        {
            return DomainResult<MarkupPreview>.Fail(refused);
        }

        var read = await ReadAsync(by, file, revisionId, cancellationToken);
        if (!read.IsSuccess)
        {
            return DomainResult<MarkupPreview>.Fail(read.Error!);
        }

        var (result, language) = read.Value!;
        var delegations = await DelegationsAsync(by, cancellationToken);
        var names = result.Authors.Select(a => a.Name).Concat(result.Comments.Select(c => c.Comment.Author)).Distinct(StringComparer.Ordinal).ToList();
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        if (by.Role == DraftRole.Secretariat)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var remembered = await db.WordAuthors.AsNoTracking().Where(a => a.DraftId == by.DraftId && names.Contains(a.WordAuthor)).ToListAsync(cancellationToken);
            foreach (var row in remembered.Where(r => delegations.Contains(r.Delegation)))
            {
                mapping[row.WordAuthor] = row.Delegation;
            }

            // A Word author named as a delegation of the draft is that delegation.
            foreach (var name in names.Where(n => !mapping.ContainsKey(n)))
            {
                if (delegations.FirstOrDefault(d => string.Equals(d, name, StringComparison.OrdinalIgnoreCase)) is { } same)
                {
                    mapping[name] = same;
                }
            }
        }
        else
        {
            foreach (var name in names)
            {
                mapping[name] = by.Actor.Delegation!;
            }
        }

        return DomainResult<MarkupPreview>.Ok(new MarkupPreview(result, language, mapping, delegations));
    }

    /// <summary>
    /// Makes the chosen proposals (by <see cref="KeyOf"/>) and, when asked, the comments, each in the
    /// name of its Word author's delegation in <paramref name="mapping"/> (an author left out is not imported).
    /// </summary>
    public async Task<DomainResult<MarkupImportOutcome>> CreateAsync(DraftAccess by, byte[] file, string fileName, IReadOnlyDictionary<string, string> mapping,
        IReadOnlyCollection<string> chosen, bool comments, CancellationToken cancellationToken, Guid? revisionId = null)
    {
        if (ImportProblem(by) is { } refused)
        {
            return DomainResult<MarkupImportOutcome>.Fail(refused);
        }

        var delegations = await DelegationsAsync(by, cancellationToken);
        if (mapping.FirstOrDefault(m => !delegations.Contains(m.Value)) is { Key: not null } wrong)
        {
            return DomainResult<MarkupImportOutcome>.Fail(by.Role == DraftRole.Secretariat
                ? $"{wrong.Value} is not a delegation of this draft; add it as a member first."
                : $"As {by.Actor.Delegation} you may import changes only in your own delegation's name, not {wrong.Value}'s.");
        }

        var read = await ReadAsync(by, file, revisionId, cancellationToken);
        if (!read.IsSuccess)
        {
            return DomainResult<MarkupImportOutcome>.Fail(read.Error!);
        }

        var result = read.Value!.Result;
        var toMake = result.Proposals.Where(p => chosen.Contains(KeyOf(p))).ToList();
        var missing = chosen.Except(toMake.Select(KeyOf)).ToList();
        if (missing.Count > 0)
        {
            return DomainResult<MarkupImportOutcome>.Fail("The draft has changed since the preview: preview the file again.");
        }

        if (toMake.FirstOrDefault(p => !mapping.ContainsKey(p.Author)) is { } unmapped)
        {
            return DomainResult<MarkupImportOutcome>.Fail($"Say which delegation the Word author “{unmapped.Author}” is.");
        }

        var commentsToMake = comments
            ? result.Comments.Where(c => c.ParagraphId is not null && mapping.ContainsKey(c.Comment.Author) && c.Comment.Text.Length > 0).ToList()
            : [];
        if (commentsToMake.FirstOrDefault(c => c.Comment.Text.Length > NegotiationService.MaxComment) is { } tooLong)
        {
            return DomainResult<MarkupImportOutcome>.Fail($"The comment by {tooLong.Comment.Author} is longer than {NegotiationService.MaxComment} characters.");
        }

        if (toMake.Count == 0 && commentsToMake.Count == 0)
        {
            return DomainResult<MarkupImportOutcome>.Fail("Choose at least one change or comment to import.");
        }

        var proposalsMade = new List<ProposalView>();
        var notMade = new List<string>();
        foreach (var proposal in toMake)
        {
            var delegation = mapping[proposal.Author];
            var edit = MarkupImportEdit.Applying(proposal.Amendment.Instructions);
            var created = revisionId is { } revision
                ? await proposals.ProposeToRevisionAsync(As(by, delegation), revision, edit, cancellationToken)
                : await proposals.ProposeEditAsync(As(by, delegation), edit, null, cancellationToken);
            if (created.IsSuccess)
            {
                proposalsMade.Add(created.Value!);
            }
            else
            {
                notMade.Add($"{proposal.Wording(read.Value.Language)} — {created.Error}");
            }
        }

        // Comments in the file's order, replies after what they answer, threaded as in Word.
        var commentCount = 0;
        var made = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var placement in commentsToMake)
        {
            Guid? replyTo = placement.Comment.ParentId is { } parent && made.TryGetValue(parent, out var parentId) ? parentId : null;
            var added = await negotiation.AddCommentAsync(As(by, mapping[placement.Comment.Author]), placement.ParagraphId!, placement.Comment.Text, replyTo, cancellationToken);
            if (added.IsSuccess)
            {
                made[placement.Comment.Id] = added.Value;
                commentCount++;
            }
            else
            {
                notMade.Add($"Comment by {placement.Comment.Author} — {added.Error}");
            }
        }

        await RecordAsync(by, file, fileName, mapping, proposalsMade, commentCount, cancellationToken);
        return DomainResult<MarkupImportOutcome>.Ok(new MarkupImportOutcome(proposalsMade, commentCount, notMade));
    }

    /// <summary>The files imported into the draft and the proposals made from each, newest first.</summary>
    public async Task<IReadOnlyList<MarkupImportRecord>> ImportsAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.MarkupImports.AsNoTracking().Where(i => i.DraftId == draftId).OrderByDescending(i => i.AtUtc).ToListAsync(cancellationToken);
    }

    private async Task<DomainResult<(MarkupImportResult Result, string Language)>> ReadAsync(DraftAccess by, byte[] file, Guid? revisionId, CancellationToken cancellationToken)
    {
        if (file.LongLength > MaxFileBytes)
        {
            return DomainResult<(MarkupImportResult, string)>.Fail($"The file is larger than {MaxFileBytes / 1024 / 1024} MB.");
        }

        Draft? text;
        if (revisionId is { } id)
        {
            var revision = await revisions.LoadAsync(id, cancellationToken);
            text = revision is not null && revision.Summary.DraftId == by.DraftId ? revision.Draft : null;
            if (text is null)
            {
                return DomainResult<(MarkupImportResult, string)>.Fail("There is no such revision of this draft.");
            }
        }
        else
        {
            text = (await drafts.LoadAsync(by.DraftId, cancellationToken))?.Draft;
            if (text is null)
            {
                return DomainResult<(MarkupImportResult, string)>.Fail("This draft no longer exists.");
            }
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = MarkupAmendments.Read(text, file);
        metrics.ImportRead("word-markup", result.IsSuccess, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        if (!result.IsSuccess)
        {
            return DomainResult<(MarkupImportResult, string)>.Fail(result.Error!);
        }

        var language = DraftLanguage.IsChinese(text.Language) ? DraftLanguage.Chinese : DraftLanguage.English;
        return DomainResult<(MarkupImportResult, string)>.Ok((result, language));
    }

    /// <summary>The delegations the caller may give Word authors to: the secretariat, every delegation of the draft; a delegation, itself.</summary>
    private async Task<IReadOnlyList<string>> DelegationsAsync(DraftAccess by, CancellationToken cancellationToken)
    {
        if (by.Role != DraftRole.Secretariat)
        {
            return [by.Actor.Delegation!];
        }

        var members = await access.MembersAsync(by.DraftId, cancellationToken);
        return [.. members.Where(m => m.Role == DraftRole.Delegation && m.Delegation is not null).Select(m => m.Delegation!).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture)];
    }

    /// <summary>The caller acting for a delegation: a delegation as itself; the secretariat in the delegation's name (the audit log names the person).</summary>
    private static DraftAccess As(DraftAccess by, string delegation) =>
        by.Role == DraftRole.Secretariat
            ? by with { Actor = by.Actor with { Delegation = delegation }, Role = DraftRole.Delegation }
            : by;

    private async Task RecordAsync(DraftAccess by, byte[] file, string fileName, IReadOnlyDictionary<string, string> mapping,
        List<ProposalView> made, int comments, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (by.Role == DraftRole.Secretariat)
        {
            var names = mapping.Keys.ToList();
            var existing = await db.WordAuthors.Where(a => a.DraftId == by.DraftId && names.Contains(a.WordAuthor)).ToListAsync(cancellationToken);
            foreach (var (author, delegation) in mapping)
            {
                var row = existing.FirstOrDefault(e => e.WordAuthor == author);
                if (row is null)
                {
                    db.WordAuthors.Add(new WordAuthorRecord { DraftId = by.DraftId, WordAuthor = Clip(author, WordAuthorRecord.MaxName), Delegation = delegation, MappedBy = Clip(by.Actor.DisplayName, 400), UpdatedUtc = now });
                }
                else if (row.Delegation != delegation)
                {
                    (row.Delegation, row.MappedBy, row.UpdatedUtc) = (delegation, Clip(by.Actor.DisplayName, 400), now);
                }
            }
        }

        db.MarkupImports.Add(new MarkupImportRecord
        {
            Id = Guid.NewGuid(), DraftId = by.DraftId, FileName = Clip(Path.GetFileName(fileName), 256), Sha256 = Convert.ToHexStringLower(SHA256.HashData(file)),
            ImportedBy = Clip(by.Actor.DisplayName, 400), ProposalIds = string.Join(",", made.Select(p => p.Id)), Comments = comments, AtUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(by.Actor, AuditActions.MarkupImported, by.DraftId,
            Clip($"{Path.GetFileName(fileName)}: proposals {string.Join(", ", made.Select(p => p.Number))}{(made.Count == 0 ? "none" : "")}, {comments} comment(s)", 2000), cancellationToken);
    }

    private static string Clip(string text, int max = NegotiationService.MaxComment) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
