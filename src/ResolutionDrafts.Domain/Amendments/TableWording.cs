using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// A row as a reader names it (ADR 0029): its first cell ("Albania"), with its place in the table ("row 7", counted with
/// the header) when another row reads the same or it reads nothing. The place stands outside the quotation marks.
/// </summary>
public sealed record TableRowName(string Id, string Name, int? Number = null)
{
    public string English => Name.Length == 0 ? $"row {Number}" : $"the row {Quoting.Quote(Name)}" + (Number is { } n ? $" (row {n})" : "");

    public string Chinese => Name.Length == 0 ? $"第{Number}行" : $"{Quoting.Quote(Name)}一行" + (Number is { } n ? $"（第{n}行）" : "");

    /// <summary>
    /// How <paramref name="row"/> of <paramref name="table"/> is named: its first cell; when other rows start the same
    /// (76/246's staffing tables: many rows "Establishment", "Conversion"), its first cell and as many of its next cells
    /// of words (not figures, not empty) as tell it apart ("Establishment | Finance Officer"); its place when none do or
    /// it reads nothing.
    /// </summary>
    public static TableRowName Of(DraftTable table, TableRow row)
    {
        var name = FirstCell(row);
        if (name.Length == 0)
        {
            return new TableRowName(row.Id, name, table.IndexOfRow(row.Id) + 1);
        }

        var words = row.Cells.Select(c => AsRead(c.Text)).ToList();
        var columns = Enumerable.Range(0, words.Count).Where(c => c == 0 || (words[c].Length > 0 && !TableCell.IsFigure(words[c]))).ToList();
        var others = table.Rows.Where(r => r.Id != row.Id).Select(r => r.Cells.Select(c => AsRead(c.Text)).ToList()).ToList();
        for (var k = 1; k <= columns.Count; k++)
        {
            var taken = columns.Take(k).ToList();
            if (others.All(o => taken.Any(c => c >= o.Count || o[c] != words[c])))
            {
                return new TableRowName(row.Id, string.Join(" | ", taken.Select(c => words[c])));
            }
        }

        return new TableRowName(row.Id, name, table.IndexOfRow(row.Id) + 1);
    }

    private static string FirstCell(TableRow r) => r.Cells.Count == 0 ? "" : AsRead(r.Cells[0].Text);

    internal static string AsRead(string text) => InlineItalics.Quoted(FootnoteReferences.Pattern().Replace(text, "")).Trim();
}

/// <summary>
/// Where a table instruction acts (ADR 0029): the row by its id and by the name a reader sees (<see cref="Row"/>), the
/// cell by its column (from 0), and for rows inserted, the rows and the kept row they follow (null: at the head of the
/// table) or, with <see cref="Before"/>, precede; for rows moved, <see cref="Moved"/>; for a whole table, its rows and
/// <see cref="HeaderRows"/>.
/// </summary>
public sealed record TablePlace(string? RowId, string RowName, int? Column = null, IReadOnlyList<TableRow>? Rows = null)
{
    /// <summary>The column named too, when the row holds the old words more than once or the cell was empty.</summary>
    public bool NameColumn { get; init; }

    /// <summary>The row's place in the table (from 1) when its name does not tell it apart; printed after the quotation.</summary>
    public int? RowNumber { get; init; }

    /// <summary>The cell is in the header: named as the column heading it is, not by its row.</summary>
    public bool Header { get; init; }

    /// <summary>For a body cell whose column is named: the column's heading when it tells the column apart, else null (its ordinal).</summary>
    public string? ColumnHeading { get; init; }

    /// <summary>For rows inserted: placed before the row named (one that moves there too), not after it.</summary>
    public bool Before { get; init; }

    /// <summary>For rows moved: the rows, in their new order.</summary>
    public IReadOnlyList<TableRowName> Moved { get; init; } = [];

    /// <summary>
    /// For rows inserted at the head of a table's body, right under its column headings or its sub-heading: worded "at the
    /// beginning" / 在开头, not after the heading row (which reads as the headings of every table of a run); placed after
    /// <see cref="RowId"/>, the heading row, as any row inserted after a row. For rows moved there: "to the beginning of the
    /// table" / 移至表格开头, not "to after the row “Member State”" (ADR 0030, amendment 3).
    /// </summary>
    public bool AtHead { get; init; }

