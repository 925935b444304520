using System.Text;

namespace ResolutionDrafts.Documents.Markup;

/// <summary>
/// A paragraph of the marked-up file with some of its changes accepted: its text, and how many
/// characters of each paragraph of the base text (all changes rejected) it holds, so a view's
/// paragraph can be traced to the base paragraph it comes from.
/// </summary>
internal sealed record ViewParagraph(string Text, IReadOnlyDictionary<int, int> BaseCharacters, int FirstMarkupParagraph, int LastMarkupParagraph)
{
    /// <summary>The base paragraph most of whose text this paragraph holds, or null for a paragraph that is new.</summary>
    public int? Source => BaseCharacters.Count == 0 ? null : BaseCharacters.MaxBy(p => p.Value).Key;
}

/// <summary>
/// The texts a marked-up file can be read as, as Word's "Accept"/"Reject" gives them: a change
/// accepted keeps an insertion and drops a deletion; a paragraph whose mark is removed is joined to
/// the next one.
/// </summary>
internal static class MarkupViews
{
    /// <summary>Word's Reject All: the text the changes were made to.</summary>
    public static IReadOnlyList<ViewParagraph> Base(MarkupDocument document) => View(document, _ => false);

    /// <summary>Word's Accept All.</summary>
    public static IReadOnlyList<ViewParagraph> AcceptAll(MarkupDocument document) => View(document, _ => true);

    /// <summary>The base text with only one author's changes accepted.</summary>
    public static IReadOnlyList<ViewParagraph> Of(MarkupDocument document, string author) =>
        View(document, r => r.Author == author);

    /// <summary>Index of the base paragraph each markup paragraph belongs to.</summary>
    public static int[] BaseIndexes(MarkupDocument document)
    {
        var result = new int[document.Paragraphs.Count];
        var index = 0;
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = index;
            if (!(document.Paragraphs[i].Mark is { Kind: MarkupRevisionKind.Inserted } && i < result.Length - 1))
            {
                index++;
            }
        }

        return result;
    }

    public static IReadOnlyList<ViewParagraph> View(MarkupDocument document, Func<MarkupRevision, bool> accept)
    {
        var baseIndexes = BaseIndexes(document);
        var result = new List<ViewParagraph>();
        var text = new StringBuilder();
        var counts = new Dictionary<int, int>();
        var first = -1;
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var paragraph = document.Paragraphs[i];
            first = first < 0 ? i : first;
            foreach (var piece in paragraph.Pieces)
            {
                var inBase = piece.Revision is null or { Kind: MarkupRevisionKind.Deleted };
                if (!Included(piece.Revision, accept))
                {
                    continue;
                }

                text.Append(piece.Text);
                if (inBase)
                {
                    var letters = piece.Text.Count(c => !char.IsWhiteSpace(c));
                    if (letters > 0)
                    {
                        counts[baseIndexes[i]] = counts.GetValueOrDefault(baseIndexes[i]) + letters;
                    }
                }
            }

            var ends = Included(paragraph.Mark, accept) || i == document.Paragraphs.Count - 1;
            if (ends)
            {
                result.Add(new ViewParagraph(text.ToString(), counts, first, i));
                text.Clear();
                counts = [];
                first = -1;
            }
        }

        return result;
    }

    private static bool Included(MarkupRevision? revision, Func<MarkupRevision, bool> accept) => revision switch
    {
        null => true,
        { Kind: MarkupRevisionKind.Inserted } => accept(revision),
        _ => !accept(revision),
    };
}
