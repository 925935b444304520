namespace ResolutionDrafts.Domain.Drafts;

/// <summary>A sub-paragraph: (a), (b) under a paragraph; (i), (ii) under those; a., b. under those.</summary>
public sealed class SubParagraph : ParagraphNode
{
    internal SubParagraph(string id, string text)
        : base(id, text)
    {
    }
}
