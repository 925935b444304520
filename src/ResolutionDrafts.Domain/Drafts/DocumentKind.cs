namespace ResolutionDrafts.Domain.Drafts;

public enum DocumentKind
{
    DraftResolution,
    RevisedDraftResolution,
    Amendment,
    AdoptedResolution,
}
