using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>A delegation co-sponsoring a draft as itself; <see cref="SponsorshipService"/> is the implementation.</summary>
public interface ISponsorshipService
{
    Task<string?> CoSponsorAsync(DraftAccess by, CancellationToken cancellationToken);

    Task<string?> WithdrawAsync(DraftAccess by, CancellationToken cancellationToken);
}
