namespace ResolutionDrafts.Documents.Markup;

/// <summary>What a tracked change does: Word's w:ins/w:moveTo (inserted) or w:del/w:moveFrom (deleted).</summary>
public enum MarkupRevisionKind
{
    Inserted,
    Deleted,
}

/// <summary>One tracked change as Word records it: who, when, and whether it was part of a move.</summary>
public sealed record MarkupRevision(MarkupRevisionKind Kind, string Author, DateTimeOffset? Date, bool IsMove);

/// <summary>
/// A stretch of a paragraph's text with one revision state (none, inserted, deleted). A footnote
/// reference is one character of the Private Use Area (<see cref="MarkupDocument.IsNoteMark"/>), so
/// it can be followed through the views to the draft's own <c>[^N]</c>. Italic text is between the
/// draft's <c>{i}</c> … <c>{/i}</c> marks.
/// </summary>
public sealed record MarkupPiece(string Text, MarkupRevision? Revision);

/// <summary>A body paragraph of the marked-up file: its pieces and the state of its paragraph mark.</summary>
public sealed class MarkupParagraph
{
    public List<MarkupPiece> Pieces { get; } = [];

    /// <summary>An inserted mark joins the paragraph to the next one in the text before the changes; a deleted one, after them.</summary>
    public MarkupRevision? Mark { get; set; }

    public bool HasRevisions => Mark is not null || Pieces.Any(p => p.Revision is not null);

    /// <summary>The number Word prints before the paragraph from its list numbering ("3.", "(b)"), not typed in its text; null when none.</summary>
    public string? Label { get; set; }

    /// <summary>The list level of that number (0 the outermost; a deeper level is a sub-paragraph).</summary>
    public int ListLevel { get; set; }

    /// <summary>The paragraph's Word style id (pStyle), null when none: a quoted line prints in "QuotedText" (ADR 0028).</summary>
    public string? Style { get; set; }
}

/// <summary>A Word comment: its text, author, and where it is anchored (the body paragraph its range starts in).</summary>
public sealed record MarkupComment(string Id, string Author, DateTimeOffset? Date, string Text, int? Paragraph, string? ParentId);

/// <summary>The body of a marked-up Word file as pieces with revision states, its comments, and what was not read.</summary>
public sealed class MarkupDocument
{
    public const char FirstNoteMark = '\uE000';

    public List<MarkupParagraph> Paragraphs { get; } = [];

    public List<MarkupComment> Comments { get; } = [];

    /// <summary>Things read but left alone (formatting-only changes); the reader should know.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Tracked changes that could not be read as amendments (in tables, text boxes) and why.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The tables that hold tracked changes (ADR 0029), read cell by cell.</summary>
    public List<MarkupTable> Tables { get; } = [];

    /// <summary>
    /// Tracked changes not made proposals (in footnotes, headers, footers, a table inside a table cell): each author's,
    /// where, and why, listed for the author as skipped.
    /// </summary>
    public List<(string Author, string Where, string Reason)> Unread { get; } = [];

    public const string OutsideTheText =
        "Not read: a tracked change in a footnote, an endnote or the page's header or footer is not made a proposal; change a footnote's text in the app.";

    public const string TableInATable =
        "Not read: a tracked change in a table inside a table cell is not made a proposal (a draft's table holds no tables); make the change in the app, or ask the secretariat.";

    public IEnumerable<string> Authors => Paragraphs.SelectMany(p => p.Pieces.Select(x => x.Revision).Append(p.Mark))
        .OfType<MarkupRevision>().Concat(Tables.SelectMany(t => t.Revisions)).Select(r => r.Author)
        .Concat(Unread.Select(u => u.Author)).Distinct(StringComparer.Ordinal);

    public static bool IsNoteMark(char c) => c >= FirstNoteMark && c <= '\uF8FF';
}
