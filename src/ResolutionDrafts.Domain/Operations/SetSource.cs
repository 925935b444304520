using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Records (or, with a null source, forgets) the agreed language a paragraph or sub-paragraph was
/// taken from. Of two concurrent ones on one node, the later stands; inside a deleted node it is
/// dropped. Inserting a precedent is a batch of the text's replacement and this (<see cref="UseAgreedLanguage"/>).
/// </summary>
public sealed record SetSource(string Id, AgreedLanguage? Source) : DraftOperation
{
    private protected override string? CheckShape() => CheckId(Id, "A paragraph id") ?? Source?.Problem();

    private protected override DomainResult ApplyValidated(Draft draft) => draft.SetSource(Id, Source);

    /// <summary>
    /// Replaces the text of <paramref name="nodeId"/> by the source's wording and records the source,
    /// in one operation (a batch, so the text never stands without its provenance, nor the other way).
    /// </summary>
    public static DomainResult<DraftOperation> UseAgreedLanguage(Draft draft, string nodeId, AgreedLanguage source)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(source);
        var node = draft.FindNode(nodeId);
        if (node is null)
        {
            return DomainResult<DraftOperation>.Fail($"There is no paragraph with id '{nodeId}'.");
        }

        if (source.Problem() is { } problem)
        {
            return DomainResult<DraftOperation>.Fail(problem);
        }

        var text = source.Text.Trim();
        var parts = new List<DraftOperation>();
        if (node.Text != text)
        {
            parts.Add(new EditText(nodeId, DraftDelta.Splice(node.Text, text)));
        }

        parts.Add(new SetSource(nodeId, source));
        return DomainResult<DraftOperation>.Ok(OperationBatch.Of(parts));
    }
}