    /// <summary>For rows inserted after the last row of a table of a run (ADR 0029, amendment 2): "after the table under …".</summary>
    public bool AfterTable { get; init; }

    /// <summary>For a row replaced: the row as it was, so a reshape its words do not show (cells joined) is said.</summary>
    public TableRow? Was { get; init; }

    /// <summary>For a table inserted or replaced whole: how many of its rows are the header.</summary>
    public int HeaderRows { get; init; }

    public TableRowName Row => new(RowId ?? "", RowName, RowNumber);
    /// <summary>
    /// The sub-heading over the row's table when the paragraph holds a run of tables (ADR 0029, amendment 2), which
    /// names the table: "In the table under “C. Office of Investment Management” in operative paragraph 27, …"; else null.
    /// </summary>
    public string? Caption { get; init; }
}

/// <summary>
/// Table instructions worded the UN way (docs/amendments.md, "Tables"), in English and Chinese, and applied to a text:
/// "In the table in operative paragraph 12, in the row “Albania”, replace “0.008” with “0.009”." /
/// 在执行部分第12段的表格中，在“阿尔巴尼亚”一行，将“0.008”改为“0.009”。
/// </summary>
internal static class TableWording
{
    public static string English(AmendmentInstruction i)
    {
        var t = i.Table!;
        var name = i.Target!.Name(DraftLanguage.English);
        var start = t.Caption is { } caption
            ? $"In the table under {Quoting.Quote(caption)} in {name}, "
            : $"In the table in {name}, ";
        var row = t.Row.English;
        return i.Kind switch
        {
            AmendmentKind.InsertTable => $"At the end of {name}, insert the following table{Headed(t, DraftLanguage.English)}: {Rows(t, DraftLanguage.English)}.",
            AmendmentKind.ReplaceTable => $"In {name}, replace the table with the following table{Headed(t, DraftLanguage.English)}: {Rows(t, DraftLanguage.English)}.",
            AmendmentKind.DeleteTable => t.Caption is { } gone ? $"In {name}, delete the table under {Quoting.Quote(gone)}." : $"In {name}, delete the table.",
            AmendmentKind.ReplaceTableCell when t.Header => start + (t.NameColumn ? $"in the heading of the {Ordinals.English(t.Column!.Value + 1)} column, " : "")
                + (string.IsNullOrWhiteSpace(i.OldText) ? $"insert {Quoting.Quote(i.NewText)}"
                    : string.IsNullOrWhiteSpace(i.NewText) ? $"delete the column heading {Quoting.Quote(i.OldText)}"
                    : $"replace the column heading {Quoting.Quote(i.OldText)} with {Quoting.Quote(i.NewText)}") + ".",
            AmendmentKind.ReplaceTableCell => start + $"in {row}{ColumnEnglish(t)}, "
                + (string.IsNullOrWhiteSpace(i.OldText) ? $"insert {Quoting.Quote(i.NewText)}"
                    : string.IsNullOrWhiteSpace(i.NewText) ? $"delete {Quoting.Quote(i.OldText)}"
                    : $"replace {Quoting.Quote(i.OldText)} with {Quoting.Quote(i.NewText)}") + ".",
            AmendmentKind.DeleteTableRow => start + $"delete {row}.",
            AmendmentKind.ReplaceTableRow => start + $"replace {row} with the following row{Reshape(t, chinese: false)}: {RowText(t.Rows![0])}.",
            AmendmentKind.MoveTableRows => start + $"move {(t.Moved.Count == 1 ? t.Moved[0].English : "the rows " + And(t.Moved.Select(NameOnly).ToList(), " and "))} "
                + (t.RowId is null || t.AtHead ? "to the beginning of the table" : $"to after {row}") + ".",
            _ when NewTableInRun(t) is { Header.Count: 0, Body.Count: 0, Notes.Count: 0, After.Count: 0 } alone => t.AfterTable && t.Caption is { } over
                ? $"In {name}, after the table under {Quoting.Quote(over)}, insert the sub-heading {RowText(alone.Caption)}, over a table with no rows yet."
                : start + (t.RowId is null ? "before the first row" : t.Before ? $"before {row}" : $"after {row}")
                    + $", insert the sub-heading {RowText(alone.Caption)}, the rows below it becoming a table of their own.",
            _ when NewTableInRun(t) is { } added => (t.AfterTable && t.Caption is { } under
                    ? $"In {name}, after the table under {Quoting.Quote(under)}, insert "
                    : start + (t.RowId is null ? "before the first row" : t.Before ? $"before {row}" : $"after {row}") + ", insert ")
                + $"a new table under the sub-heading {RowText(added.Caption)}{(added.Header.Count > 0 ? ", headed " + string.Join("; ", added.Header.Select(RowText)) : "")}: "
                + string.Join("; ", added.Body.Select(RowText)) + (added.Notes.Count > 0 ? ", with the note " + string.Join("; ", added.Notes.Select(RowText)) : "")
                + (added.After.Count > 0 ? ", followed by the rows " + string.Join("; ", added.After.Select(RowText)) : "") + ".",
            _ => start + (t.AtHead ? "at the beginning" : t.RowId is null ? "before the first row" : t.Before ? $"before {row}" : $"after {row}") + ", insert "
                + (t.Rows!.Count == 1 ? "a row reading: " : "the following rows: ") + string.Join("; ", t.Rows.Select(RowText)) + ".",
        };
    }

