namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// A paragraph or sub-paragraph: a stable id, its text (with no numbering; footnote references as
/// <c>[^N]</c>) and its sub-paragraphs. Only <see cref="Draft"/> changes it, so its rules hold.
/// </summary>
public abstract partial class ParagraphNode
{
    private protected readonly List<SubParagraph> children = [];

    private protected ParagraphNode(string id, string text)
    {
        Id = id;
        Text = text;
    }

    public string Id { get; }

    public string Text { get; internal set; }

    /// <summary>The adopted paragraph this one's wording was taken from, or null (<see cref="AgreedLanguage"/>).</summary>
    public AgreedLanguage? Source { get; internal set; }

    /// <summary>The table this node introduces, printed under its text (and sub-paragraphs), or null (ADR 0029).</summary>
    public DraftTable? Table { get; internal set; }

    public IReadOnlyList<SubParagraph> SubParagraphs => children;

    internal List<SubParagraph> MutableChildren => children;

    /// <summary>Every node below this one, depth first, in reading order.</summary>
    public IEnumerable<SubParagraph> Descendants()
    {
        foreach (var child in children)
        {
            yield return child;
            foreach (var grandChild in child.Descendants())
            {
                yield return grandChild;
            }
        }
    }
}
