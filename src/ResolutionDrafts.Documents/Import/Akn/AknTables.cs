using System.Globalization;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Akn;

/// <summary>
/// The tables of a body as the UN's files hold them: a <c>container</c> holding a <c>table</c> right after
/// the <c>paragraph</c> that introduces it (ADR 0029). Rows are <c>tr</c>; cells <c>th</c> or <c>td</c>, with
/// <c>colspan</c>; the leading rows of <c>th</c> are the header. A row with no text in any cell (the files
/// draw a rule so) is left out; a <c>rowspan</c> is not kept: its text stands in its first row.
/// </summary>
internal static partial class AknTables
{
    /// <summary>The class of a <c>tr</c> that is a sub-heading over one of a run of tables (ADR 0029, amendment 2).</summary>
    public const string CaptionClass = "caption";

    /// <summary>The class of a <c>tr</c> that is a note printed under one of a run of tables.</summary>
    public const string NoteClass = "note";

    /// <summary>Gives the paragraphs their tables; returns how many tables found no paragraph to hold them.</summary>
    public static int Attach(XElement? body, IReadOnlyDictionary<XElement, ParsedNode> paragraphs, AknText text)
    {
        if (body is null)
        {
            return 0;
        }

        var left = 0;
        var after = new Dictionary<ParsedNode, List<DraftTable>>();
        foreach (var table in body.Descendants().Where(e => e.Name.LocalName == "table").ToList())
        {
            var holder = HolderElement(table);
            var read = Read(table, text);
            if (holder is null || !paragraphs.TryGetValue(holder, out var node) || read is null)
            {
                left++;
                continue;
            }

            if (!after.TryGetValue(node, out var list))
            {
                after[node] = list = [];
            }

            list.Add(read);
        }

        foreach (var (node, tables) in after)
        {
            left += TableHolders.Attach(node, tables);
        }

        return left;
    }

    /// <summary>
    /// Joins each run of captioned tables after one paragraph into one table (ADR 0029, amendment 2): the run is a
    /// paragraph followed by groups of sub-headings (a <c>subheading</c>, a paragraph of a heading class "H…"), a
    /// table's container and notes under it (paragraphs of class "FootnoteText"); a paragraph whose list ends with a
    /// point that is only a heading right before the first table gives that point as the first sub-heading. When the
    /// run's tables have one column count, the first container takes every row, each sub-heading and note a row of
    /// one cell spanning all columns, and the other elements go; otherwise the file is left as it was.
    /// </summary>
    public static void JoinCaptionedRuns(XElement? body, AknText text)
    {
        if (body is null)
        {
            return;
        }

        foreach (var parent in body.DescendantsAndSelf().Where(e => e.Elements().Any(c => TableIn(c) is not null)).ToList())
        {
            var children = parent.Elements().ToList();
            for (var i = 0; i < children.Count; i++)
            {
                if (children[i].Name.LocalName != "paragraph" || IsHeading(children[i]) || IsNote(children[i]))
                {
                    continue;
                }

                var end = JoinRunAfter(children, i, text);
                if (end > i)
                {
                    children = [.. parent.Elements()];
                }
            }
        }
    }

