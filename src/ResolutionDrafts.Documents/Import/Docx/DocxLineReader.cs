using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import.Text;
using InlineItalics = ResolutionDrafts.Domain.Drafts.InlineItalics;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ResolutionDrafts.Documents.Import.Docx;

/// <summary>
/// The text of a Word document as lines: one per paragraph (a line break inside a paragraph
/// starts a line that continues it), footnote references as <c>[^N]</c> numbered in order of first
/// reference as Word numbers them, custom-mark footnotes ("*") kept as star notes.
/// </summary>
internal sealed partial class DocxLineReader
{
    private readonly MainDocumentPart main;
    private readonly Dictionary<long, string> footnoteTexts = [];
    private readonly Dictionary<long, int> numbers = [];
    private readonly CleanText clean = new() { BlankLinesMeaningful = false, ReferencesMarked = true };
    private readonly Dictionary<string, long> bookmarkedNotes = new(StringComparer.OrdinalIgnoreCase);
    private StringBuilder? fieldInstruction;
    private bool skipFieldResult;

    private readonly DocxNumbering numbering;
    private readonly DocxItalics italics;
    private readonly DocxRaising raising;
    private readonly DocxQuoteBlocks quoteBlocks;

    /// <summary>
    /// The lines whose text so far is one italic stretch from their start (after the number): the
    /// paragraph's opening phrase, or a line printed in italics throughout (the author line, a
    /// masthead line of an italic style), which the draft computes and keeps no marks for.
    /// </summary>
    private readonly HashSet<StringBuilder> plainSeen = new(ReferenceEqualityComparer.Instance);

    public DocxLineReader(MainDocumentPart main)
    {
        this.main = main;
        numbering = new(main);
        // The style sheet is read once, for every rule that asks it (ADR 0035 amendment 2).
        var styles = new DocxStyleSheet(main);
        italics = new(styles);
        raising = new(styles);
        quoteBlocks = new(styles);
    }

    /// <summary>Every line as Word has it, rules and page furniture included, for a document that is a PDF's text saved as Word.</summary>
    public List<string> RawLines { get; } = [];

    /// <summary>
    /// Beside each of <see cref="RawLines"/>, where its Word paragraph's first line starts when it is set off as a block
    /// quotation (<see cref="SourceLine.QuoteIndent"/>), so the plain-text path reads such quotations too.
    /// </summary>
    public List<int?> RawQuoteIndents { get; } = [];

    /// <summary>Whether the document has real Word footnotes.</summary>
    public bool HasWordFootnotes => footnoteTexts.Count > 0;
    private int firstNumber = 1;

    public CleanText Read()
    {
        ReadFootnotes();
        var body = main.Document?.Body;
        if (body is null)
        {
            return clean;
        }

        ReadBookmarks(body);
        firstNumber = FirstFootnoteNumber(body);
        quoteBlocks.Learn(body.Descendants<Paragraph>().Where(p => !p.Ancestors<Paragraph>().Any() && !p.Ancestors<Table>().Any()));

        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            if (paragraph.Ancestors<Paragraph>().Any())
            {
                continue; // a text box inside a paragraph: read with its own paragraph below
            }

            if (InDataTable(paragraph))
            {
                continue; // a table a paragraph introduces, read whole (ADR 0029)
            }

            if (InTableRun(paragraph))
            {
                continue; // a sub-heading or a note of a run of tables, a row of it (ADR 0029, amendment 2)
            }

            var segments = new List<StringBuilder> { new() };
            var starMark = 0;
            long starId = 0;
            Walk(paragraph, segments, ref starMark, ref starId);
            var listMarker = numbering.Marker(paragraph);
            if (listMarker is { } marker)
            {
                segments[0].Insert(0, marker + " ");
            }

            var quoteIndent = quoteBlocks.QuoteIndent(paragraph, numbered: listMarker is not null);

            for (var i = 0; i < segments.Count; i++)
            {
                var raw = TextChars.Clean(segments[i].ToString());
                // The raw lines keep Word's tabs: a PDF's table pasted into Word keeps its columns so (ADR 0029).
                var rawWithTabs = string.Join('\t', segments[i].ToString().Split('\t').Select(TextChars.Clean));
                RawLines.Add(rawWithTabs.TrimEnd());
                RawQuoteIndents.Add(quoteIndent);
                var text = raw.Trim();
                if (TableText.IsRow(rawWithTabs))
                {
                    RowLines.Add(clean.Lines.Count);
                }

                if (text.Length == 0 || Furniture.IsRule(text) || Furniture.IsPageMark(text))
                {
                    continue;
                }

                EndTableRun();
                // A masthead in columns (docs/import.md): a table's cells, or a paragraph's columns set apart by tabs (or runs of
                // spaces, as a PDF's layout pasted into Word keeps them), each a line knowing its column ("158th session<tab>4 February 2026": the date of issue, not place and dates).
                var cells = masthead && listMarker is null && clean.Lines.Count < MastheadColumns.MaxLines ? MastheadColumns.TabbedCells(rawWithTabs) ?? MastheadColumns.SpacedCells(text) : null;
                masthead &= !MastheadColumns.EndsMasthead(text);
                if (cells is not null)
                {
                    for (var c = 0; c < cells.Length; c++)
                    {
                        clean.Lines.Add(new SourceLine(cells[c], Indented: true, BlankBefore: c == 0, PageBreakBefore: false, Whole: i == 0, Continues: i > 0 || c > 0, QuoteIndent: quoteIndent, Column: c + 1));
                    }

                    continue;
                }

                clean.Lines.Add(new SourceLine(text, Indented: true, BlankBefore: true, PageBreakBefore: false, Whole: i == 0, Continues: i > 0, QuoteIndent: quoteIndent, Column: TableColumn(paragraph)));
            }
        }

