using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Where a table instruction acts (ADR 0029): the row by its id and by the name a reader sees (its first cell, "Albania",
/// with its place in the table when two rows share a name), the cell by its column (from 0), and for rows inserted, the
/// rows and the kept row they follow (null: at the head of the table).
/// </summary>
public sealed record TablePlace(string? RowId, string RowName, int? Column = null, IReadOnlyList<TableRow>? Rows = null)
{
    /// <summary>The column named too, when the row holds the old words more than once ("in the second column").</summary>
    public bool NameColumn { get; init; }

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
        var start = t.Caption is { } caption
            ? $"In the table under {Quoting.Quote(InlineItalics.Strip(caption).Trim())} in {i.Target!.Name(DraftLanguage.English)}, "
            : $"In the table in {i.Target!.Name(DraftLanguage.English)}, ";
        var row = $"the row {Quoting.Quote(t.RowName)}";
        return i.Kind switch
        {
            AmendmentKind.ReplaceTableCell => start + $"in {row}{(t.NameColumn ? $", in the {Ordinals.English(t.Column!.Value + 1)} column" : "")}, "
                + (string.IsNullOrWhiteSpace(i.OldText) ? $"insert {Quoting.Quote(i.NewText)}"
                    : string.IsNullOrWhiteSpace(i.NewText) ? $"delete {Quoting.Quote(i.OldText)}"
                    : $"replace {Quoting.Quote(i.OldText)} with {Quoting.Quote(i.NewText)}") + ".",
            AmendmentKind.DeleteTableRow => start + $"delete {row}.",
            _ => start + (t.RowId is null ? "before the first row" : $"after {row}") + ", insert "
                + (t.Rows!.Count == 1 ? "a row reading: " : "the following rows: ") + string.Join("; ", t.Rows.Select(RowText)) + ".",
        };
    }

    public static string Chinese(AmendmentInstruction i)
    {
        var t = i.Table!;
        var start = t.Caption is { } caption
            ? $"在{i.Target!.Name(DraftLanguage.Chinese)}{Quoting.Quote(InlineItalics.Strip(caption).Trim())}下的表格中，"
            : $"在{i.Target!.Name(DraftLanguage.Chinese)}的表格中，";
        var row = $"{Quoting.Quote(t.RowName)}一行";
        return i.Kind switch
        {
            AmendmentKind.ReplaceTableCell => start + $"在{row}{(t.NameColumn ? $"第{Ordinals.ChineseNumber(t.Column!.Value + 1)}栏" : "")}，"
                + (string.IsNullOrWhiteSpace(i.OldText) ? $"插入{Quoting.Quote(i.NewText)}"
                    : string.IsNullOrWhiteSpace(i.NewText) ? $"删除{Quoting.Quote(i.OldText)}"
                    : $"将{Quoting.Quote(i.OldText)}改为{Quoting.Quote(i.NewText)}") + "。",
            AmendmentKind.DeleteTableRow => start + $"删除{row}。",
            _ => start + (t.RowId is null ? "在第一行之前" : $"在{row}之后") + "插入"
                + (t.Rows!.Count == 1 ? "一行：" : "下列各行：") + string.Join("；", t.Rows.Select(RowText)) + "。",
        };
    }

    /// <summary>A row's cells in one quotation, separated by " | " as they stand side by side.</summary>
    private static string RowText(TableRow row) => Quoting.Quote(string.Join(" | ", row.Cells.Select(c => InlineItalics.Strip(c.Text).Trim())));

    /// <summary>Applies one table instruction to the draft; an error when the table, row or words are not there.</summary>
    public static string? Apply(Draft draft, AmendmentInstruction i)
    {
        var t = i.Table;
        if (t is null || draft.FindNode(i.Target!.Id) is not { Table: { } table })
        {
            return $"{i.Target!.Label} holds no table";
        }

        var index = t.RowId is null ? -1 : table.IndexOfRow(t.RowId);
        if (t.RowId is not null && index < 0)
        {
            return $"the table has no row {Quoting.Quote(t.RowName)}";
        }

        switch (i.Kind)
        {
            case AmendmentKind.ReplaceTableCell:
                var cells = table.Rows[index].Cells;
                if (t.Column is not { } column || column >= cells.Count || cells[column].Text != (i.OldText ?? ""))
                {
                    return $"the row {Quoting.Quote(t.RowName)} does not read {Quoting.Quote(i.OldText)} there";
                }

                return draft.SetTableCell(i.Target.Id, t.RowId!, column, i.NewText ?? "").Error;
            case AmendmentKind.DeleteTableRow:
                return draft.RemoveTableRow(i.Target.Id, t.RowId!).Error;
            default:
                var at = index + 1;
                foreach (var row in t.Rows ?? [])
                {
                    if (draft.AddTableRow(i.Target.Id, at++, row).Error is { } error)
                    {
                        return error;
                    }
                }

                return null;
        }
    }
}
