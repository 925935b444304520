using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Changes the text of one paragraph or sub-paragraph by a <see cref="TextOperation"/>; the result is kept as typed.</summary>
public sealed record EditText(string NodeId, TextOperation Operation) : DraftOperation
{
    /// <summary>Replaces <paramref name="deleteCount"/> code units at <paramref name="position"/> of a node's current text.</summary>
    public static DomainResult<EditText> Splice(Draft draft, string nodeId, int position, int deleteCount, string insert)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var node = draft.FindNode(nodeId);
        if (node is null)
        {
            return DomainResult<EditText>.Fail($"There is no paragraph with id '{nodeId}'.");
        }

        if (insert is null || Utf16.FirstLoneSurrogate(insert) >= 0)
        {
            return DomainResult<EditText>.Fail("The inserted text is missing or has half of a character (a lone surrogate).");
        }

        if (position < 0 || deleteCount < 0 || position + deleteCount > node.Text.Length)
        {
            return DomainResult<EditText>.Fail($"Characters {position} to {position + deleteCount} are outside the paragraph's {node.Text.Length}.");
        }

        var edit = new EditText(nodeId, TextOperation.Splice(node.Text.Length, position, deleteCount, insert));
        var check = edit.Operation.CheckAgainst(node.Text);
        return check.IsSuccess ? DomainResult<EditText>.Ok(edit) : DomainResult<EditText>.Fail(check.Error!);
    }

    private protected override string? CheckShape() =>
        CheckId(NodeId, "A paragraph id")
        ?? (Operation is null ? "The text operation is missing."
            : Operation.TargetLength > DraftLimits.MaxTextLength
                ? $"The edit would make the paragraph {Operation.TargetLength:N0} characters long; the most is {DraftLimits.MaxTextLength:N0}."
                : null);

    private protected override DomainResult ApplyValidated(Draft draft)
    {
        var node = draft.FindNode(NodeId);
        if (node is null)
        {
            return DomainResult.Fail($"There is no paragraph with id '{NodeId}'.");
        }

        var text = Operation.Apply(node.Text);
        return text.IsSuccess ? Draft.SetTextAsTyped(node, text.Value!) : DomainResult.Fail(text.Error!);
    }
}
