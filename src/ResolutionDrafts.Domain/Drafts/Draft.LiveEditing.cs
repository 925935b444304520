namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// What live co-editing needs from a draft. Text changed keystroke by keystroke is kept exactly
/// as typed: a trailing space is a delegate mid-word and an emptied paragraph is about to be
/// retyped. Trimming it, as <see cref="SetText"/> does for whole texts, would shift the positions
/// every concurrent text operation counts on. Every other rule (ids, limits, depth, positions)
/// still comes from the ordinary behaviour methods.
/// </summary>
public sealed partial class Draft
{
    // Passes the "cannot be empty" rule of the ordinary methods, then is replaced by the typed text.
    private const string Placeholder = "\u2026";

    /// <summary>Sets a node's text exactly as given: it may be empty or end in a space.</summary>
    internal DomainResult SetTextAsTyped(string id, string text)
    {
        var node = FindNode(id);
        return node is null ? DomainResult.Fail($"There is no paragraph with id '{id}'.") : SetTextAsTyped(node, text);
    }

    /// <summary><see cref="SetTextAsTyped(string, string)"/> for a node of this draft already found.</summary>
    internal static DomainResult SetTextAsTyped(ParagraphNode node, string text)
    {
        var error = CheckTypedText(text);
        if (error is not null)
        {
            return DomainResult.Fail(error);
        }

        node.Text = text;
        return DomainResult.Ok();
    }

    /// <summary><see cref="InsertParagraph"/> with the text kept as typed (it may be empty).</summary>
    internal DomainResult<Paragraph> InsertParagraphAsTyped(ParagraphKind kind, string text, int index, string id, string? heading)
    {
        var error = CheckTypedText(text);
        if (error is not null)
        {
            return DomainResult<Paragraph>.Fail(error);
        }

        var result = InsertParagraph(kind, Placeholder, index, id, heading);
        if (result.IsSuccess)
        {
            result.Value!.Text = text;
        }

        return result;
    }

    /// <summary><see cref="AddSubParagraph"/> with the text kept as typed (it may be empty).</summary>
    internal DomainResult<SubParagraph> AddSubParagraphAsTyped(string parentId, string text, int index, string id)
    {
        var error = CheckTypedText(text);
        if (error is not null)
        {
            return DomainResult<SubParagraph>.Fail(error);
        }

        var result = AddSubParagraph(parentId, Placeholder, index, id);
        if (result.IsSuccess)
        {
            result.Value!.Text = text;
        }

        return result;
    }

    /// <summary>
    /// Where a node sits: its parent's id (null for a top-level paragraph) and its index among its
    /// siblings. Structure operations carry this so they can be transformed without the draft.
    /// </summary>
    internal bool TryLocate(string id, out string? parentId, out int index)
    {
        index = paragraphs.FindIndex(p => p.Id == id);
        if (index >= 0)
        {
            parentId = null;
            return true;
        }

        var (parent, at) = FindParentOf(id);
        parentId = parent?.Id;
        index = at;
        return parent is not null;
    }

    /// <summary>Why a text typed live cannot be a paragraph's text, or null (<see cref="ParagraphText.ProblemAsTyped"/>).</summary>
    internal static string? CheckTypedText(string? text) => ParagraphText.ProblemAsTyped(text);
}