        return clean;
    }

    /// <summary>No line read yet has what only a resolution's body has: tabs in a line may still part a masthead's columns.</summary>
    private bool masthead = true;

    /// <summary>
    /// For a paragraph in a cell of a table read as lines (a masthead laid out in one), the cell's column from 1 on the left
    /// when its row has two or more; else 0.
    /// </summary>
    private static int TableColumn(Paragraph paragraph)
    {
        if (paragraph.Parent is not TableCell cell || cell.Parent is not TableRow row)
        {
            return 0;
        }

        var cells = row.Elements<TableCell>().ToList();
        return cells.Count >= 2 ? cells.IndexOf(cell) + 1 : 0;
    }

    /// <summary>Reads the paragraph's content in order, leaving out deleted text and the paragraphs of text boxes.</summary>
    private void Walk(OpenXmlElement parent, List<StringBuilder> segments, ref int starMark, ref long starId)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is Paragraph or DeletedRun or DeletedText or ParagraphProperties or RunProperties)
            {
                continue;
            }

            ReadElement(child, segments, ref starMark, ref starId);
            if (child.HasChildren && !(child is SimpleField simple && NoteRef(simple.Instruction?.Value) is not null))
            {
                Walk(child, segments, ref starMark, ref starId);
            }
        }
    }

    private void ReadElement(OpenXmlElement element, List<StringBuilder> segments, ref int starMark, ref long starId)
    {
        var current = segments[^1];
        switch (element)
        {
            case FieldChar { FieldCharType.Value: var type }:
                ReadFieldChar(type, current);
                break;
            case FieldCode code:
                fieldInstruction?.Append(code.Text);
                break;
            case SimpleField simple when NoteRef(simple.Instruction?.Value) is { } note:
                AppendReference(note, current);
                break;
            case WText when skipFieldResult:
                break;
            case WText t when element.Parent is Run run:
                // Italics inside the text are kept as marks (ADR 0015), whether set on the run or by
                // its styles (DocxItalics); those that open a line (after its number), up to its first
                // upright words, are its opening phrase, which the draft computes.
                // Complex-script stretches (Arabic, Hebrew …) take w:iCs, the rest w:i (ComplexScriptText).
                foreach (var (piece, complex) in ComplexScriptText.Stretches(t.Text, IsMarkedComplex(run)))
                {
                    var italic = italics.IsItalic(run, complex);
                    var marked = italic && piece.Trim().Length > 0 && plainSeen.Contains(current) && !OpensParagraph(current);
                    var raised = raising.IsRaisedLetters(run, piece) ? InlineItalics.Raise(piece) : piece;
                    current.Append(marked ? InlineItalics.Wrap(raised) : raised);
                    if (!italic && !OpensParagraph(current))
                    {
                        plainSeen.Add(current);
                    }
                }

                if (starMark > 0 && t.Text.Trim().All(c => c == '*') && t.Text.Trim().Length > 0)
                {
                    clean.StarNotes.TryAdd(t.Text.Trim().Length, footnoteTexts.GetValueOrDefault(starId, ""));
                    starMark = 0;
                }

                break;
            case TabChar or PositionalTab:
                current.Append('\t'); // a space in the line's text (TextChars.Clean); kept in the raw lines, where a table's columns need it
                break;
            case Break { Type.Value: var type } when type == BreakValues.Page || type == BreakValues.Column:
                break;
            case Break or CarriageReturn:
                segments.Add(new StringBuilder());
                break;
            case NoBreakHyphen:
                current.Append('\u2011');
                break;
            case FootnoteReference reference when reference.Id?.Value is { } id:
                if (reference.CustomMarkFollows?.Value == true)
                {
                    (starMark, starId) = (1, id);
                    break;
                }

                AppendReference(id, current);
                break;
        }
    }

    private void AppendReference(long id, StringBuilder text)
    {
        if (!numbers.TryGetValue(id, out var number) && footnoteTexts.ContainsKey(id))
        {
            number = numbers[id] = numbers.Count + firstNumber;
            clean.Footnotes[number] = footnoteTexts[id];
        }

        if (number > 0)
        {
            text.Append("[^").Append(number).Append(']');
        }
    }

    /// <summary>A repeated footnote reference is a NOTEREF field to a bookmark around the real one.</summary>
    private void ReadFieldChar(FieldCharValues type, StringBuilder text)
    {
        if (type == FieldCharValues.Begin)
        {
            fieldInstruction = new StringBuilder();
        }
        else if (type == FieldCharValues.Separate && fieldInstruction is not null)
        {
            if (NoteRef(fieldInstruction.ToString()) is { } note)
            {
                AppendReference(note, text);
                skipFieldResult = true;
            }

            fieldInstruction = null;
        }
        else if (type == FieldCharValues.End)
        {
            fieldInstruction = null;
            skipFieldResult = false;
        }
    }

    private long? NoteRef(string? instruction)
    {
        var words = instruction?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words is { Length: >= 2 } && words[0].Equals("NOTEREF", StringComparison.OrdinalIgnoreCase)
            && bookmarkedNotes.TryGetValue(words[1], out var id) ? id : null;
    }

    private void ReadBookmarks(Body body)
    {
        var open = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in body.Descendants())
        {
            switch (element)
            {
                case BookmarkStart { Id.Value: { } id, Name.Value: { } name }:
                    open[id] = name;
                    break;
                case BookmarkEnd { Id.Value: { } id }:
                    open.Remove(id);
                    break;
                case FootnoteReference { Id.Value: { } note }:
                    foreach (var name in open.Values)
                    {
                        bookmarkedNotes.TryAdd(name, note);
                    }

                    break;
            }
        }
    }


    /// <summary>
    /// Whether the line so far holds nothing but a paragraph's number or letter: what follows opens the paragraph. Another
    /// body's "(3)", "3)", "IV." too (ADR 0036, 0038 and its amendment 1), so an operative paragraph's italic verb after it is its opening phrase.
    /// </summary>
    private static bool OpensParagraph(StringBuilder line)
    {
        var text = InlineItalics.Strip(line.ToString()).Trim();
        return text.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(text, @"^(\d{1,3}\.|[(（]?\d{1,3}[)）]|\(?[a-z]{1,5}\)|[a-z]{1,4}\.|[IVXLC]{1,7}\.)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    /// <summary>A run Word prints with its complex-script properties throughout: marked right-to-left or complex script.</summary>
    private static bool IsMarkedComplex(Run run) =>
        run.RunProperties?.RightToLeftText is { } rtl && (rtl.Val is null || rtl.Val.Value)
        || run.RunProperties?.ComplexScript is { } cs && (cs.Val is null || cs.Val.Value);

    /// <summary>
    /// A footnote's run's text with its italic stretches as marks, and its raised letters as raised marks (ADR 0035
    /// amendment 1: "ᵃ" in a note; the note's own number is Word's footnoteRef, no text, and raised figures stay as typed).
    /// </summary>
    private string NoteRunText(Run run, string text)
    {
        var raised = raising.IsRaisedLetters(run, text);
        return string.Concat(ComplexScriptText.Stretches(text, IsMarkedComplex(run)).Select(s =>
        {
            var piece = raised && s.Text.Trim().Length > 0 ? InlineItalics.Raise(s.Text) : s.Text;
            return italics.IsItalic(run, s.Complex) && s.Text.Trim().Length > 0 ? InlineItalics.Wrap(piece) : piece;
        }));
    }

    private static bool IsDeleted(OpenXmlElement element) =>
        element is DeletedText or DeletedRun || element.Ancestors<DeletedRun>().Any();

    /// <summary>
    /// Where Word starts numbering footnotes (w:footnotePr/w:numStart, in the section or the
    /// settings): a part B of a resolution continues the numbering of part A.
    /// </summary>
    private int FirstFootnoteNumber(Body body)
    {
        var start = body.Descendants<SectionProperties>().Select(s => s.GetFirstChild<FootnoteProperties>()?.NumberingStart?.Val?.Value).FirstOrDefault(v => v is not null)
            ?? main.DocumentSettingsPart?.Settings?.GetFirstChild<FootnoteDocumentWideProperties>()?.GetFirstChild<NumberingStart>()?.Val?.Value;
        return start is >= 1 and <= 999 ? start.Value : 1;
    }

    private void ReadFootnotes()
    {
        foreach (var footnote in main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
        {
            if (footnote.Type?.Value is { } type && (type == FootnoteEndnoteValues.Separator || type == FootnoteEndnoteValues.ContinuationSeparator
                || type == FootnoteEndnoteValues.ContinuationNotice))
            {
                continue;
            }

            var text = string.Join(" ", footnote.Elements<Paragraph>()
                .Select(p => InlineItalics.Normalise(string.Concat(p.Descendants<WText>().Where(t => t.Parent is Run && !IsDeleted(t))
                    .Select(t => NoteRunText((Run)t.Parent!, t.Text))).Trim()))
                .Where(t => t.Length > 0));
            if (footnote.Id?.Value is { } id && text.Length > 0)
            {
                footnoteTexts[id] = TextChars.Clean(text);
            }
        }
    }
}