    public static string Chinese(AmendmentInstruction i)
    {
        var t = i.Table!;
        var name = i.Target!.Name(DraftLanguage.Chinese);
        var start = t.Caption is { } caption
            ? $"在{name}{Quoting.Quote(caption)}下的表格中，"
            : $"在{name}的表格中，";
        var row = t.Row.Chinese;
        return i.Kind switch
        {
            AmendmentKind.InsertTable => $"在{name}末尾插入下表{Headed(t, DraftLanguage.Chinese)}：{Rows(t, DraftLanguage.Chinese)}。",
            AmendmentKind.ReplaceTable => $"在{name}中，将表格改为下表{Headed(t, DraftLanguage.Chinese)}：{Rows(t, DraftLanguage.Chinese)}。",
            AmendmentKind.DeleteTable => t.Caption is { } gone ? $"在{name}中，删除{Quoting.Quote(gone)}下的表格。" : $"在{name}中，删除表格。",
            AmendmentKind.ReplaceTableCell when t.Header => start + (t.NameColumn ? $"在第{Ordinals.ChineseNumber(t.Column!.Value + 1)}栏的标题中，" : "")
                + (string.IsNullOrWhiteSpace(i.OldText) ? $"插入{Quoting.Quote(i.NewText)}"
                    : string.IsNullOrWhiteSpace(i.NewText) ? $"删除栏目标题{Quoting.Quote(i.OldText)}"
                    : $"将栏目标题{Quoting.Quote(i.OldText)}改为{Quoting.Quote(i.NewText)}") + "。",
            AmendmentKind.ReplaceTableCell => start + $"在{row}{ColumnChinese(t)}，"
                + (string.IsNullOrWhiteSpace(i.OldText) ? $"插入{Quoting.Quote(i.NewText)}"
                    : string.IsNullOrWhiteSpace(i.NewText) ? $"删除{Quoting.Quote(i.OldText)}"
                    : $"将{Quoting.Quote(i.OldText)}改为{Quoting.Quote(i.NewText)}") + "。",
            AmendmentKind.DeleteTableRow => start + $"删除{row}。",
            AmendmentKind.ReplaceTableRow => start + $"将{row}改为{Reshape(t, chinese: true)}：{RowText(t.Rows![0])}。",
            AmendmentKind.MoveTableRows => start + $"将{(t.Moved.Count == 1 ? t.Moved[0].Chinese : And(t.Moved.Select(NameOnlyChinese).ToList(), "和") + "各行")}"
                + (t.RowId is null || t.AtHead ? "移至表格开头" : $"移至{row}之后") + "。",
            _ when NewTableInRun(t) is { Header.Count: 0, Body.Count: 0, Notes.Count: 0, After.Count: 0 } alone => t.AfterTable && t.Caption is { } over
                ? $"在{name}{Quoting.Quote(over)}下的表格之后，插入小标题{RowText(alone.Caption)}，其下暂无表格行。"
                : start + (t.RowId is null ? "在第一行之前" : t.Before ? $"在{row}之前" : $"在{row}之后")
                    + $"插入小标题{RowText(alone.Caption)}，其下各行成为单独的表格。",
            _ when NewTableInRun(t) is { } added => (t.AfterTable && t.Caption is { } under
                    ? $"在{name}{Quoting.Quote(under)}下的表格之后，插入"
                    : start + (t.RowId is null ? "在第一行之前" : t.Before ? $"在{row}之前" : $"在{row}之后") + "插入")
                + $"一个新表，小标题为{RowText(added.Caption)}{(added.Header.Count > 0 ? "，表头为" + string.Join("；", added.Header.Select(RowText)) : "")}："
                + string.Join("；", added.Body.Select(RowText)) + (added.Notes.Count > 0 ? "，附注为" + string.Join("；", added.Notes.Select(RowText)) : "")
                + (added.After.Count > 0 ? "，其后为下列各行：" + string.Join("；", added.After.Select(RowText)) : "") + "。",
            _ => start + (t.AtHead ? "在开头" : t.RowId is null ? "在第一行之前" : t.Before ? $"在{row}之前" : $"在{row}之后") + "插入"
                + (t.Rows!.Count == 1 ? "一行：" : "下列各行：") + string.Join("；", t.Rows.Select(RowText)) + "。",
        };
    }

