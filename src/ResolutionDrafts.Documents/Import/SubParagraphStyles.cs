using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// The draft's numbering of sub-paragraphs (ADR 0036), found from the numbers the source printed (<see cref="ParsedNode.Number"/>)
/// for every importer alike: at each depth, the numbering every printed number fits at its place ("(2)" as the second item is
/// the "(1)" numbering's). The UN's where it fits, so every UN text keeps (a), (i), a., i. and stores nothing; where the
/// numbers of one level fit no one numbering, the one most of them fit is taken and the doubt is listed.
/// </summary>
internal static class SubParagraphStyles
{
    private static readonly string[] LevelNames = ["", "first", "second", "third", "fourth"];

    public static void Apply(ParsedDocument doc)
    {
        var votes = new Dictionary<NumberStyle, int>[DraftLimits.MaxSubParagraphDepth + 1];
        for (var d = 1; d < votes.Length; d++)
        {
            votes[d] = [];
        }

        var counted = new int[votes.Length];
        foreach (var paragraph in doc.Paragraphs)
        {
            Count(paragraph, 1, votes, counted);
        }

        var levels = new List<NumberStyle>();
        for (var d = 1; d < votes.Length; d++)
        {
            var fallback = SubParagraphNumbering.Default(d);
            if (counted[d] == 0)
            {
                // A level the text never opens takes the UN's, unless a level above took that numbering (a lettered text's
                // items "(i)", ADR 0038 amendment 1): then the UN's numbering that level left free, "(i)" then "(a)" as
                // ADR 0046's choice "(i), (a), a., i." — not two levels alike.
                levels.Add(levels.Contains(fallback)
                    ? Enumerable.Range(1, DraftLimits.MaxSubParagraphDepth).Select(SubParagraphNumbering.Default).FirstOrDefault(s => !levels.Contains(s), fallback)
                    : fallback);
                continue;
            }

            if (votes[d].Count <= 1)
            {
                // One numbering, or none that fits (numbers such as "(a bis)" or out of sequence fit none and say nothing).
                levels.Add(votes[d].Count == 0 ? fallback : votes[d].Keys.First());
                continue;
            }

            // Numbers of one level that fit two numberings (some "(1)", some "(a)"): the one most of them fit, and the doubt
            // said; ties go to the UN's.
            var most = votes[d].OrderByDescending(v => v.Value).ThenBy(v => v.Key == fallback ? 0 : 1).First().Key;
            levels.Add(most);
            // Each way quoted as the text prints it, "(i)" and "i)" (㈠ in Chinese), so a delegate can tell which lines to look at.
            var chinese = doc.Language == DraftLanguage.Chinese;
            var seen = string.Join("; ", votes[d].OrderByDescending(v => v.Value).Select(v => $"{AsPrinted(v.Key, chinese)} for {Items(v.Value)}"));
            doc.AddNumberingDoubt($"The {LevelNames[d]} level of sub-paragraphs is numbered in more than one way ({seen}): "
                + $"the draft numbers them all {AsPrinted(most, chinese)}; check their labels.");
        }

        var numbering = SubParagraphNumbering.Of(levels);
        // What the draft numbers beneath its operative paragraphs when it stores nothing (ADR 0038 amendment 2): "(i), (a)" under
        // letters, so a lettered text's "(i)" items store nothing, as a lettered draft typed in the app does.
        var beneath = SubParagraphNumbering.Beneath(OperativeNumbering.From(doc.Metadata));
        if (numbering.Text == beneath.Text)
        {
            return;
        }

        if (numbering.IsUn)
        {
            if (counted[1] > 0)
            {
                // "(a)" items under lettered paragraphs: a numbering that cannot be stored beneath letters (two levels alike).
                doc.AddNumberingDoubt($"The sub-paragraphs are lettered {AsPrinted(NumberStyle.ParenLetter, false)} under operative paragraphs "
                    + $"lettered too: the draft numbers them {AsPrinted(beneath.At(1), doc.Language == DraftLanguage.Chinese)}, as it numbers "
                    + "sub-paragraphs under lettered paragraphs; check their labels.");
            }

            return;
        }

        if (!SubParagraphNumbering.TryParse(numbering.Text, out _, out var problem))
        {
            doc.AddNumberingDoubt($"{problem} The draft numbers its sub-paragraphs as the UN does, (a), (i), a., i.");
            return;
        }

        doc.Metadata = doc.Metadata with { SubParagraphNumbering = numbering.Text };
    }

    /// <summary>A numbering's first two markers as a text in that language prints them, quoted: “(i)”, “(ii)” …; “㈠”, “㈡” ….</summary>
    private static string AsPrinted(NumberStyle style, bool chinese) =>
        $"“{SubParagraphNumbering.Printed(style, 1, chinese)}”, “{SubParagraphNumbering.Printed(style, 2, chinese)}” …";

    private static string Items(int n) => n == 1 ? "1 item" : $"{n} items";

    private static void Count(ParsedNode parent, int depth, Dictionary<NumberStyle, int>[] votes, int[] counted)
    {
        if (depth >= votes.Length)
        {
            return;
        }

        for (var i = 0; i < parent.Children.Count; i++)
        {
            var child = parent.Children[i];
            if (child.Number is { } number)
            {
                counted[depth]++;
                if (SubParagraphNumbering.StyleOf(number, i + 1) is { } style)
                {
                    votes[depth][style] = votes[depth].GetValueOrDefault(style) + 1;
                }
            }

            Count(child, depth + 1, votes, counted);
        }
    }
}
