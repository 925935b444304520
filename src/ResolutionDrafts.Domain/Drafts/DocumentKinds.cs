namespace ResolutionDrafts.Domain.Drafts;

/// <summary>What a <see cref="DocumentKind"/> says about the document, so callers ask one question instead of listing kinds.</summary>
public static class DocumentKinds
{
    /// <summary>A decision at any stage (draft, revised, adopted).</summary>
    public static bool IsDecision(this DocumentKind kind) =>
        kind is DocumentKind.DraftDecision or DocumentKind.RevisedDraftDecision or DocumentKind.AdoptedDecision;

    /// <summary>A revised draft, which carries a revision number (Rev.1 is 1).</summary>
    public static bool IsRevised(this DocumentKind kind) =>
        kind is DocumentKind.RevisedDraftResolution or DocumentKind.RevisedDraftDecision;

    /// <summary>An adopted text: no sponsors line, "Resolution adopted by …" / "Decision adopted by …" instead.</summary>
    public static bool IsAdopted(this DocumentKind kind) =>
        kind is DocumentKind.AdoptedResolution or DocumentKind.AdoptedDecision;

    /// <summary>A draft not yet adopted, first issue or revised, of a resolution or a decision (not an amendment).</summary>
    public static bool IsDraft(this DocumentKind kind) =>
        kind is DocumentKind.DraftResolution or DocumentKind.RevisedDraftResolution or DocumentKind.DraftDecision or DocumentKind.RevisedDraftDecision;

    /// <summary>The revised draft of the same thing: a draft decision is revised as a revised draft decision.</summary>
    public static DocumentKind Revised(this DocumentKind kind) =>
        kind.IsDecision() ? DocumentKind.RevisedDraftDecision : DocumentKind.RevisedDraftResolution;

    /// <summary>The adopted text of the same thing: a draft decision is adopted as a decision.</summary>
    public static DocumentKind Adopted(this DocumentKind kind) =>
        kind.IsDecision() ? DocumentKind.AdoptedDecision : DocumentKind.AdoptedResolution;

    /// <summary>The first-issue draft of the same thing: a revised or adopted decision's draft is a draft decision.</summary>
    public static DocumentKind Draft(this DocumentKind kind) =>
        kind.IsDecision() ? DocumentKind.DraftDecision : DocumentKind.DraftResolution;
}
