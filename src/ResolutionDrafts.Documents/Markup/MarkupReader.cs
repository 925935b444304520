using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Import.Docx;

namespace ResolutionDrafts.Documents.Markup;

/// <summary>
/// Reads a Word file's tracked changes and comments as Word and LibreOffice write them: w:ins,
/// w:del, w:moveFrom/w:moveTo (a move is a deletion and an insertion), paragraph-mark revisions
/// (w:pPr/w:rPr/w:ins|w:del), runs split anywhere and rsid attributes (ignored: only the text and
/// its state count), fields (the result is read, a NOTEREF is a footnote reference), comments with
/// w15 reply threading. Formatting-only changes (w:rPrChange, w:pPrChange) are noted and ignored.
/// Italics are read as Word prints them (<see cref="DocxItalics"/>: direct w:i, styles as toggles,
/// w:iCs for complex-script text) and kept as the draft's <c>{i}</c> marks; a paragraph's list
/// number (w:numPr, or its style's) is read as the label Word prints and its level (a list-numbered
/// "(b)" is a sub-paragraph). Tracked changes in text boxes are reported, not read; those in tables inside table cells,
/// footnotes, endnotes, headers and footers are listed for their authors as not read. The
/// package limits are the DOCX importer's (size, parts, paragraphs), checked before anything is parsed.
/// </summary>
internal static class MarkupReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

    private static readonly HashSet<string> RevisionNames = ["ins", "del", "moveFrom", "moveTo"];

    public static MarkupDocument Read(byte[] data)
    {
        DocxImporter.CheckPackage(data);
        try
        {
            using var stream = new MemoryStream(data, writable: false);
            using var word = WordprocessingDocument.Open(stream, false);
            var main = word.MainDocumentPart ?? throw new ImportRefusedException("not a DOCX file: it has no main document");
            var body = Load(main)?.Root?.Element(W + "body") ?? throw new ImportRefusedException("not a DOCX file: its document has no body");
            var reader = new State(new DocxItalics(new DocxStyleSheet(main)), new DocxNumbering(main), OurStyles(main));
            foreach (var block in Blocks(body))
            {
                if (block.Name == W + "p")
                {
                    reader.Paragraph(block);
                }
                else if (block.Name == W + "tbl" && HasRevisions(block))
                {
                    // A table inside a cell: its changes are skipped for their authors with the reason; the outer table's own are read.
                    foreach (var inner in block.Descendants(W + "tbl").Where(t => HasRevisions(t) && t.Ancestors(W + "tbl").First() == block))
                    {
                        var text = Shorten(PlainText(inner));
                        foreach (var author in inner.Descendants().Where(d => d.Name.Namespace == W && RevisionNames.Contains(d.Name.LocalName))
                                     .Select(d => Revision(d).Author).Distinct(StringComparer.Ordinal))
                        {
                            reader.Document.Unread.Add((author, $"a table inside a cell of the table beginning “{Shorten(PlainText(block))}” (“{text}”)", MarkupDocument.TableInATable));
                        }
                    }

                    reader.Table(block);
                }
            }

            // Footnotes, endnotes, headers and footers are not amended from the file: their tracked changes are listed, never lost.
            Unread(reader.Document, main.FootnotesPart, "a footnote");
            Unread(reader.Document, main.EndnotesPart, "an endnote");
            foreach (var header in main.HeaderParts)
            {
                Unread(reader.Document, header, "the page header");
            }

            foreach (var footer in main.FooterParts)
            {
                Unread(reader.Document, footer, "the page footer");
            }

            reader.Comments(main.WordprocessingCommentsPart is { } comments ? Load(comments) : null,
                main.WordprocessingCommentsExPart is { } extended ? Load(extended) : null);
            return reader.Document;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException
                                      or ArgumentException or FormatException or NotSupportedException)
        {
            throw new ImportRefusedException($"not a DOCX file: {e.Message.Split('.')[0]}");
        }
    }

    private static void Unread(MarkupDocument document, OpenXmlPart? part, string where)
    {
        if (part is null || Load(part)?.Root is not { } root)
        {
            return;
        }

        foreach (var p in root.Descendants(W + "p").Where(HasRevisions))
        {
            var text = Shorten(PlainText(p));
            foreach (var author in p.Descendants().Where(d => d.Name.Namespace == W && RevisionNames.Contains(d.Name.LocalName))
                         .Select(d => Revision(d).Author).Distinct(StringComparer.Ordinal))
            {
                document.Unread.Add((author, text.Length > 0 ? $"{where} (“{text}”)" : where, MarkupDocument.OutsideTheText));
            }
        }
    }

    private static XDocument? Load(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(xml);
    }

    /// <summary>The body paragraphs in the order the reader numbers them (<see cref="MarkupDocument.Paragraphs"/>).</summary>
    internal static IEnumerable<XElement> BodyParagraphs(XElement body) => Blocks(body).Where(b => b.Name == W + "p");

    /// <summary>The body's paragraphs and tables in order, through content controls and custom XML.</summary>
    private static IEnumerable<XElement> Blocks(XElement container, int depth = 0)
    {
        if (depth > 32)
        {
            yield break;
        }

        foreach (var e in container.Elements())
        {
            if (e.Name == W + "p" || e.Name == W + "tbl")
            {
                yield return e;
            }
            else if (e.Name == W + "sdt" || e.Name == W + "customXml" || e.Name == W + "sdtContent" || RevisionNames.Contains(e.Name.LocalName))
            {
                foreach (var inner in Blocks(e.Name == W + "sdt" ? e.Element(W + "sdtContent") ?? e : e, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool HasRevisions(XElement e) =>
        e.Descendants().Any(d => d.Name.Namespace == W && RevisionNames.Contains(d.Name.LocalName));

    private static string PlainText(XElement e) =>
        string.Concat(e.Descendants().Where(d => d.Name == W + "t" || d.Name == W + "delText").Select(d => d.Value));

    private static string Shorten(string text)
    {
        text = text.Trim();
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    private static MarkupRevision Revision(XElement e)
    {
        var kind = e.Name.LocalName is "ins" or "moveTo" ? MarkupRevisionKind.Inserted : MarkupRevisionKind.Deleted;
        var author = e.Attribute(W + "author")?.Value.Trim();
        DateTimeOffset? date = DateTimeOffset.TryParse(e.Attribute(W + "date")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
        return new MarkupRevision(kind, string.IsNullOrEmpty(author) ? "Unknown author" : author, date, e.Name.LocalName.StartsWith("move", StringComparison.Ordinal));
    }

    /// <summary>
    /// The file's ids of the styles named as ours but with other ids (a file of ours saved again by LibreOffice, which
    /// makes ids of the names), mapped to our ids, so a line in our quoted style is read as one whoever saved the file.
    /// </summary>
    private static Dictionary<string, string> OurStyles(MainDocumentPart main)
    {
        var ours = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && Export.StyleIds.ByName(style.StyleName?.Val?.Value) is { } our && our != id)
            {
                ours.TryAdd(id, our);
            }
        }

        return ours;
    }

    private sealed class State(DocxItalics italics, DocxNumbering numbering, Dictionary<string, string> ourStyles)
    {
        /// <summary>Revisions, links and content controls inside one another: Word nests a few; a hostile file, thousands (the stack).</summary>
        private const int MaxNesting = 32;

        private readonly Dictionary<string, int> commentStarts = new(StringComparer.Ordinal);
        private readonly HashSet<string> noted = new(StringComparer.Ordinal);
        private int notes;
        private MarkupParagraph current = new();
        private int fieldDepth;
        private bool inFieldResult;
        private string fieldCode = "";
        private string? paragraphStyle;

        public MarkupDocument Document { get; } = new();

        /// <summary>A table's rows (their own w:trPr/w:ins|w:del) and cells, each cell's paragraphs read as one (ADR 0029).</summary>
        public void Table(XElement table)
        {
            var marks = new List<MarkupRevision?>();
            var rows = new List<IReadOnlyList<MarkupParagraph>>();
            foreach (var tr in table.Elements(W + "tr"))
            {
                var mark = tr.Element(W + "trPr")?.Elements().FirstOrDefault(e => e.Name.Namespace == W && e.Name.LocalName is "ins" or "del");
                marks.Add(mark is null ? null : Revision(mark));
                var cells = new List<MarkupParagraph>();
                foreach (var tc in tr.Elements(W + "tc"))
                {
                    current = new MarkupParagraph();
                    paragraphStyle = null;
                    foreach (var p in tc.Elements(W + "p"))
                    {
                        if (current.Pieces.Count > 0)
                        {
                            current.Pieces.Add(new MarkupPiece(" ", null));
                        }

                        Content(p, null, 0);
                    }

                    cells.Add(current);
                }

                rows.Add(cells);
            }

            var header = table.Elements(W + "tr").TakeWhile(tr => tr.Element(W + "trPr")?.Element(W + "tblHeader") is { } h
                && h.Attribute(W + "val")?.Value is not ("0" or "false" or "off")).Count();
            Document.Tables.Add(new MarkupTable(marks, rows) { AfterParagraph = Document.Paragraphs.Count > 0 ? Document.Paragraphs.Count - 1 : null, HeaderRows = header });
        }

        public void Paragraph(XElement p)
        {
            current = new MarkupParagraph();
            Document.Paragraphs.Add(current);
            var properties = p.Element(W + "pPr");
            paragraphStyle = properties?.Element(W + "pStyle")?.Attribute(W + "val")?.Value;
            current.Style = paragraphStyle is { } fileStyle && ourStyles.TryGetValue(fileStyle, out var our) ? our : paragraphStyle;
            var list = properties?.Element(W + "numPr");
            if (numbering.Label(Number(list?.Element(W + "numId")), Number(list?.Element(W + "ilvl")), paragraphStyle) is { } label)
            {
                (current.Label, current.ListLevel) = label;
            }

            var mark = properties?.Element(W + "rPr")?.Elements().FirstOrDefault(e => e.Name.Namespace == W && RevisionNames.Contains(e.Name.LocalName));
            current.Mark = mark is null ? null : Revision(mark);
            if (properties?.Element(W + "pPrChange") is not null || properties?.Element(W + "rPr")?.Element(W + "rPrChange") is not null)
            {
                Note("Changes of formatting only (paragraph or character formatting) were ignored: an amendment changes words.");
            }

            Content(p, null, 0);
        }

        private static int? Number(XElement? e) =>
            int.TryParse(e?.Attribute(W + "val")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

        /// <summary>A w:rPr on/off property (w:i, w:iCs, w:rtl …): null when absent; on unless its w:val says 0/false/off.</summary>
        private static bool? OnOff(XElement? properties, string name) =>
            properties?.Element(W + name) is not { } e ? null : e.Attribute(W + "val")?.Value is not { } v || v is not ("0" or "false" or "off");

        /// <summary>The run's text with its italic stretches as the draft's marks, as Word prints them.</summary>
        private string Italicised(string text, XElement? properties)
        {
            if (text.Trim().Length == 0)
            {
                return text;
            }

            var markedComplex = OnOff(properties, "rtl") == true || OnOff(properties, "cs") == true;
            var style = properties?.Element(W + "rStyle")?.Attribute(W + "val")?.Value;

            // Raised letters that are no footnote reference (ADR 0035), as the Word import reads them (DocxLineReader).
            var raised = properties?.Element(W + "vertAlign")?.Attribute(W + "val")?.Value == "superscript" && text.Any(char.IsLetter);
            return string.Concat(ComplexScriptText.Stretches(text, markedComplex).Select(s =>
            {
                var piece = raised ? Domain.Drafts.InlineItalics.Raise(s.Text) : s.Text;
                return s.Text.Trim().Length > 0 && italics.Decide(OnOff(properties, s.Complex ? "iCs" : "i"), paragraphStyle, style, null, s.Complex)
                    ? Domain.Drafts.InlineItalics.Wrap(piece)
                    : piece;
            }));
        }

        private void Note(string note)
        {
            if (noted.Add(note))
            {
                Document.Notes.Add(note);
            }
        }

        private void Content(XElement container, MarkupRevision? revision, int depth)
        {
            if (depth > MaxNesting)
            {
                Note($"Text nested more than {MaxNesting} levels deep in a paragraph was not read.");
                return;
            }

            foreach (var e in container.Elements())
            {
                if (e.Name.Namespace != W)
                {
                    // mc:AlternateContent and the like: a drawing or text box; its tracked changes are not read.
                    CheckBox(e);
                    continue;
                }

                switch (e.Name.LocalName)
                {
                    case "pPr":
                        break;
                    case "r":
                        Run(e, revision);
                        break;
                    case "ins" or "del" or "moveFrom" or "moveTo":
                        var inner = Revision(e);
                        if (revision is not null && revision.Kind == MarkupRevisionKind.Inserted && inner.Kind == MarkupRevisionKind.Deleted)
                        {
                            // Words one author inserted and another (or the same) deleted: in neither text.
                            if (revision.Author != inner.Author)
                            {
                                Note($"{inner.Author} deleted words {revision.Author} inserted (“{Shorten(PlainText(e))}”); they are left out of both.");
                            }

                            continue;
                        }

                        Content(e, inner, depth + 1);
                        break;
                    case "commentRangeStart":
                        if (e.Attribute(W + "id")?.Value is { } id)
                        {
                            commentStarts.TryAdd(id, Document.Paragraphs.Count - 1);
                        }

                        break;
                    case "hyperlink" or "smartTag" or "customXml" or "sdt" or "sdtContent" or "fldSimple" or "dir" or "bdo":
                        if (e.Name.LocalName == "fldSimple" && IsNoteReference(e.Attribute(W + "instr")?.Value))
                        {
                            Add(NextNoteMark().ToString(), revision);
                            continue;
                        }

                        Content(e.Name.LocalName == "sdt" ? e.Element(W + "sdtContent") ?? e : e, revision, depth + 1);
                        break;
                }
            }
        }

        private void CheckBox(XElement e)
        {
            if (HasRevisions(e))
            {
                Document.Problems.Add(
                    $"Tracked changes in a text box or drawing (“{Shorten(PlainText(e))}”) were not read: only the paragraphs of the text are amended.");
            }
        }

        private static bool IsNoteReference(string? instruction) =>
            instruction is not null && instruction.TrimStart().StartsWith("NOTEREF", StringComparison.OrdinalIgnoreCase);

        private char NextNoteMark() => (char)(MarkupDocument.FirstNoteMark + Math.Min(notes++, 0x18FF));

        private void Run(XElement run, MarkupRevision? revision)
        {
            if (run.Element(W + "rPr")?.Element(W + "rPrChange") is not null)
            {
                Note("Changes of formatting only (paragraph or character formatting) were ignored: an amendment changes words.");
            }

            var text = new StringBuilder();
            foreach (var e in run.Elements())
            {
                if (e.Name.Namespace != W)
                {
                    CheckBox(e);
                    continue;
                }

                switch (e.Name.LocalName)
                {
                    case "fldChar":
                        var type = e.Attribute(W + "fldCharType")?.Value;
                        if (type == "begin")
                        {
                            fieldDepth++;
                            inFieldResult = false;
                            fieldCode = "";
                        }
                        else if (type == "separate")
                        {
                            inFieldResult = true;
                            if (IsNoteReference(fieldCode))
                            {
                                text.Append(NextNoteMark());
                            }
                        }
                        else if (type == "end" && fieldDepth > 0)
                        {
                            fieldDepth--;
                            inFieldResult = false;
                        }

                        break;
                    case "instrText" or "delInstrText":
                        fieldCode += e.Value;
                        break;
                    case "t" or "delText":
                        if (fieldDepth == 0 || (inFieldResult && !IsNoteReference(fieldCode)))
                        {
                            text.Append(Italicised(e.Value, run.Element(W + "rPr")));
                        }

                        break;
                    case "tab" or "ptab":
                        text.Append('\t');
                        break;
                    case "br" or "cr":
                        text.Append(' ');
                        break;
                    case "noBreakHyphen":
                        text.Append('\u2011');
                        break;
                    case "footnoteReference":
                        text.Append(NextNoteMark());
                        break;
                    case "drawing" or "pict" or "object":
                        CheckBox(e);
                        break;
                    case "commentReference" when e.Attribute(W + "id")?.Value is { } id:
                        commentStarts.TryAdd(id, Document.Paragraphs.Count - 1);
                        break;
                }
            }

            if (text.Length > 0)
            {
                Add(text.ToString(), revision);
            }
        }

        private void Add(string text, MarkupRevision? revision)
        {
            var pieces = current.Pieces;
            if (pieces.Count > 0 && pieces[^1].Revision == revision)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
            }
            else
            {
                pieces.Add(new MarkupPiece(text, revision));
            }
        }

        public void Comments(XDocument? comments, XDocument? extended)
        {
            if (comments?.Root is null)
            {
                return;
            }

            // w15:commentEx: the paraId of a comment's last paragraph → the paraId of the comment it answers.
            var parentOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var ex in extended?.Root?.Elements(W15 + "commentEx") ?? [])
            {
                if (ex.Attribute(W15 + "paraId")?.Value is { } id && ex.Attribute(W15 + "paraIdParent")?.Value is { } parent)
                {
                    parentOf[id] = parent;
                }
            }

            var commentOfParaId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var read = new List<(XElement Comment, string Id, string? LastParaId)>();
            foreach (var comment in comments.Root.Elements(W + "comment"))
            {
                var id = comment.Attribute(W + "id")?.Value;
                if (id is null)
                {
                    continue;
                }

                var lastParaId = comment.Elements(W + "p").LastOrDefault()?.Attribute(W14 + "paraId")?.Value;
                if (lastParaId is not null)
                {
                    commentOfParaId[lastParaId] = id;
                }

                read.Add((comment, id, lastParaId));
            }

            foreach (var (comment, id, lastParaId) in read)
            {
                var author = comment.Attribute(W + "author")?.Value.Trim();
                DateTimeOffset? date = DateTimeOffset.TryParse(comment.Attribute(W + "date")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
                var text = string.Join("\n", comment.Elements(W + "p")
                    .Select(p => string.Concat(p.Descendants().Where(t => t.Name == W + "t").Select(t => t.Value)).Trim())
                    .Where(t => t.Length > 0));
                string? parent = lastParaId is not null && parentOf.TryGetValue(lastParaId, out var parentPara) && commentOfParaId.TryGetValue(parentPara, out var p) ? p : null;
                Document.Comments.Add(new MarkupComment(id, string.IsNullOrEmpty(author) ? "Unknown author" : author, date, text,
                    commentStarts.TryGetValue(id, out var paragraph) ? paragraph : null, parent));
            }
        }
    }
}