    /// <summary>
    /// How a row's cells were joined or split, said when its words alone would not show it (docs/amendments.md,
    /// "Tables"): ", its cells “0.008” and “0.009” joined" / "（“0.008”和“0.009”两格合并）"; ", its cell “Posts” split in
    /// two" / "（“Posts”一格分为两格）"; a cell that now spans differently, ", “Posts” across two columns" /
    /// "（“Posts”跨两栏）". Cells that read nothing, or the same as another of the row, are named by their column
    /// ("its second and third cells joined" / 第二和第三格). Empty when the cells keep their shape.
    /// </summary>
    /// <summary>
    /// How row <paramref name="was"/>'s cells were joined or split to give <paramref name="now"/>, each said as the wording
    /// says it ("its cells “0.008” and “0.009” joined" / "“0.008”和“0.009”两格合并"); empty when the cells keep their shape.
    /// The comparison says a span change with the same words so too (ADR 0030, amendment 3).
    /// </summary>
    public static IReadOnlyList<string> Reshaping(TableRow was, TableRow now, bool chinese)
    {
        static List<(int Start, int Span, string Text, int Index)> Grid(TableRow row)
        {
            var cells = new List<(int, int, string, int)>();
            var at = 0;
            for (var k = 0; k < row.Cells.Count; k++)
            {
                cells.Add((at, row.Cells[k].Span, TableRowName.AsRead(row.Cells[k].Text), k));
                at += row.Cells[k].Span;
            }

            return cells;
        }

        var old = Grid(was);
        var fresh = Grid(now);
        string Name((int Start, int Span, string Text, int Index) cell, List<(int Start, int Span, string Text, int Index)> row) =>
            cell.Text.Length > 0 && row.Count(c => c.Text == cell.Text) == 1 ? Quoting.Quote(cell.Text) : "";
        string Ordinal(int index) => chinese ? "第" + Ordinals.ChineseNumber(index + 1) : Ordinals.English(index + 1);
        string Names(List<(int Start, int Span, string Text, int Index)> cells, List<(int Start, int Span, string Text, int Index)> row)
        {
            var named = cells.Select(c => Name(c, row)).ToList();
            return named.All(n => n.Length > 0)
                ? And(named, chinese ? "和" : " and ")
                : And(cells.Select(c => Ordinal(c.Index)).ToList(), chinese ? "和" : " and ");
        }

        var said = new List<string>();
        foreach (var cell in fresh)
        {
            var covered = old.Where(o => o.Start >= cell.Start && o.Start + o.Span <= cell.Start + cell.Span).ToList();
            var covering = old.FirstOrDefault(o => o.Start <= cell.Start && o.Start + o.Span >= cell.Start + cell.Span && o.Span > cell.Span);
            if (covered.Count > 1 && covered.Sum(o => o.Span) == cell.Span)
            {
                var names = Names(covered, old);
                var plainNames = names.StartsWith('“');
                said.Add(chinese ? $"{names}{(covered.Count == 2 ? "两" : Ordinals.ChineseNumber(covered.Count))}格合并"
                    : plainNames ? $"its cells {names} joined" : $"its {names} cells joined");
            }
            else if (covering.Span > 0 && fresh.Count(f => f.Start >= covering.Start && f.Start + f.Span <= covering.Start + covering.Span) is var parts && parts > 1
                && cell.Start == covering.Start)
            {
                var name = Name(covering, old) is { Length: > 0 } quoted ? quoted : null;
                var count = parts == 2 ? (chinese ? "两" : "two") : chinese ? Ordinals.ChineseNumber(parts) : parts.ToString(System.Globalization.CultureInfo.InvariantCulture);
                said.Add(chinese ? $"{name ?? Ordinal(covering.Index)}{(name is null ? "格" : "一格")}分为{count}格"
                    : name is null ? $"its {Ordinal(covering.Index)} cell split in {count}" : $"its cell {name} split in {count}");
            }
            else if (covered.Count == 1 && covered[0].Start == cell.Start && covered[0].Span == cell.Span)
            {
                continue;
            }
            else if (covered.Count <= 1 && covering.Span == 0 && cell.Span > 1)
            {
                var name = Name(cell, fresh);
                var columns = cell.Span == 2 ? (chinese ? "两" : "two") : chinese ? Ordinals.ChineseNumber(cell.Span) : cell.Span.ToString(System.Globalization.CultureInfo.InvariantCulture);
                said.Add(chinese ? $"{(name.Length > 0 ? name : Ordinal(cell.Index) + "格")}跨{columns}栏"
                    : $"{(name.Length > 0 ? name : $"its {Ordinal(cell.Index)} cell")} across {columns} columns");
            }
        }

        return said;
    }

