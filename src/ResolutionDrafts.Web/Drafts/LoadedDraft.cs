using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>A draft as read from the store, with the version it was read at.</summary>
public sealed record LoadedDraft(Guid Id, Draft Draft, long Version, DateTime UpdatedUtc);
