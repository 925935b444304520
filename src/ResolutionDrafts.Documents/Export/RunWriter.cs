using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Writes inline pieces into a Word paragraph: text runs (italic, raised where asked), tabs, line breaks
/// and footnote references, each inside a <c>w:ins</c> or <c>w:del</c> when the piece is a tracked change.
/// </summary>
internal sealed class RunWriter(FootnoteMarks marks, FootnoteRegistry footnotes, RevisionStamp stamp)
{
    private const string NoteRefFormat = " NOTEREF {0} \\f \\h ";

    /// <summary>See <see cref="DocxContent.RaiseSuperscriptDigits"/>.</summary>
    public bool RaiseSuperscriptDigits { get; init; }

    public void Write(OpenXmlCompositeElement paragraph, IEnumerable<InlinePiece> pieces, string? author)
    {
        var target = new Target(paragraph, stamp, stamp.AuthorOr(author));
        foreach (var piece in pieces)
        {
            WritePiece(target, piece);
        }
    }

    /// <summary>A table row's own tracked change (<c>w:trPr/w:ins</c> or <c>w:del</c>), stamped as the runs are.</summary>
    public OpenXmlElement RowRevision(RevisionKind revision) => revision == RevisionKind.Inserted
        ? new Inserted { Id = stamp.NextId(), Author = stamp.DefaultAuthor, Date = stamp.Date }
        : new Deleted { Id = stamp.NextId(), Author = stamp.DefaultAuthor, Date = stamp.Date };

    private void WritePiece(Target target, InlinePiece piece)
    {
        var deleted = piece.Revision == RevisionKind.Deleted;
        var text = new StringBuilder();
        Run? run = null;

        void FlushText()
        {
            if (text.Length == 0)
            {
                return;
            }

            run ??= NewRun(piece.Italic, piece.Raised);
            var value = text.ToString();
            var preserve = char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) ? SpaceProcessingModeValues.Preserve : (SpaceProcessingModeValues?)null;
            run.Append(deleted ? new DeletedText(value) { Space = preserve } : new Text(value) { Space = preserve });
            text.Clear();
        }

        void FlushRun()
        {
            FlushText();
            if (run is not null)
            {
                target.Add(run, piece.Revision);
                run = null;
            }
        }

        var s = piece.Text;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (marks.NumberOf(c) is { } number)
            {
                FlushRun();
                WriteFootnote(target, number, piece.Revision);
            }
            else if (marks.StarOf(c) is { } star)
            {
                FlushRun();
                var id = footnotes.Star(star.Mark, star.Text, (p, pieces) => Write(p, pieces, target.Author));
                target.Add(new Run(StyledRunProperties(), new FootnoteReference { Id = id, CustomMarkFollows = true }, new Text(star.Mark)), piece.Revision);
            }
            else if (RaiseSuperscriptDigits && ResolutionDrafts.Domain.Drafts.FootnoteReferences.SuperscriptDigits.Contains(c, StringComparison.Ordinal))
            {
                // A quoted footnote reference: a raised number, as the text it quotes prints it.
                FlushRun();
                var digits = new StringBuilder();
                for (; i < s.Length && ResolutionDrafts.Domain.Drafts.FootnoteReferences.SuperscriptDigits.IndexOf(s[i], StringComparison.Ordinal) is var d and >= 0; i++)
                {
                    digits.Append((char)('0' + d));
                }

                i--;
                var raised = new Run(StyledRunProperties());
                raised.Append(deleted ? new DeletedText(digits.ToString()) : new Text(digits.ToString()));
                target.Add(raised, piece.Revision);
            }
            else if (RaiseSuperscriptDigits && RaisedInQuote(s, i) is { } quoted)
            {
                // A quoted raised letter (a wording's "Conversionᵃ", or "Posts⁽Q⁾" for a letter Unicode cannot raise;
                // ADR 0035 amendment 1): printed as the text it quotes prints it, the letter raised.
                FlushRun();
                var raised = NewRun(piece.Italic, raised: true);
                raised.Append(deleted ? new DeletedText(quoted.Letters) : new Text(quoted.Letters));
                target.Add(raised, piece.Revision);
                i += quoted.Length - 1;
            }
            else if (ItalicMarks.IsMark(c))
            {
                // An italic mark that reached the writer: its italics were set on the piece; not printed.
            }
            else if (c == '\t' || c == '\n')
            {
                FlushText();
                run ??= NewRun(piece.Italic, piece.Raised);
                run.Append(c == '\t' ? new TabChar() : new Break());
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                text.Append(c).Append(s[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                text.Append(c);
            }

            // Characters XML cannot carry (control characters, lone surrogates) are dropped.
        }

        FlushRun();
    }

