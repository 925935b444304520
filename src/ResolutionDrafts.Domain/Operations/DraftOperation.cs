using System.Text.Json.Serialization;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// One change to a draft that can be made concurrently with others and merged: the closed set of
/// sealed records below. Each is applied through the draft's behaviour methods, so the draft's
/// rules hold, and atomically: a refused operation changes nothing. Structure operations carry
/// the positions they were made at (parent, index, the ids under a deleted node) so that
/// <see cref="Transform"/> needs no draft. On the wire: a JSON object with a "type" (see
/// docs/hub-protocol.md and <see cref="DraftOperationJson"/>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(InsertParagraph), "insertParagraph")]
[JsonDerivedType(typeof(AddSubParagraph), "addSubParagraph")]
[JsonDerivedType(typeof(DeleteParagraph), "deleteParagraph")]
[JsonDerivedType(typeof(MoveParagraph), "moveParagraph")]
[JsonDerivedType(typeof(SetParagraphKind), "setParagraphKind")]
[JsonDerivedType(typeof(SetHeading), "setHeading")]
[JsonDerivedType(typeof(SetPart), "setPart")]
[JsonDerivedType(typeof(SetSection), "setSection")]
[JsonDerivedType(typeof(EditText), "editText")]
[JsonDerivedType(typeof(AddQuotedLine), "addQuotedLine")]
[JsonDerivedType(typeof(DeleteQuotedLine), "deleteQuotedLine")]
[JsonDerivedType(typeof(MoveQuotedLine), "moveQuotedLine")]
[JsonDerivedType(typeof(SetSource), "setSource")]
[JsonDerivedType(typeof(SetTable), "setTable")]
[JsonDerivedType(typeof(SetTableCell), "setTableCell")]
[JsonDerivedType(typeof(AddTableRow), "addTableRow")]
[JsonDerivedType(typeof(RemoveTableRow), "removeTableRow")]
[JsonDerivedType(typeof(SetTitle), "setTitle")]
[JsonDerivedType(typeof(SetAuthorLine), "setAuthorLine")]
[JsonDerivedType(typeof(SetMetadata), "setMetadata")]
[JsonDerivedType(typeof(SetDocumentKind), "setDocumentKind")]
[JsonDerivedType(typeof(SetLanguage), "setLanguage")]
[JsonDerivedType(typeof(SetFootnote), "setFootnote")]
[JsonDerivedType(typeof(RemoveFootnote), "removeFootnote")]
[JsonDerivedType(typeof(AddSponsor), "addSponsor")]
[JsonDerivedType(typeof(RemoveSponsor), "removeSponsor")]
[JsonDerivedType(typeof(NoOp), "noOp")]
[JsonDerivedType(typeof(OperationBatch), "batch")]
public abstract record DraftOperation
{
    private protected DraftOperation()
    {
    }

    /// <summary>
    /// What can be checked without a draft: required fields present, ids well formed, sizes
    /// within <see cref="DraftLimits"/>. A hub can call this while decoding a message.
    /// </summary>
    public DomainResult Validate()
    {
        var error = CheckShape();
        return error is null ? DomainResult.Ok() : DomainResult.Fail(error);
    }

    /// <summary>Applies this operation to <paramref name="draft"/>; on failure the draft is unchanged.</summary>
    public DomainResult Apply(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var error = CheckShape();
        return error is null ? ApplyValidated(draft) : DomainResult.Fail(error);
    }

    /// <summary>
    /// Transforms two operations made on the same draft state so that each can follow the other:
    /// applying earlier then later' gives the same draft as later then earlier'.
    /// <paramref name="earlier"/> is the one the server ordered first; it wins ties (its paragraph
    /// or text goes first at the same position) and the later one wins overwrites (the last title
    /// set stands). An operation that lost its target becomes a <see cref="NoOp"/> whose reason
    /// tells its author why ("dropped: paragraph deleted").
    /// </summary>
    public static DomainResult<(DraftOperation Earlier, DraftOperation Later)> Transform(DraftOperation earlier, DraftOperation later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return DraftTransform.Transform(earlier, later);
    }

    /// <summary>Why this operation, or parts of it, became no-ops in transformation; empty when nothing was dropped.</summary>
    public IEnumerable<string> DroppedReasons() => this switch
    {
        NoOp { Reason: { } reason } => [reason],
        OperationBatch batch => batch.Operations.SelectMany(o => o.DroppedReasons()),
        _ => [],
    };

    /// <summary>An error message, or null when the fields make sense on their own.</summary>
    private protected abstract string? CheckShape();

    /// <summary>Applies an operation whose shape is valid; must leave the draft unchanged on failure.</summary>
    private protected abstract DomainResult ApplyValidated(Draft draft);

    private protected static string? CheckId(string? id, string what) =>
        ParagraphIds.IsValid(id) ? null : $"{what} must be 1 to {DraftLimits.MaxIdLength} letters, digits, '-', '_' or '.'.";

    private protected static string? CheckTypedText(string? text, string what) => ParagraphText.ProblemAsTyped(text, what);

    private protected static string? CheckShortText(string? text, string what, bool required) =>
        text is null ? (required ? $"{what} is missing." : null) : ShortText.Problem(text, what);

    private protected static string? CheckIndex(int index, string what) =>
        index < 0 ? $"{what} cannot be negative." : null;
}
