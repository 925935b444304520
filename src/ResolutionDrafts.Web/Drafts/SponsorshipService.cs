using ResolutionDrafts.Documents.Sponsors;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Audit;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>
/// A delegation co-sponsoring a draft, or withdrawing its sponsorship, as itself only (the CoSponsor
/// right; managing everyone's sponsorship is the secretariat's ManageSponsors). A delegation that
/// joins after the draft exists is an additional sponsor, dated; the sponsors line and the list of
/// additional sponsors follow. Applied through the live session, so everyone sees it at once. An adopted resolution or
/// decision is past sponsoring: its sponsors are those it was adopted with, and neither change is made (ADR 0034, amendment 5).
/// </summary>
public sealed class SponsorshipService(IDraftService drafts, IAuditLog audit, TimeProvider clock) : ISponsorshipService
{
    public async Task<DomainResult> CoSponsorAsync(DraftAccess by, CancellationToken cancellationToken)
    {
        if (Check(by) is { } refused)
        {
            return DomainResult.Fail(refused);
        }

        var joined = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await ApplyAsync(by, "co-sponsors the draft", live =>
        {
            if (Adopted(live) is { } adopted)
            {
                return DomainResult<DraftOperation>.Fail(adopted);
            }

            var name = NameIn(by.Actor.Delegation!, live.Language);
            return live.Sponsors.Any(s => string.Equals(s.Name, name, StringComparison.Ordinal))
                ? DomainResult<DraftOperation>.Fail($"{name} already sponsors this draft.")
                : DomainResult<DraftOperation>.Ok(new AddSponsor(new Sponsor(name, Additional: true, Joined: joined), live.Sponsors.Count));
        }, cancellationToken);
    }

    public async Task<DomainResult> WithdrawAsync(DraftAccess by, CancellationToken cancellationToken)
    {
        if (Check(by) is { } refused)
        {
            return DomainResult.Fail(refused);
        }

        return await ApplyAsync(by, "withdrew its sponsorship", live =>
        {
            if (Adopted(live) is { } adopted)
            {
                return DomainResult<DraftOperation>.Fail(adopted);
            }

            var name = NameIn(by.Actor.Delegation!, live.Language);
            var index = live.Sponsors.ToList().FindIndex(s => string.Equals(s.Name, name, StringComparison.Ordinal));
            if (index < 0)
            {
                return DomainResult<DraftOperation>.Fail($"{name} does not sponsor this draft.");
            }

            return index == 0
                ? DomainResult<DraftOperation>.Fail($"{name} is the main sponsor; the secretariat changes who leads the draft.")
                : DomainResult<DraftOperation>.Ok(new RemoveSponsor(name, index));
        }, cancellationToken);
    }

    /// <summary>Whether the reader's delegation sponsors the draft, by its name in the draft's language.</summary>
    public static bool Sponsors(Draft draft, string? delegation) =>
        delegation is not null && draft.Sponsors.Any(s => string.Equals(s.Name, NameIn(delegation, draft.Language), StringComparison.Ordinal));

    /// <summary>The delegation's name as the draft prints it: "Cuba" in English, "古巴" in Chinese.</summary>
    public static string NameIn(string delegation, string language) => MemberStates.NameIn(delegation, language);

    /// <summary>
    /// Why a delegation's sponsorship of <paramref name="draft"/> no longer changes — it is an adopted resolution or decision,
    /// sponsored as it was adopted — or null for a draft. Read from the live text, so a kind changed meanwhile counts.
    /// </summary>
    public static string? Adopted(Draft draft) =>
        !draft.Kind.IsAdopted() ? null
        : draft.Kind.IsDecision() ? "This decision has been adopted: it is no longer co-sponsored, and its sponsors stay as it was adopted."
        : "This resolution has been adopted: it is no longer co-sponsored, and its sponsors stay as it was adopted.";

    private static string? Check(DraftAccess by) =>
        !by.Can(DraftAction.CoSponsor) ? by.Refusal(DraftAction.CoSponsor)
        : by.Actor.Delegation is null ? "Only a delegation sponsors a draft."
        : null;

    private async Task<DomainResult> ApplyAsync(DraftAccess by, string what, Func<Draft, DomainResult<DraftOperation>> change, CancellationToken cancellationToken)
    {
        // CoSponsor stands in for ManageSponsors: the change adds or removes the caller's own name only.
        var applied = await drafts.ApplyAsync(new DraftCommand(by, change) { Right = DraftAction.CoSponsor }, cancellationToken);
        if (applied.IsSuccess)
        {
            await audit.WriteAsync(by.Actor, AuditActions.CoSponsored, by.DraftId, $"{by.Actor.Delegation} {what}", cancellationToken);
        }

        return applied.Untyped();
    }
}