    private static int JoinRunAfter(List<XElement> children, int at, AknText text)
    {
        var groups = new List<(List<XElement> Captions, XElement Container, List<XElement> Notes)>();
        var captions = new List<XElement>();
        var leadPoint = LastHeadingPoint(children[at]);
        var i = at + 1;
        for (; i < children.Count; i++)
        {
            var e = children[i];
            if (e.Name.LocalName == "subheading" || IsHeading(e))
            {
                captions.Add(e);
            }
            else if (TableIn(e) is not null)
            {
                groups.Add((captions, e, []));
                captions = [];
            }
            else if (IsNote(e) && groups.Count > 0 && captions.Count == 0)
            {
                groups[^1].Notes.Add(e);
            }
            else
            {
                break;
            }
        }

        // Only a run under sub-headings is joined: a table with a note and no sub-heading (76/239, 76/271) reads as before,
        // its note a paragraph of its own.
        var hasCaption = leadPoint is not null || groups.Any(g => g.Captions.Count > 0);
        if (groups.Count == 0 || !hasCaption)
        {
            return at;
        }

        if (groups[0].Captions.Count > 0 && leadPoint is not null)
        {
            leadPoint = null; // the first table has its own sub-heading; the point stays the paragraph's
        }

        var tables = groups.Select(g => Read(TableIn(g.Container)!, text)).ToList();
        var columns = tables[0]?.Columns ?? 0;
        if (columns == 0 || tables.Any(t => t is null || t.Columns != columns))
        {
            return at;
        }

        var ns = TableIn(groups[0].Container)!.Name.Namespace;
        var joined = new XElement(ns + "table");
        XElement Spanning(string kind, IEnumerable<object> content) =>
            new(ns + "tr", new XAttribute("class", kind), new XElement(ns + "td", new XAttribute("colspan", columns), new XElement(ns + "p", content)));

        for (var g = 0; g < groups.Count; g++)
        {
            var caption = g == 0 && leadPoint is not null ? [leadPoint] : CaptionOf(groups[g].Captions);
            if (caption.Count > 0)
            {
                // One caption row, its headings' words joined: every caption row begins a table of the run (ADR 0030, amendment 1).
                joined.Add(Spanning(CaptionClass, caption.SelectMany((heading, k) => k == 0 ? HeadingContent(heading) : HeadingContent(heading).Prepend(" "))));
            }

            joined.Add(TableIn(groups[g].Container)!.Descendants().Where(e => e.Name.LocalName == "tr").Select(tr => new XElement(tr)));
            foreach (var note in groups[g].Notes)
            {
                joined.Add(Spanning(NoteClass, note.Descendants().Where(e => e.Name.LocalName == "p").Select(p => (object)new XElement(p).Nodes().ToList()).DefaultIfEmpty(note.Value)));
            }
        }

        // The first table's container holds the run; the sub-headings, notes and other containers go.
        TableIn(groups[0].Container)!.ReplaceWith(joined);
        foreach (var g in groups)
        {
            foreach (var e in g.Captions.Concat(g.Notes).Append(g.Container).Where(e => e != groups[0].Container))
            {
                e.Remove();
            }
        }

        if (leadPoint is not null)
        {
            var list = leadPoint.Parent!;
            leadPoint.Remove();
            if (!list.Elements().Any(e => e.Name.LocalName == "point"))
            {
                // A list left with its intro only: the intro's words are the paragraph's own.
                var intro = list.Elements().FirstOrDefault(e => e.Name.LocalName == "intro");
                list.ReplaceWith(new XElement(list.Name.Namespace + "content", intro?.Nodes() ?? []));
            }
        }

        return at + 1;
    }

    /// <summary>Sub-headings before one table: a heading paragraph says it with its number; a <c>subheading</c> repeating it goes.</summary>
    private static List<XElement> CaptionOf(List<XElement> captions) =>
        captions.Any(IsHeading) ? [.. captions.Where(IsHeading)] : captions;

    private static IEnumerable<object> HeadingContent(XElement heading)
    {
        if (heading.Name.LocalName == "subheading")
        {
            return [LineJoiner.Join(heading.Value.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), chinese: false)];
        }

