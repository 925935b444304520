using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>A copy of a draft's live text at a change-log revision.</summary>
public sealed record LoadedDraft(Guid Id, Draft Draft, int Revision);