    private void WriteFootnote(Target target, int number, RevisionKind revision)
    {
        var use = footnotes.Use(number, revision, (p, pieces) => Write(p, pieces, target.Author));
        if (use is null)
        {
            // A reference to a note the draft does not have stays visible as written.
            target.Add(new Run(new Text($"[^{number.ToString(CultureInfo.InvariantCulture)}]")), revision);
            return;
        }

        if (use.IsReal)
        {
            target.AddMarkup(new BookmarkStart { Name = use.BookmarkName, Id = Id(use.BookmarkId) });
            target.Add(new Run(StyledRunProperties(), new FootnoteReference { Id = use.WordId }), revision);
            target.AddMarkup(new BookmarkEnd { Id = Id(use.BookmarkId) });
            return;
        }

        var deleted = revision == RevisionKind.Deleted;
        var instruction = string.Format(CultureInfo.InvariantCulture, NoteRefFormat, use.BookmarkName);
        target.Add(new Run(StyledRunProperties(), new FieldChar { FieldCharType = FieldCharValues.Begin }), revision);
        target.Add(new Run(StyledRunProperties(), deleted
            ? new DeletedFieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }
            : new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }), revision);
        target.Add(new Run(StyledRunProperties(), new FieldChar { FieldCharType = FieldCharValues.Separate }), revision);
        var printed = use.PrintedNumber.ToString(CultureInfo.InvariantCulture);
        target.Add(new Run(StyledRunProperties(), deleted ? new DeletedText(printed) : new Text(printed)), revision);
        target.Add(new Run(StyledRunProperties(), new FieldChar { FieldCharType = FieldCharValues.End }), revision);
    }

    /// <summary>
    /// A raised letter a wording quotes at <paramref name="at"/>: a run of modifier letters ("ᵃ"), or letters between the
    /// raised parentheses <see cref="ResolutionDrafts.Domain.Drafts.InlineItalics.Quoted"/> writes for those Unicode cannot
    /// raise ("⁽Q⁾", no space inside); the letters as typed and how many characters it takes. Null for anything else.
    /// </summary>
    private static (string Letters, int Length)? RaisedInQuote(string s, int at)
    {
        var end = at;
        while (end < s.Length && ResolutionDrafts.Domain.Drafts.RaisedCharacters.LowerLetter(s[end]) is not null)
        {
            end++;
        }

        if (end > at)
        {
            return (string.Concat(s[at..end].Select(c => ResolutionDrafts.Domain.Drafts.RaisedCharacters.LowerLetter(c)!.Value)), end - at);
        }

        return ResolutionDrafts.Domain.Drafts.InlineItalics.QuotedRaisedAt(s, at);
    }

    private static RunProperties StyledRunProperties() => new(new RunStyle { Val = StyleIds.FootnoteReference });

    // A raised letter that is no footnote reference (ADR 0035) is raised as Word raises type: w:vertAlign superscript.
    private static Run NewRun(bool italic, bool raised) => !italic && !raised ? new Run() : new Run(new RunProperties(
        new OpenXmlElement[] { italic ? new Italic() : null!, raised ? new VerticalTextAlignment { Val = VerticalPositionValues.Superscript } : null! }.Where(e => e is not null)));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The paragraph being written, with the open <c>w:ins</c>/<c>w:del</c> that consecutive runs share.</summary>
    private sealed class Target(OpenXmlCompositeElement paragraph, RevisionStamp stamp, string author)
    {
        private OpenXmlCompositeElement? open;
        private RevisionKind openKind;

        public string Author { get; } = author;

        public void Add(Run run, RevisionKind revision)
        {
            if (revision == RevisionKind.None)
            {
                open = null;
                paragraph.Append(run);
                return;
            }

            if (open is null || openKind != revision)
            {
                open = revision == RevisionKind.Inserted
                    ? new InsertedRun { Id = stamp.NextId(), Author = Author, Date = stamp.Date }
                    : new DeletedRun { Id = stamp.NextId(), Author = Author, Date = stamp.Date };
                openKind = revision;
                paragraph.Append(open);
            }

            open.Append(run);
        }

        public void AddMarkup(OpenXmlElement markup)
        {
            open = null;
            paragraph.Append(markup);
        }
    }
}
