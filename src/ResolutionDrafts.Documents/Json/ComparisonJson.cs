using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Json;

/// <summary>
/// Writes a <see cref="DraftComparison"/> as the comparison JSON of docs/draft-format.md
/// ("Comparison JSON (rd diff --json)"). Written field by field rather than serialised from the
/// records, so the documented shape stays put when the domain types grow.
/// </summary>
public static class ComparisonJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Keep Chinese and quotation marks readable, as the draft format does.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(DraftComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            WriteSummary(json, comparison.Summary);
            json.WriteStartArray("paragraphs");
            foreach (var paragraph in comparison.Paragraphs)
            {
                WriteParagraph(json, paragraph);
            }

            json.WriteEndArray();
            WriteSponsors(json, comparison.Sponsors);
            json.WriteStartArray("metadata");
            foreach (var field in comparison.Metadata)
            {
                json.WriteStartObject();
                json.WriteString("field", field.Field);
                json.WriteString("old", field.OldValue);
                json.WriteString("new", field.NewValue);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteFootnotes(json, comparison.Footnotes);
            WriteTables(json, comparison.Tables);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>"unchanged", "modified", "inserted", "deleted", "moved".</summary>
    public static string ChangeName(ParagraphChange change) => change.ToString().ToLowerInvariant();

    /// <summary>"equal", "insert", "delete".</summary>
    public static string OperationName(DiffOperation operation) => operation.ToString().ToLowerInvariant();

    private static void WriteSummary(Utf8JsonWriter json, ComparisonSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteString("english", summary.English);
        json.WriteString("chinese", summary.Chinese);
        json.WriteNumber("unchanged", summary.Unchanged);
        json.WriteNumber("modified", summary.Modified);
        json.WriteNumber("inserted", summary.Inserted);
        json.WriteNumber("deleted", summary.Deleted);
        json.WriteNumber("moved", summary.Moved);
        json.WriteNumber("footnotesChanged", summary.FootnotesChanged);
        json.WriteNumber("metadataChanged", summary.MetadataChanged);
        json.WriteEndObject();
    }

    private static void WriteParagraph(Utf8JsonWriter json, ParagraphComparison paragraph)
    {
        json.WriteStartObject();
        json.WriteString("id", paragraph.Id);
        json.WriteString("change", ChangeName(paragraph.Change));
        json.WriteString("oldLabel", paragraph.OldLabel);
        json.WriteString("newLabel", paragraph.NewLabel);
        json.WriteBoolean("modified", paragraph.IsModified);
        if (paragraph.Depth == 0)
        {
            json.WriteString("oldKind", KindName(paragraph.OldKind));
            json.WriteString("newKind", KindName(paragraph.NewKind));
            if (paragraph.OldHeading is not null || paragraph.NewHeading is not null)
            {
                json.WriteString("oldHeading", paragraph.OldHeading);
                json.WriteString("newHeading", paragraph.NewHeading);
            }

            if (paragraph.OldPart is not null || paragraph.NewPart is not null)
            {
                // A paragraph that opens a part of a resolution in parts: "B. Title", each side.
                json.WriteString("oldPart", paragraph.OldPart is { } o ? $"{paragraph.OldPartLetter}. {o.Title}" : null);
                json.WriteString("newPart", paragraph.NewPart is { } n ? $"{paragraph.NewPartLetter}. {n.Title}" : null);
            }
        }

        if (paragraph.OldSource is not null || paragraph.NewSource is not null)
        {
            json.WriteString("oldSource", paragraph.OldSource?.Citation);
            json.WriteString("newSource", paragraph.NewSource?.Citation);
        }

        WriteSegments(json, paragraph.Segments);
        json.WriteStartArray("subparagraphs");
        foreach (var sub in paragraph.SubParagraphs)
        {
            WriteParagraph(json, sub);
        }

        json.WriteEndArray();
        if (paragraph.Quotation.Count > 0)
        {
            // Only a node that quotes carries its lines (ADR 0028), so comparisons without quotations read as before.
            json.WriteStartArray("quotation");
            foreach (var line in paragraph.Quotation)
            {
                WriteParagraph(json, line);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteSegments(Utf8JsonWriter json, IReadOnlyList<TextSegment> segments)
    {
        json.WriteStartArray("segments");
        foreach (var segment in segments)
        {
            json.WriteStartObject();
            json.WriteString("op", OperationName(segment.Operation));
            json.WriteString("text", segment.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSponsors(Utf8JsonWriter json, SponsorComparison sponsors)
    {
        json.WriteStartObject("sponsors");
        json.WriteStartArray("added");
        foreach (var sponsor in sponsors.Added)
        {
            json.WriteStringValue(sponsor.Name);
        }

        json.WriteEndArray();
        json.WriteStartArray("removed");
        foreach (var sponsor in sponsors.Removed)
        {
            json.WriteStringValue(sponsor.Name);
        }

        json.WriteEndArray();
        json.WriteStartArray("changed");
        foreach (var change in sponsors.Changed)
        {
            json.WriteStartObject();
            json.WriteString("name", change.Name);
            WriteSponsor(json, "old", change.Old);
            WriteSponsor(json, "new", change.New);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("additional");
        foreach (var sponsor in sponsors.Added.Where(s => s.Additional))
        {
            json.WriteStringValue(sponsor.Name);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSponsor(Utf8JsonWriter json, string name, Sponsor sponsor)
    {
        json.WriteStartObject(name);
        json.WriteBoolean("additional", sponsor.Additional);
        json.WriteString("joined", sponsor.Joined?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("onBehalfOf", sponsor.OnBehalfOf);
        json.WriteEndObject();
    }

    private static void WriteFootnotes(Utf8JsonWriter json, IReadOnlyList<FootnoteComparison> footnotes)
    {
        json.WriteStartArray("footnotes");
        foreach (var footnote in footnotes)
        {
            json.WriteStartObject();
            json.WriteNumber("number", footnote.Number);
            json.WriteString("change", footnote.Change.ToString().ToLowerInvariant());
            json.WriteString("old", footnote.OldText);
            json.WriteString("new", footnote.NewText);
            WriteSegments(json, footnote.Segments);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// What changed in tables (ADR 0029), one entry a change: "tableAdded", "tableRemoved", "rowAdded", "rowRemoved",
    /// "cellChanged", "rowMoved" (with "after": the row it now follows, null at the head); a row named by its first cell,
    /// a cell by its column (from 0), a changed cell's words as segments; "table": the sub-heading naming which table of
    /// a run (ADR 0029, amendment 2) the change is in, when the paragraph holds one.
    /// </summary>
    private static void WriteTables(Utf8JsonWriter json, IReadOnlyList<TableChange> tables)
    {
        json.WriteStartArray("tables");
        foreach (var change in tables)
        {
            json.WriteStartObject();
            json.WriteString("nodeId", change.NodeId);
            json.WriteString("label", change.Label);
            json.WriteString("change", JsonNamingPolicy.CamelCase.ConvertName(change.Kind.ToString()));
            if (change.RowId is not null)
            {
                json.WriteString("rowId", change.RowId);
                json.WriteString("row", change.RowName);
            }

            if (change.Caption is { } caption)
            {
                json.WriteString("table", caption);
            }

            if (change.Row is { } row)
            {
                // The row as the draft JSON writes one: its kind (a sub-heading, a note, a later table's header) and its
                // cells with their spans; a row added or removed is more than its words joined by tabs.
                if (row.Kind != TableRowKind.Body)
                {
                    json.WriteString("rowKind", JsonNamingPolicy.CamelCase.ConvertName(row.Kind.ToString()));
                }

                if (change.Kind is TableChangeKind.RowAdded or TableChangeKind.RowRemoved or TableChangeKind.RowMoved or TableChangeKind.RowReshaped)
                {
                    AmendmentJson.WriteCells(json, "cells", row.Cells);
                }
            }

            if (change.Kind == TableChangeKind.RowMoved)
            {
                json.WriteString("after", change.MovedAfter);
            }

            if (change is { Kind: TableChangeKind.RowReshaped, Was: { } was })
            {
                // The row's cells before they were joined or split, in the same shape as "cells".
                AmendmentJson.WriteCells(json, "was", was.Cells);
            }

            if (change.Column is { } column)
            {
                json.WriteNumber("column", column);
            }

            json.WriteString("old", change.OldText);
            json.WriteString("new", change.NewText);
            WriteSegments(json, change.Segments);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string? KindName(ParagraphKind? kind) => kind switch
    {
        ParagraphKind.Preambular => "preambular",
        ParagraphKind.Operative => "operative",
        _ => null,
    };
}