    private static string Reshape(TablePlace t, bool chinese)
    {
        if (t.Was is not { } was || t.Rows is not [var now, ..])
        {
            return "";
        }

        var said = Reshaping(was, now, chinese);
        if (said.Count == 0)
        {
            return "";
        }

        return chinese ? "下行（其中" + string.Join("，", said) + "）" : ", " + And(said, " and ");
    }

    /// <summary>
    /// Rows inserted that open with a sub-heading (ADR 0029, amendment 2): a new table of the run, told apart as its
    /// sub-heading, header, body and notes (and rows after a second sub-heading, quoted as rows); null otherwise.
    /// </summary>
    private static (TableRow Caption, List<TableRow> Header, List<TableRow> Body, List<TableRow> Notes, List<TableRow> After)? NewTableInRun(TablePlace t)
    {
        if (t.Rows is not { Count: > 0 } rows || rows[0] is not { Kind: TableRowKind.Caption } caption || t.Moved.Count > 0 || t.Column is not null)
        {
            return null;
        }

        var others = rows.Skip(1).ToList();

        var header = others.TakeWhile(r => r.Kind == TableRowKind.Header).ToList();
        var body = others.Skip(header.Count).TakeWhile(r => r.Kind == TableRowKind.Body).ToList();
        var notes = others.Skip(header.Count + body.Count).TakeWhile(r => r.Kind == TableRowKind.Note).ToList();
        return (caption, header, body, notes, others.Skip(header.Count + body.Count + notes.Count).ToList());
    }

    private static string ColumnEnglish(TablePlace t) => !t.NameColumn ? ""
        : t.ColumnHeading is { } heading ? $", in the column {Quoting.Quote(heading)}" : $", in the {Ordinals.English(t.Column!.Value + 1)} column";

