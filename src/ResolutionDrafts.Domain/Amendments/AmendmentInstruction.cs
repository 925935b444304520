namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// One change an amendment makes, in structured form: <see cref="AmendmentApplier"/> applies it
/// and <see cref="Wording"/> words it. Every paragraph and word it names belongs to the text the
/// amendment is made to (the original), never to a text already changed by another instruction.
/// Which members are set depends on <see cref="Kind"/>:
/// <list type="bullet">
/// <item>InsertWords, DeleteWords, ReplaceWords: <see cref="Target"/>, <see cref="OldText"/> and
/// <see cref="NewText"/> exactly as in the texts (spaces included; the wording trims them), and
/// where they are: <see cref="Anchor"/>, <see cref="AnchorText"/>, <see cref="Occurrence"/>.</item>
/// <item>ReplaceParagraph: <see cref="Target"/>, its whole old and new text; <see cref="IsChapeau"/>
/// when it keeps sub-paragraphs under it. ReplaceHeading: <see cref="Target"/>, the old and new
/// heading (null for none). ReplacePartTitle, ReplacePartAuthorLine: <see cref="Target"/> is the paragraph
/// that opens the part, with the part's old and new title or author line ("" for none).</item>
/// <item>InsertParagraph: <see cref="Parent"/> (null at the top level), <see cref="Placement"/>,
/// and the new paragraphs in <see cref="Content"/>, in order.</item>
/// <item>DeleteParagraph: <see cref="Target"/>; <see cref="Content"/> holds what it read.</item>
/// <item>StartPart (with <see cref="Part"/>), EndPart, StartSection, EndSection: <see cref="Target"/>, the paragraph a
/// part or section starts at or that opens the one that ends; applied after every other instruction.</item>
/// <item>MoveParagraph: <see cref="Target"/> and its new <see cref="Placement"/> among its siblings
/// (<see cref="Parent"/> names the paragraph they belong to; null at the top level); a placement with an
/// <see cref="ParagraphPlacement.Edge"/> moves it across the edge of a part or section only.</item>
/// </list>
/// </summary>
public sealed record AmendmentInstruction
{
    public required AmendmentKind Kind { get; init; }

    /// <summary>The paragraph changed, deleted or moved.</summary>
    public ParagraphReference? Target { get; init; }

    /// <summary>For InsertParagraph and MoveParagraph: the paragraph whose sub-paragraphs these are; null at the top level.</summary>
    public ParagraphReference? Parent { get; init; }

    public ParagraphPlacement? Placement { get; init; }

    public string? OldText { get; init; }

    public string? NewText { get; init; }

    public WordAnchor Anchor { get; init; }

    /// <summary>
    /// For <see cref="WordAnchor.AfterWords"/>: the text right before the change; for
    /// <see cref="WordAnchor.BeforeWords"/>: the text right after it. The words quoted are this
    /// text trimmed; they occur once in the paragraph unless <see cref="Occurrence"/> says which.
    /// </summary>
    public string AnchorText { get; init; } = "";

    /// <summary>
    /// Which occurrence of the quoted words (the anchor, or the old words when there is no anchor)
    /// is meant, from 1; null when they occur only once, which the applier checks.
    /// </summary>
    public int? Occurrence { get; init; }

    public IReadOnlyList<ParagraphContent> Content { get; init; } = [];

    public bool IsChapeau { get; init; }

    /// <summary>For StartPart: the title and author line of the part the target paragraph opens.</summary>
    public Drafts.DraftPart? Part { get; init; }

    /// <summary>StartPart, EndPart, StartSection, EndSection: a part or a section starts or ends at the target paragraph.</summary>
    /// <summary>Where in the target's table a table instruction acts (ADR 0029); null for every other kind.</summary>
    public TablePlace? Table { get; init; }

    public bool IsTableChange => Kind is AmendmentKind.ReplaceTableCell or AmendmentKind.InsertTableRows or AmendmentKind.DeleteTableRow
        or AmendmentKind.InsertTable or AmendmentKind.DeleteTable or AmendmentKind.ReplaceTable or AmendmentKind.MoveTableRows or AmendmentKind.ReplaceTableRow;

    public bool IsPartOrSectionEdge => Kind is AmendmentKind.StartPart or AmendmentKind.EndPart or AmendmentKind.StartSection or AmendmentKind.EndSection;

    /// <summary>
    /// For word edits: whether the text is in italics where the change starts (ADR 0015), so that
    /// <see cref="OldText"/> and <see cref="NewText"/> read as they do in the paragraph and a change
    /// of italics only is worded as one ("italicize the words …").
    /// </summary>
    public bool ItalicBefore { get; init; }

    public bool IsWordEdit => Kind is AmendmentKind.InsertWords or AmendmentKind.DeleteWords or AmendmentKind.ReplaceWords;

    /// <summary>
    /// Characters (Unicode code points) deleted plus characters inserted, once what the old and new
    /// words share at their ends is set aside; a whole paragraph inserted or deleted counts all
    /// its text. The measure behind "the amendment that changes most is voted on first". A move
    /// changes no characters and counts 0.
    /// </summary>
    public int CharactersChanged => EditDistance.Of(this);

    /// <summary>This instruction alone as one sentence, in English or Chinese (other languages get English).</summary>
    public string Wording(string language) => new AmendmentItem([this]).Wording(language);
}
