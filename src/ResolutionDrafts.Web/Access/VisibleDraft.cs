using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Access;

/// <summary>A draft in a user's list, with what they are in it.</summary>
public sealed record VisibleDraft(DraftSummary Summary, DraftRole Role);
