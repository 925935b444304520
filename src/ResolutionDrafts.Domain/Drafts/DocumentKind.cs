namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// What the document is: a resolution or a decision (ADR 0022), at its stage — draft, revised draft,
/// adopted — or an amendment to one. New kinds are added at the end: the stored form is the name
/// (<c>DraftMapping.KindName</c>), but the numbers stay put all the same.
/// </summary>
public enum DocumentKind
{
    DraftResolution,
    RevisedDraftResolution,
    Amendment,
    AdoptedResolution,
    DraftDecision,
    RevisedDraftDecision,
    AdoptedDecision,
}
