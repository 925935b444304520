using System.Globalization;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Contracts.Drafts;

/// <summary>Between a paragraph's <see cref="DraftTable"/> and its JSON shape (<see cref="TableDto"/>), ADR 0029.</summary>
public static class DraftTableMapping
{
    public static TableDto? ToDto(DraftTable? table) => table is null ? null : new TableDto
    {
        HeaderRows = table.HeaderRows,
        Rows = [.. table.Rows.Select(r => new TableRowDto
        {
            Id = r.Id,
            Kind = r.Kind == TableRowKind.Body ? null : r.Kind.ToString().ToLowerInvariant(),
            Cells = [.. r.Cells.Select(c => new TableCellDto { Text = c.Text, Span = c.Span == 1 ? null : c.Span })],
        })],
    };

    /// <summary>Sets the table of <paramref name="id"/> from <paramref name="dto"/>; an error message with where, or null.</summary>
    public static string? Set(Draft draft, string id, TableDto? dto, string where)
    {
        if (dto is null)
        {
            return null;
        }

        var bad = (dto.Rows ?? []).FirstOrDefault(r => r.Kind is not null && !Enum.TryParse<TableRowKind>(r.Kind, ignoreCase: true, out _));
        if (bad is not null)
        {
            return $"{where}.table: a row's kind must be \"header\", \"caption\" or \"note\" (or absent); it is \"{bad.Kind}\".";
        }

        var rows = (dto.Rows ?? []).Select((r, i) => new TableRow(
            string.IsNullOrWhiteSpace(r.Id) ? "r" + (i + 1).ToString(CultureInfo.InvariantCulture) : r.Id.Trim(),
            [.. (r.Cells ?? []).Select(c => new TableCell(c.Text ?? "", c.Span ?? 1))],
            r.Kind is null ? TableRowKind.Body : Enum.Parse<TableRowKind>(r.Kind, ignoreCase: true))).ToList();
        var set = draft.SetTable(id, new DraftTable(rows, dto.HeaderRows));
        return set.IsSuccess ? null : $"{where}.table: {set.Error}";
    }
}
