namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>How far a paragraph is agreed in negotiation; the application stores it per paragraph id.</summary>
public enum ParagraphStatus
{
    Open,

    /// <summary>Agreed ad referendum: agreed by the negotiators, subject to their capitals.</summary>
    AgreedAdRef,

    Agreed,
}