    private static string ColumnChinese(TablePlace t) => !t.NameColumn ? ""
        : t.ColumnHeading is { } heading ? $"{Quoting.Quote(heading)}栏" : $"第{Ordinals.ChineseNumber(t.Column!.Value + 1)}栏";

    /// <summary>A row in a list of rows moved: its name quoted, its place after it when needed.</summary>
    private static string NameOnly(TableRowName r) => r.Name.Length == 0 ? $"row {r.Number}" : Quoting.Quote(r.Name) + (r.Number is { } n ? $" (row {n})" : "");

    private static string NameOnlyChinese(TableRowName r) => r.Name.Length == 0 ? $"第{r.Number}行" : Quoting.Quote(r.Name) + (r.Number is { } n ? $"（第{n}行）" : "");

    private static string And(IReadOnlyList<string> names, string and) => names.Count == 1 ? names[0]
        : string.Join(and == "和" ? "、" : ", ", names.Take(names.Count - 1)) + and + names[^1];

    /// <summary>
    /// The tables a new paragraph brings (ADR 0030 style for a table added), said after its quoted words: ", followed by
    /// the table, headed “Fund | Amount”: “General Fund | 1 200”" / "，其后为下表，表头为“…”：“…”"; a sub-paragraph's table
    /// ", followed, after subparagraph (b), by the table …" / "，(b)分段之后为下表…". Empty when it holds none.
    /// </summary>
    public static string Following(ParagraphContent content, string language)
    {
        var chinese = language == DraftLanguage.Chinese;
        var clauses = new List<string>();
        void Walk(ParagraphContent node, string? marker, int depth)
        {
            for (var k = 0; k < node.SubParagraphs.Count; k++)
            {
                Walk(node.SubParagraphs[k], node.SubMarker(k, depth, language), depth + 1);
            }

            if (node.Table is not { } table)
            {
                return;
            }

            var t = new TablePlace(null, "", Rows: table.Rows) { HeaderRows = table.HeaderRows };
            clauses.Add(chinese
                ? $"，{(marker is null ? "其后" : marker + "分段之后")}为下表{Headed(t, language)}：{Rows(t, language)}"
                : $", followed{(marker is null ? "" : $", after subparagraph {marker},")} by the table{Headed(t, language)}: {Rows(t, language)}");
        }

        Walk(content, null, 1);
        return string.Concat(clauses);
    }

    /// <summary>", headed “Member State | Percentage”" / "，表头为“会员国 | 百分比”" when the table has a header.</summary>
    private static string Headed(TablePlace t, string language)
    {
        if (t.HeaderRows == 0)
        {
            return "";
        }

        var header = string.Join(language == DraftLanguage.Chinese ? "；" : "; ", t.Rows!.Take(t.HeaderRows).Select(RowText));
        return language == DraftLanguage.Chinese ? $"，表头为{header}" : $", headed {header}";
    }

    private static string Rows(TablePlace t, string language) =>
        string.Join(language == DraftLanguage.Chinese ? "；" : "; ", t.Rows!.Skip(t.HeaderRows).Select(RowText));

    /// <summary>A row's cells in one quotation, separated by " | " as they stand side by side.</summary>
    private static string RowText(TableRow row) => Quoting.Quote(string.Join(" | ", row.Cells.Select(c => InlineItalics.Quoted(c.Text).Trim())));

    /// <summary>Applies one table instruction to the draft; an error when the table, row or words are not there.</summary>
    public static string? Apply(Draft draft, AmendmentInstruction i)
    {
        if (draft.FindNode(i.Target!.Id) is not { } node)
        {
            return $"{i.Target.PageLabel} is not in the text";
        }

        var (table, error) = ApplyTo(node.Table, i);
        return error ?? (ReferenceEquals(table, node.Table) ? null : draft.SetTable(i.Target.Id, table).Error);
    }

