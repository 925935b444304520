using System.Globalization;
using System.Text.Json.Serialization;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// A table held by the paragraph or sub-paragraph that introduces it ("… shall be as follows:"), printed
/// under it (ADR 0029): rows of cells, the first <see cref="HeaderRows"/> of them the header. A cell's
/// text is paragraph text (italics and footnote references as marks, ADR 0015). Immutable: an operation
/// replaces the table with a changed copy.
/// </summary>
public sealed class DraftTable
{
    public const int MaxRows = 1_000;

    public const int MaxColumns = 24;

    public DraftTable(IReadOnlyList<TableRow> rows, int headerRows = 0)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = rows;
        HeaderRows = headerRows;
    }

    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>How many rows at the top are the header (printed in italics under a rule, repeated on each page).</summary>
    public int HeaderRows { get; }

    /// <summary>How many columns the widest row spans.</summary>
    public int Columns => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Sum(c => c.Span));

    /// <summary>A table with rows ids "r1", "r2" … from rows of cell texts (importers, tests).</summary>
    public static DraftTable Of(IEnumerable<IEnumerable<string>> rows, int headerRows = 0) =>
        new([.. rows.Select((cells, i) => new TableRow("r" + (i + 1).ToString(CultureInfo.InvariantCulture), [.. cells.Select(t => new TableCell(t))]))], headerRows);

    /// <summary>Why this table cannot be held, or null.</summary>
    public string? Problem()
    {
        if (Rows.Count == 0)
        {
            return "A table needs at least one row.";
        }

        if (Rows.Count > MaxRows)
        {
            return $"A table can have at most {MaxRows:N0} rows; this one has {Rows.Count:N0}.";
        }

        if (HeaderRows < 0 || HeaderRows > Rows.Count)
        {
            return "A table's header rows must be between 0 and its number of rows.";
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            if (row.Problem() is { } problem)
            {
                return problem;
            }

            if (!ids.Add(row.Id))
            {
                return $"A table has two rows with id '{row.Id}'.";
            }
        }

        return null;
    }

    public int IndexOfRow(string rowId)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Id == rowId)
            {
                return i;
            }
        }

        return -1;
    }

    public DraftTable WithRows(IReadOnlyList<TableRow> rows, int headerRows) => new(rows, headerRows);

    /// <summary>
    /// Whether row <paramref name="index"/> prints as a header (italic between rules): one of the first
    /// <see cref="HeaderRows"/>, or a later table's header in a run of tables (<see cref="TableRowKind.Header"/>).
    /// </summary>
    public bool IsHeader(int index) => index < HeaderRows || Rows[index].Kind == TableRowKind.Header;

    /// <summary>Whether the table is a run of tables under sub-headings (ADR 0029, amendment 2): it has caption rows.</summary>
    public bool HasCaptions => Rows.Any(r => r.Kind == TableRowKind.Caption);

    /// <summary>
    /// The tables of a run as printed (ADR 0029, amendment 2): each starts at a caption row (or at the top) and holds its
    /// caption, its rows and the notes under it, as index ranges of <see cref="Rows"/>. A table with no caption is one part.
    /// Every caption begins a table (ADR 0030, amendment 1): a sub-heading whose table lost its last row stands over an
    /// empty table (its header and notes, if any), never joined to the next table's sub-heading as one heading of two
    /// lines; a sub-heading read over two lines is one caption row.
    /// </summary>
    public IReadOnlyList<(int Start, int Count)> Parts()
    {
        var parts = new List<(int Start, int Count)>();
        var start = 0;
        for (var i = 1; i < Rows.Count; i++)
        {
            if (Rows[i].Kind == TableRowKind.Caption)
            {
                parts.Add((start, i - start));
                start = i;
            }
        }

        parts.Add((start, Rows.Count - start));
        return parts;
    }

    /// <summary>
    /// The table of a run that sub-heading <paramref name="captionRowId"/> heads (ADR 0030, amendment 3): its rows, the
    /// sub-heading first, up to the next sub-heading, as an index range of <see cref="Rows"/>; null when that row is not a
    /// sub-heading of this table.
    /// </summary>
    public (int Start, int Count)? PartUnder(string captionRowId)
    {
        var index = IndexOfRow(captionRowId);
        return index < 0 || Rows[index].Kind != TableRowKind.Caption ? null : Parts().First(p => p.Start == index);
    }

    /// <summary>
    /// This table without the table of the run under sub-heading <paramref name="captionRowId"/> (its sub-heading, header,
    /// rows and notes; ADR 0030, amendment 3): null when that was the only table left, or the reason it cannot be removed.
    /// </summary>
    public (DraftTable? Table, string? Error) WithoutPartUnder(string captionRowId)
    {
        if (PartUnder(captionRowId) is not { } part)
        {
            return (this, $"The table has no sub-heading '{captionRowId}'.");
        }

        var (start, count) = part;
        if (count == Rows.Count)
        {
            return (null, null);
        }

        var header = HeaderRows - Math.Max(0, Math.Min(HeaderRows, start + count) - start);
        return (WithRows([.. Rows.Take(start), .. Rows.Skip(start + count)], header), null);
    }

    /// <summary>The caption (sub-heading) over the part holding row <paramref name="rowId"/>, or null when it has none.</summary>
    public string? CaptionOf(string rowId)
    {
        var index = IndexOfRow(rowId);
        if (index < 0 || !HasCaptions)
        {
            return null;
        }

        var (start, count) = Parts().First(p => index >= p.Start && index < p.Start + p.Count);
        return Rows.Skip(start).Take(count).FirstOrDefault(r => r.Kind == TableRowKind.Caption)?.Cells[0].Text;
    }

    /// <summary>Every cell's text in reading order (row by row), for word counts and searches.</summary>
    public IEnumerable<string> Texts() => Rows.SelectMany(r => r.Cells.Select(c => c.Text));
}