        if (heading.Elements().FirstOrDefault(e => e.Name.LocalName == "heading") is { } own)
        {
            // A heading paragraph ("<heading>	A.	Pension Administration</heading>", 75/246) says its number itself.
            return [LineJoiner.Join(own.Value.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), chinese: false)];
        }

        var num = heading.Elements().FirstOrDefault(e => e.Name.LocalName == "num")?.Value.Trim();
        var words = heading.Descendants().Where(e => e.Name.LocalName == "p").SelectMany(p => new XElement(p).Nodes()).ToList();
        return string.IsNullOrEmpty(num) ? words : words.Prepend((object)(num + " "));
    }

    /// <summary>
    /// A paragraph printed as a heading: of the UN's heading styles ("H1" … "H23"), or (files with no styles, as the
    /// Chinese ones) numbered with a capital letter ("B.") and a few words with no closing punctuation.
    /// </summary>
    private static bool IsHeading(XElement e)
    {
        if (e.Name.LocalName != "paragraph" || e.Descendants().Any(d => d.Name.LocalName is "list" or "point"))
        {
            return false;
        }

        if (((string?)e.Attribute("class"))?.StartsWith('H') == true)
        {
            return true;
        }

        var num = e.Elements().FirstOrDefault(x => x.Name.LocalName == "num")?.Value.Trim() ?? "";
        var words = string.Concat(e.Elements().Where(x => x.Name.LocalName != "num").Select(x => x.Value)).Trim();
        return LetterNumber().IsMatch(num) && words.Length is > 0 and < 200 && !Closing.Contains(words[^1]);
    }

    private const string Closing = ".;:,。；：，";

    /// <summary>
    /// A note printed under a table: unnumbered, and of the UN's note style, or opening with a note's letter raised
    /// ("ᵃ From extrabudgetary funds.") or a note's word ("Abbreviations:", "Source:", 缩写：, 资料来源：).
    /// </summary>
    private static bool IsNote(XElement e)
    {
        if (e.Name.LocalName != "paragraph" || e.Elements().Any(x => x.Name.LocalName is "num" or "list"))
        {
            return false;
        }

        if ((string?)e.Attribute("class") == "FootnoteText")
        {
            return true;
        }

        var p = e.Descendants().FirstOrDefault(x => x.Name.LocalName == "p");
        var first = p?.Nodes().SkipWhile(n => n is XText t && t.Value.Trim().Length == 0).FirstOrDefault();
        while (first is XElement { Name.LocalName: "span" } span && span.Nodes().Count() == 1)
        {
            first = span.FirstNode;
        }

        return first is XElement { Name.LocalName: "sup" } || NoteWord().IsMatch(e.Value.Trim());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z]\.$")]
    private static partial System.Text.RegularExpressions.Regex LetterNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(Abbreviations?|Notes?|Sources?|缩写|注|资料来源)\s*[:：]")]
    private static partial System.Text.RegularExpressions.Regex NoteWord();

    /// <summary>A paragraph's last list point when it is only a heading (a letter number, words with no closing punctuation) and nothing follows it.</summary>
    private static XElement? LastHeadingPoint(XElement paragraph)
    {
        var list = paragraph.Elements().LastOrDefault();
        if (list?.Name.LocalName != "list" || list.Elements().LastOrDefault() is not { } point || point.Name.LocalName != "point"
            || point.Elements().Any(e => e.Name.LocalName is "list" or "point"))
        {
            return null;
        }

        var num = point.Elements().FirstOrDefault(e => e.Name.LocalName == "num")?.Value.Trim() ?? "";
        var words = point.Value.Trim();
        var intro = list.Elements().FirstOrDefault(e => e.Name.LocalName == "intro")?.Value ?? "";
        return LetterNumber().IsMatch(num) && words.Length is > 0 and < 200
            && !Closing.Contains(words[^1]) && TableHolders.Introduces(intro.Trim())
            ? point
            : null;
    }

    /// <summary>The element before the table's container, past other tables' containers (a paragraph, if it is one the body read).</summary>
    private static XElement? HolderElement(XElement table)
    {
        var container = table.Parent;
        if (container is null || TableIn(container) is null)
        {
            return null;
        }

        foreach (var before in container.ElementsBeforeSelf().Reverse())
        {
            if (TableIn(before) is not null)
            {
                continue;
            }

            return before;
        }

        return null;
    }

    /// <summary>A container that holds a table and nothing else (a number at most).</summary>
    public static XElement? TableIn(XElement container) =>
        container.Name.LocalName == "container" && container.Elements().Any(e => e.Name.LocalName == "table")
        && container.Elements().All(e => e.Name.LocalName is "table" or "num")
            ? container.Elements().First(e => e.Name.LocalName == "table")
            : null;

    public static DraftTable? Read(XElement table, AknText text)
    {
        var chinese = DraftLanguage.IsChinese(text.Language);
        var rows = new List<(bool Header, List<TableCell> Cells, TableRowKind Kind)>();
        foreach (var tr in table.Descendants().Where(e => e.Name.LocalName == "tr"))
        {
            var cells = tr.Elements().Where(e => e.Name.LocalName is "th" or "td").ToList();
            var read = cells.Select(c => new TableCell(CellText(c, text, chinese), Span(c))).ToList();
            if (read.Count == 0 || read.All(c => c.Text.Length == 0))
            {
                continue;
            }

            var kind = (string?)tr.Attribute("class") switch
            {
                CaptionClass when read.Count == 1 => TableRowKind.Caption,
                NoteClass when read.Count == 1 => TableRowKind.Note,
                _ => TableRowKind.Body,
            };
            rows.Add((cells.All(c => c.Name.LocalName == "th"), read, kind));
        }

        if (rows.Count == 0)
        {
            return null;
        }

        // A run of tables under sub-headings (ADR 0029, amendment 2): a later table's header rows are header rows too.
        var run = rows.Any(r => r.Kind != TableRowKind.Body);
        var header = rows.TakeWhile(r => r.Header).Count();
        var result = new DraftTable(
            [.. rows.Select((r, i) => new TableRow(
                "r" + (i + 1).ToString(CultureInfo.InvariantCulture),
                r.Cells,
                run && r.Header && i >= header ? TableRowKind.Header : r.Kind))],
            header == rows.Count ? 0 : header);
        return result.Problem() is null ? result : null;
    }

    private static string CellText(XElement cell, AknText text, bool chinese)
    {
        var blocks = cell.Elements().Where(e => e.Name.LocalName == "p").ToList();
        var lines = blocks.Count == 0 ? [text.ParagraphText(cell)] : blocks.Select(p => text.ParagraphText(p));
        return LineJoiner.Join(lines.Select(l => l.Trim()).Where(l => l.Length > 0), chinese).Trim();
    }

    private static int Span(XElement cell) =>
        int.TryParse((string?)cell.Attribute("colspan"), NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span is > 1 and <= DraftTable.MaxColumns ? span : 1;
}
