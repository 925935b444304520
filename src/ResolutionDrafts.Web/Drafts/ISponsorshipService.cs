using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>A delegation co-sponsoring a draft as itself; <see cref="SponsorshipService"/> is the implementation.</summary>
public interface ISponsorshipService
{
    Task<DomainResult> CoSponsorAsync(DraftAccess by, CancellationToken cancellationToken);

    Task<DomainResult> WithdrawAsync(DraftAccess by, CancellationToken cancellationToken);
}
