using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Decides, before anything is written, which reference to each note is the real Word footnote
/// and which are repeats. Word numbers footnotes by the order of their references, so the printed
/// number of a note is the rank of its real reference. A repeat is a NOTEREF field to a bookmark
/// around the real reference (<c>_RdFootnote{N}</c>), formatted as a footnote reference (\f): it
/// prints the same number and Word keeps it right when notes are added.
/// <para>
/// In a comparison, the real reference is the first one in unchanged text, which survives both
/// Accept All and Reject All. A note referred to only from changed text gets one real reference in
/// inserted text and one in deleted text, so each outcome keeps its own footnote.
/// </para>
/// </summary>
internal sealed class FootnoteRegistry
{
    public const string BookmarkPrefix = "_RdFootnote";

    private readonly Func<int, RevisionKind, IReadOnlyList<InlinePiece>?> content;
    private readonly HashSet<int> inUnchangedText = [];
    private readonly Dictionary<(int Number, RevisionKind Anchor), Anchor> anchors = [];

    /// <param name="paragraphs">Every paragraph in the order it is written.</param>
    /// <param name="content">The pieces of note N's text for an anchor of the given kind, or null when the draft has no such note.</param>
    public FootnoteRegistry(IEnumerable<DocParagraph> paragraphs, FootnoteMarks marks, Func<int, RevisionKind, IReadOnlyList<InlinePiece>?> content)
    {
        this.content = content;
        var occurrences = new List<(int Number, RevisionKind Revision)>();
        foreach (var piece in paragraphs.SelectMany(p => p.Pieces))
        {
            foreach (var c in piece.Text)
            {
                if (marks.StarOf(c) is { } star && !starIds.ContainsKey(star.Mark + "\n" + star.Text))
                {
                    // Star notes take the first ids in the order they are referred to, as Word writes them
                    // (LibreOffice reads notes in id order); numbered notes follow and keep their printed numbers.
                    starIds[star.Mark + "\n" + star.Text] = starIds.Count + 1;
                }

                if (marks.NumberOf(c) is { } number && content(number, piece.Revision) is not null)
                {
                    occurrences.Add((number, piece.Revision));
                    if (piece.Revision == RevisionKind.None)
                    {
                        inUnchangedText.Add(number);
                    }
                }
            }
        }

        foreach (var (number, revision) in occurrences)
        {
            var key = (number, AnchorKind(number, revision));
            if (key.Item2 == revision && !anchors.ContainsKey(key))
            {
                var rank = anchors.Count + 1;
                var suffix = revision switch { RevisionKind.Inserted => "_ins", RevisionKind.Deleted => "_del", _ => "" };
                anchors[key] = new Anchor(rank, BookmarkPrefix + number.ToString(CultureInfo.InvariantCulture) + suffix, rank) { Offset = starIds.Count };
            }
        }

        Footnotes = new Footnotes(Separator(FootnoteEndnoteValues.Separator, -1, new SeparatorMark()), Separator(FootnoteEndnoteValues.ContinuationSeparator, 0, new ContinuationSeparatorMark()));
    }

    public Footnotes Footnotes { get; }

    /// <summary>How many Word footnotes the document has.</summary>
    public int Count => anchors.Count;

    /// <summary>
    /// A reference to note <paramref name="number"/> in text of the given revision: the real
    /// footnote (created now, its text filled by <paramref name="writeContent"/>) or a repeat;
    /// null when the draft has no such note.
    /// </summary>
    public FootnoteUse? Use(int number, RevisionKind revision, Action<Paragraph, IReadOnlyList<InlinePiece>> writeContent)
    {
        var kind = AnchorKind(number, revision);
        if (!anchors.TryGetValue((number, kind), out var anchor))
        {
            return null;
        }

        var real = kind == revision && !anchor.Written;
        if (real)
        {
            anchor.Written = true;
            var paragraph = new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.FootnoteText }),
                new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReferenceMark()),
                new Run(new TabChar()));
            writeContent(paragraph, content(number, kind) ?? []);
            Footnotes.Append(new Footnote(paragraph) { Id = anchor.WordId });
        }

        return new FootnoteUse(anchor.WordId, anchor.Rank, anchor.BookmarkName, anchor.BookmarkId, real);
    }

    private readonly Dictionary<string, int> starIds = [];
    private readonly HashSet<int> starsWritten = [];

    /// <summary>
    /// The Word id of a note printed with its own symbol (customMarkFollows), written once: the
    /// "on behalf of" note of the sponsors line. They take ids 1..S in the order they are referred to (the numbered notes follow), as LibreOffice expects.
    /// </summary>
    public int Star(string symbol, string text, Action<Paragraph, IReadOnlyList<InlinePiece>> writeContent)
    {
        var key = symbol + "\n" + text;
        if (!starIds.TryGetValue(key, out var id))
        {
            id = anchors.Count + starIds.Count + 1; // a mark the constructor did not see: after every other note
            starIds[key] = id;
        }

        if (!starsWritten.Add(id))
        {
            return id;
        }

        var paragraph = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.FootnoteText }),
            new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new Text(symbol)),
            new Run(new TabChar()));
        writeContent(paragraph, [new InlinePiece(text)]);
        Footnotes.Append(new Footnote(paragraph) { Id = id });
        return id;
    }

    private RevisionKind AnchorKind(int number, RevisionKind revision) =>
        inUnchangedText.Contains(number) ? RevisionKind.None : revision;

    private static Footnote Separator(FootnoteEndnoteValues type, int id, DocumentFormat.OpenXml.OpenXmlElement mark) =>
        new(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(mark)))
        {
            Type = type,
            Id = id,
        };

    private sealed class Anchor(int rank, string bookmarkName, int bookmarkId)
    {
        /// <summary>The printed number: the rank of the real reference among the numbered notes.</summary>
        public int Rank { get; } = rank;

        /// <summary>How many star notes take the ids before the numbered ones.</summary>
        public int Offset { get; init; }

        public int WordId => Rank + Offset;

        public string BookmarkName { get; } = bookmarkName;

        public int BookmarkId { get; } = bookmarkId;

        public bool Written { get; set; }
    }
}
