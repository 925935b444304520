namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>Where a paragraph of a negotiation text comes from.</summary>
public enum NegotiationParagraphOrigin
{
    /// <summary>A paragraph of the text, with the brackets of the proposals that change its words.</summary>
    Text,

    /// <summary>A proposed replacement for a paragraph of the text ("OP5 bis" for OP5).</summary>
    Alternative,

    /// <summary>A proposed new paragraph, or a sub-paragraph of one.</summary>
    New,
}
