using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Revisions;

/// <summary>An issued revision with its frozen text.</summary>
public sealed record LoadedRevision(RevisionSummary Summary, Draft Draft);