/// <summary>
/// What a row is (ADR 0029, amendment 2). A run of tables under sub-headings (76/246's four staffing tables) is held as one
/// table: each sub-heading a <see cref="Caption"/> row and each note printed under a table a <see cref="Note"/> row, both
/// one cell across every column; a later table's header rows are <see cref="Header"/> rows. Printers start a new table at
/// a caption.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TableRowKind>))]
public enum TableRowKind
{
    Body,
    Header,
    Caption,
    Note,
}

/// <summary>A row of a table; its id stays when rows are added or removed around it, so a cell edit finds its row.</summary>
public sealed record TableRow(string Id, IReadOnlyList<TableCell> Cells, TableRowKind Kind = TableRowKind.Body)
{
    /// <summary>A caption or note: one cell across the table, printed as a paragraph of its own.</summary>
    public bool IsLine => Kind is TableRowKind.Caption or TableRowKind.Note;

    public string? Problem()
    {
        if (!ParagraphIds.IsValid(Id))
        {
            return $"A table row's id must be 1 to {DraftLimits.MaxIdLength} letters, digits, '-', '_' or '.'.";
        }

        if (Cells is null || Cells.Count == 0)
        {
            return $"Table row '{Id}' has no cells.";
        }

        if (!Enum.IsDefined(Kind))
        {
            return $"Table row '{Id}' has an unknown kind.";
        }

        if (IsLine && Cells.Count != 1)
        {
            return $"Table row '{Id}' is a {(Kind == TableRowKind.Caption ? "sub-heading" : "note")}: it has one cell across the table.";
        }

        if (Cells.Sum(c => c.Span) > DraftTable.MaxColumns)
        {
            return $"A table can have at most {DraftTable.MaxColumns} columns; row '{Id}' has {Cells.Sum(c => c.Span)}.";
        }

        foreach (var cell in Cells)
        {
            if (cell is null)
            {
                return $"Table row '{Id}' has a missing cell.";
            }

            if (cell.Span is < 1 or > DraftTable.MaxColumns)
            {
                return $"A cell of table row '{Id}' spans {cell.Span} columns; it must span 1 to {DraftTable.MaxColumns}.";
            }

            if (ParagraphText.ProblemAsTyped(cell.Text, "A table cell") is { } text)
            {
                return text;
            }
        }

        return null;
    }

    public bool SameAs(TableRow other) =>
        Id == other.Id && Kind == other.Kind && Cells.Count == other.Cells.Count && Cells.Zip(other.Cells).All(p => p.First == p.Second);
}

/// <summary>
/// A cell: its text, and how many columns it spans (a merged heading over two columns; 1 for most).
/// A cell that only holds a number ("0.008", "1 234 500", "(12.5)") is printed right-aligned.
/// </summary>
public sealed record TableCell(string Text, int Span = 1)
{
    /// <summary>Whether a cell's text is a figure the UN prints right-aligned: digits with separators, signs, brackets, "%" or a dash for nil.</summary>
    public static bool IsFigure(string text)
    {
        var t = FootnoteReferences.Pattern().Replace(InlineItalics.Strip(text ?? ""), "").Trim();
        if (t.Length == 0)
        {
            return false;
        }

        if (t is "–" or "-" or "—")
        {
            return true;
        }

        return t.Any(char.IsAsciiDigit)
            && t.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ' or '\u00A0' or '\u202F' or '-' or '–' or '(' or ')' or '%' or '+' or '$');
    }
}
