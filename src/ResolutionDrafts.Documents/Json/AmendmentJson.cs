using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Json;

/// <summary>
/// Writes an <see cref="Amendment"/> as the amendment JSON of docs/amendments.md (what
/// `rd amendments --json` prints): the numbered items with their wording, and under each the
/// structured instructions that <see cref="AmendmentApplier"/> applies. Written field by field,
/// as <see cref="ComparisonJson"/> is, so the documented shape stays put when the records grow.
/// </summary>
public static class AmendmentJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Keep Chinese and quotation marks readable, as the draft format does.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Amendment amendment, string language)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("language", DraftLanguage.IsChinese(language) ? DraftLanguage.Chinese : DraftLanguage.English);
            json.WriteNumber("charactersChanged", amendment.CharactersChanged);
            json.WriteStartArray("items");
            for (var i = 0; i < amendment.Items.Count; i++)
            {
                var item = amendment.Items[i];
                json.WriteStartObject();
                json.WriteNumber("number", i + 1);
                json.WriteString("wording", item.Wording(language));
                json.WriteNumber("charactersChanged", item.CharactersChanged);
                json.WriteStartArray("instructions");
                foreach (var instruction in item.Instructions)
                {
                    WriteInstruction(json, instruction);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>"insertWords", "deleteParagraph", …: the enum name in camelCase.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static void WriteInstruction(Utf8JsonWriter json, AmendmentInstruction i)
    {
        json.WriteStartObject();
        json.WriteString("kind", Name(i.Kind));
        WriteReference(json, "target", i.Target);
        WriteReference(json, "parent", i.Parent);
        if (i.Placement is { } placement)
        {
            json.WriteStartObject("placement");
            json.WriteString("kind", Name(placement.Kind));
            WriteReference(json, "reference", placement.Reference);
            if (placement.Edge != PlacementEdge.None)
            {
                // A move across the edge of a part or section only (ADR 0016).
                json.WriteString("edge", placement.Edge == PlacementEdge.Part ? "part" : "section");
            }

            json.WriteEndObject();
        }

        if (i.IsWordEdit || i.Kind is AmendmentKind.ReplaceParagraph or AmendmentKind.ReplaceHeading or AmendmentKind.ReplacePartTitle or AmendmentKind.ReplacePartAuthorLine)
        {
            json.WriteString("oldText", i.OldText);
            json.WriteString("newText", i.NewText);
        }

        // The line deleted, or the line the new lines go after or before, quoted whole (ADR 0028).
        if (i.Kind is AmendmentKind.DeleteQuotedLine or AmendmentKind.MoveQuotedLine || (i.Kind is AmendmentKind.InsertQuotedLines && i.OldText is not null))
        {
            json.WriteString("oldText", i.OldText);
        }

        // A quoted line moved: the line it goes after or before, quoted whole (ADR 0028, amendment 2).
        if (i.Kind is AmendmentKind.MoveQuotedLine && i.Placement?.Reference is not null)
        {
            json.WriteString("anchorText", i.AnchorText);
        }

        if (i.IsWordEdit)
        {
            json.WriteString("anchor", Name(i.Anchor));
            if (i.Anchor is WordAnchor.AfterWords or WordAnchor.BeforeWords)
            {
                json.WriteString("anchorText", i.AnchorText);
            }

            if (i.Occurrence is { } occurrence)
            {
                json.WriteNumber("occurrence", occurrence);
            }
        }

        if (i.Table is { } table)
        {
            // Where in the target's table (ADR 0029): the row by id and by name, the cell's column, rows inserted.
            json.WriteString("oldText", i.OldText);
            json.WriteString("newText", i.NewText);
            json.WriteStartObject("table");
            json.WriteString("rowId", table.RowId);
            json.WriteString("row", table.RowName);
            if (table.RowNumber is { } number)
            {
                json.WriteNumber("rowNumber", number);
            }

            if (table.Caption is { } caption)
            {
                // The sub-heading naming which table of a run (ADR 0029, amendment 2).
                json.WriteString("caption", caption);
            }

            if (table.Column is { } column)
            {
                json.WriteNumber("column", column);
            }

            if (table.Header)
            {
                json.WriteBoolean("header", true);
            }

            if (table.Before)
            {
                json.WriteBoolean("before", true);
            }

            if (table.AtHead)
            {
                // Rows inserted at the head of a table's body, after the heading row "rowId" names.
                json.WriteBoolean("atHead", true);
            }

            if (table.HeaderRows > 0)
            {
                json.WriteNumber("headerRows", table.HeaderRows);
            }

            if (table.Moved.Count > 0)
            {
                json.WriteStartArray("moved");
                foreach (var moved in table.Moved)
                {
                    json.WriteStartObject();
                    json.WriteString("id", moved.Id);
                    json.WriteString("row", moved.Name);
                    if (moved.Number is { } n)
                    {
                        json.WriteNumber("rowNumber", n);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (table.Rows is { } rows)
            {
                json.WriteStartArray("rows");
                WriteRows(json, rows);

                json.WriteEndArray();
            }

            if (table.Was is { } was)
            {
                // A row replaced: the row as it was, so a reshape its words do not show (cells joined or split) reads here too.
                json.WritePropertyName("was");
                WriteRow(json, was);
            }

            json.WriteEndObject();
        }

        if (i.IsChapeau)
        {
            json.WriteBoolean("isChapeau", true);
        }

        if (i.Content.Count > 0)
        {
            json.WriteStartArray("content");
            foreach (var content in i.Content)
            {
                WriteContent(json, content);
            }

            json.WriteEndArray();
        }

        json.WriteNumber("charactersChanged", i.CharactersChanged);
        json.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter json, string name, ParagraphReference? reference)
    {
        if (reference is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("id", reference.Id);
        json.WriteString("label", reference.Label);
        if (reference is { Quoted: true, QuotedLine: { } line })
        {
            // A line of the quotation the labelled paragraph holds (ADR 0028), counted from 1.
            json.WriteNumber("quotedLine", line);
        }

        json.WriteEndObject();
    }

    private static void WriteContent(Utf8JsonWriter json, ParagraphContent content)
    {
        json.WriteStartObject();
        json.WriteString("id", content.Id);
        json.WriteString("kind", Name(content.Kind));
        if (content.Heading is not null)
        {
            json.WriteString("heading", content.Heading);
        }

        json.WriteString("text", content.Text);
        if (content.Quotation.Count > 0)
        {
            json.WriteStartArray("quotation");
            foreach (var line in content.Quotation)
            {
                json.WriteStartObject();
                json.WriteString("id", line.Id);
                json.WriteString("text", line.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (content.Table is { } table)
        {
            // The table the new paragraph introduces (ADR 0029), as a table instruction carries one.
            json.WriteStartObject("table");
            json.WriteNumber("headerRows", table.HeaderRows);
            json.WriteStartArray("rows");
            WriteRows(json, table.Rows);

            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (content.SubParagraphs.Count > 0)
        {
            json.WriteStartArray("subparagraphs");
            foreach (var sub in content.SubParagraphs)
            {
                WriteContent(json, sub);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// A table's rows as the amendment JSON carries them, in the draft JSON's shape (docs/draft-format.md): each row's id,
    /// its kind when not a body row ("caption", "note", "header"; ADR 0029, amendment 2) and its cells, each with its text
    /// and its span when across more than one column. Before, only the cells' texts: a sub-heading read as a row and a
    /// heading over two columns as one cell of one.
    /// </summary>
    internal static void WriteRows(Utf8JsonWriter json, IEnumerable<TableRow> rows)
    {
        foreach (var row in rows)
        {
            WriteRow(json, row);
        }
    }

    internal static void WriteRow(Utf8JsonWriter json, TableRow row)
    {
        json.WriteStartObject();
        json.WriteString("id", row.Id);
        if (row.Kind != TableRowKind.Body)
        {
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(row.Kind.ToString()));
        }

        WriteCells(json, "cells", row.Cells);
        json.WriteEndObject();
    }

    /// <summary>A row's cells as the draft JSON writes them: their text, and their span when it is not 1.</summary>
    internal static void WriteCells(Utf8JsonWriter json, string name, IEnumerable<TableCell> cells)
    {
        json.WriteStartArray(name);
        foreach (var cell in cells)
        {
            json.WriteStartObject();
            json.WriteString("text", cell.Text);
            if (cell.Span != 1)
            {
                json.WriteNumber("span", cell.Span);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
