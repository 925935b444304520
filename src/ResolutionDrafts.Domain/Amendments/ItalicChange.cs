using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// A word edit that changes italics and no words (ADR 0015): the words it sets in italics and those
/// it sets in roman, each a stretch of the quoted words. Issued amendments name words, never marks,
/// so such a change is worded "italicize the words “Official Records of the General Assembly”" or
/// "remove the italics from the words “ibid.”", never as a replacement of words by the same words.
/// </summary>
internal sealed record ItalicChange(string Words, IReadOnlyList<string> Italicized, IReadOnlyList<string> Unitalicized)
{
    /// <summary>Whether the quoted words are all of the change's words (else each stretch is named within them).</summary>
    public bool Whole => Italicized.Concat(Unitalicized).Count() == 1 && Italicized.Concat(Unitalicized).Single() == Words;

    /// <summary>The change of italics an instruction makes, or null when it changes words (or is no word edit).</summary>
    public static ItalicChange? Of(AmendmentInstruction instruction)
    {
        if (!instruction.IsWordEdit || instruction.OldText is null || instruction.NewText is null)
        {
            return null;
        }

        var (was, now) = (Read(instruction.ItalicBefore, instruction.OldText), Read(instruction.ItalicBefore, instruction.NewText));
        if (!string.Equals(was.Text, now.Text, StringComparison.Ordinal))
        {
            return null;
        }

        var (italicized, unitalicized) = (Stretches(was, now, becomeItalic: true), Stretches(was, now, becomeItalic: false));
        return italicized.Count + unitalicized.Count == 0 ? null : new ItalicChange(was.Text.Trim(), italicized, unitalicized);
    }

    /// <summary>
    /// Whether old text[Start..End] becoming <see cref="WordSite.New"/> changes anything a reader sees:
    /// a word, or the italics of a character that is not a space.
    /// </summary>
    public static bool Visible(string oldText, WordSite site)
    {
        var before = InlineItalics.OnAt(oldText, site.Start);
        var (was, now) = (Read(before, oldText[site.Start..site.End]), Read(before, site.New));
        if (!string.Equals(was.Text, now.Text, StringComparison.Ordinal))
        {
            return true;
        }

        for (var k = 0; k < was.Text.Length; k++)
        {
            if (!char.IsWhiteSpace(was.Text[k]) && was.Italic[k] != now.Italic[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a piece without marks, and whether each character is italic, read with italics on or off before it.</summary>
    private static (string Text, bool[] Italic) Read(bool italicBefore, string piece)
    {
        var runs = InlineItalics.Runs((italicBefore ? InlineItalics.Open : "") + piece);
        var text = string.Concat(runs.Select(r => r.Shown));
        var italic = runs.SelectMany(r => Enumerable.Repeat(r.Italic, r.Text.Length)).ToArray();
        return (text, italic);
    }

    /// <summary>The stretches whose italics go on (or off), trimmed; spaces alone do not count.</summary>
    private static List<string> Stretches((string Text, bool[] Italic) was, (string Text, bool[] Italic) now, bool becomeItalic)
    {
        var stretches = new List<string>();
        var start = -1;
        for (var k = 0; k <= was.Text.Length; k++)
        {
            var turns = k < was.Text.Length && now.Italic[k] == becomeItalic && was.Italic[k] != becomeItalic;

            // A space between two words that turn is part of the stretch, whatever its own italics.
            var space = k < was.Text.Length && start >= 0 && char.IsWhiteSpace(was.Text[k]);
            if ((turns || space) && start < 0)
            {
                start = k;
            }
            else if (!turns && !space && start >= 0)
            {
                var words = was.Text[start..k].Trim();
                if (words.Length > 0)
                {
                    stretches.Add(words);
                }

                start = -1;
            }
        }

        return stretches;
    }
}