    /// <summary>
    /// One table instruction applied to the table a node holds (null: none): the changed table, or the reason it cannot be
    /// applied. Pure, so the walk can check that its instructions give the proposed table.
    /// </summary>
    internal static (DraftTable? Table, string? Error) ApplyTo(DraftTable? table, AmendmentInstruction i)
    {
        var t = i.Table;
        if (t is null)
        {
            return (table, "it says nothing of the table");
        }

        switch (i.Kind)
        {
            case AmendmentKind.InsertTable:
                return table is not null ? (table, $"{i.Target!.PageLabel} already holds a table") : (new DraftTable(t.Rows ?? [], t.HeaderRows), null);
            case AmendmentKind.ReplaceTable:
                return table is null ? (table, $"{i.Target!.PageLabel} holds no table") : (new DraftTable(t.Rows ?? [], t.HeaderRows), null);
            case AmendmentKind.DeleteTable when t.RowId is not null:
                // One table of a run, under the sub-heading named (ADR 0030, amendment 3).
                if (table?.PartUnder(t.RowId) is null)
                {
                    return (table, $"{i.Target!.PageLabel} holds no table under {Quoting.Quote(t.Caption ?? t.RowName)}");
                }

                var (without, problem) = table.WithoutPartUnder(t.RowId);
                return problem is not null ? (table, problem) : without?.Problem() is { } bad ? (table, bad) : (without, null);
            case AmendmentKind.DeleteTable:
                return table is null ? (table, $"{i.Target!.PageLabel} holds no table") : (null, null);
        }

        if (table is null)
        {
            return (table, $"{i.Target!.PageLabel} holds no table");
        }

        var index = t.RowId is null ? -1 : table.IndexOfRow(t.RowId);
        if (t.RowId is not null && index < 0)
        {
            return (table, $"the table has no {t.Row.English}");
        }

        var rows = table.Rows.ToList();
        var header = table.HeaderRows;
        switch (i.Kind)
        {
            case AmendmentKind.ReplaceTableCell:
                var cells = rows[index].Cells;
                if (t.Column is not { } column || column >= cells.Count || cells[column].Text != (i.OldText ?? ""))
                {
                    return (table, $"{t.Row.English} does not read {Quoting.Quote(i.OldText)} there");
                }

                rows[index] = rows[index] with { Cells = [.. cells.Take(column), cells[column] with { Text = i.NewText ?? "" }, .. cells.Skip(column + 1)] };
                return Checked(rows, header);
            case AmendmentKind.DeleteTableRow:
                if (rows.Count == 1)
                {
                    return (table, "the table's last row cannot be deleted; delete the table");
                }

                rows.RemoveAt(index);
                return Checked(rows, index < header ? header - 1 : header);
            case AmendmentKind.ReplaceTableRow:
                if (string.Join("\t", rows[index].Cells.Select(c => c.Text)) != (i.OldText ?? ""))
                {
                    return (table, $"{t.Row.English} does not read {Quoting.Quote(i.OldText)}");
                }

                rows[index] = t.Rows![0] with { Id = rows[index].Id };
                return Checked(rows, header);
            case AmendmentKind.MoveTableRows:
                var moving = new List<TableRow>();
                foreach (var moved in t.Moved)
                {
                    var at = rows.FindIndex(r => r.Id == moved.Id);
                    if (at < 0 || moved.Id == t.RowId)
                    {
                        return (table, $"the table has no {moved.English} to move");
                    }

                    if (at < header)
                    {
                        header--;
                    }

                    moving.Add(rows[at]);
                    rows.RemoveAt(at);
                }

                var to = t.RowId is null ? 0 : rows.FindIndex(r => r.Id == t.RowId) + 1;
                rows.InsertRange(to, moving);
                return Checked(rows, to < header ? header + moving.Count : header);
            default:
                var place = t.RowId is null ? 0 : t.Before ? index : index + 1;
                var added = t.Rows ?? [];
                if (added.Any(r => rows.Exists(x => x.Id == r.Id)))
                {
                    return (table, "the table already has a row inserted");
                }

                rows.InsertRange(place, added);
                return Checked(rows, place < header ? header + added.Count : header);
        }

        (DraftTable?, string?) Checked(List<TableRow> changed, int headerRows)
        {
            var result = table.WithRows(changed, headerRows);
            return result.Problem() is { } problem ? (table, problem) : (result, null);
        }
    }
}
