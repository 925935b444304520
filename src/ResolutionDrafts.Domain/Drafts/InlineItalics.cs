using System.Text;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// The inline marks of a text: italics, written <c>{i}</c> … <c>{/i}</c> in the draft format (ADR 0015), and raised
/// (superscript) letters and figures that are not footnote references, <c>{sup}</c> … <c>{/sup}</c> (ADR 0035: a table's
/// note letter, "Conversion{sup}a{/sup}"). Each pair reads on its own, and reading is total, so every text has one
/// reading whatever concurrent typing made of it: an opening mark starts its style unless it is on, a closing mark
/// ends it if it is on, any other mark does nothing, and a style left open runs to the end.
/// </summary>
public static class InlineItalics
{
    public const string Open = "{i}";
    public const string Close = "{/i}";
    public const string RaisedOpen = "{sup}";
    public const string RaisedClose = "{/sup}";

    // The longest mark, so a search for a mark around a place looks back far enough.
    private const int LongestMark = 6;

    /// <summary>
    /// A stretch of text between marks, italic or not, raised or not; <see cref="Start"/> is where it starts in the text
    /// with marks. <see cref="Text"/> holds the characters as typed ("a" of a raised "a").
    /// </summary>
    public readonly record struct Run(int Start, string Text, bool Italic, bool Raised = false)
    {
        /// <summary>The run as a reader sees it without type: a raised run in the raised characters Unicode has (ᵃ, ¹).</summary>
        public string Shown => Raised ? RaisedCharacters.Raise(Text) : Text;
    }

    /// <summary>Whether a text has any inline mark (a quick test before the work).</summary>
    public static bool HasMarks(string text) => text.Contains('{', StringComparison.Ordinal) &&
        (text.Contains(Open, StringComparison.Ordinal) || text.Contains(Close, StringComparison.Ordinal) ||
         text.Contains(RaisedOpen, StringComparison.Ordinal) || text.Contains(RaisedClose, StringComparison.Ordinal));

    /// <summary>Whether a text has a raised mark.</summary>
    public static bool HasRaised(string text) => text.Contains(RaisedOpen, StringComparison.Ordinal);

    /// <summary>
    /// The text in runs between marks, the marks left out, each run plain or italic; empty runs are
    /// left out. Neighbouring runs may have the same style (a mark that did nothing was between them).
    /// </summary>
    public static IReadOnlyList<Run> Runs(string text)
    {
        var runs = new List<Run>();
        if (!HasMarks(text))
        {
            if (text.Length > 0)
            {
                runs.Add(new Run(0, text, false));
            }

            return runs;
        }

        var (italic, raised) = (false, false);
        var at = 0;
        var i = 0;
        while (i < text.Length)
        {
            var mark = MarkAt(text, i);
            if (mark == Mark.None)
            {
                i++;
                continue;
            }

            if (i > at)
            {
                runs.Add(new Run(at, text[at..i], italic, raised));
            }

            (italic, raised) = Turn(mark, italic, raised);
            i += LengthOf(mark);
            at = i;
        }

        if (at < text.Length)
        {
            runs.Add(new Run(at, text[at..], italic, raised));
        }

        return runs;
    }

    /// <summary>
    /// The text without its marks, as a reader sees it (footnote references stay): a raised run in the raised
    /// characters Unicode has ("Conversion{sup}a{/sup}" is "Conversionᵃ"), each character standing for one.
    /// </summary>
    public static string Strip(string text) => HasMarks(text) ? string.Concat(Runs(text).Select(r => r.Shown)) : text;

    /// <summary>
    /// The text as plain characters that say all a reader sees of it, for a wording that quotes it (ADR 0035 amendment 1):
    /// as <see cref="Strip"/>, but a raised run holding a letter or figure Unicode cannot raise (q, C, F, Q, S, X, Y, Z …)
    /// is written as typed between the raised parentheses the editors show a raised run with ("Posts{sup}Q{/sup}" is
    /// "Posts⁽Q⁾", where <see cref="Strip"/> gives "PostsQ" and loses the raising). Not one character for one: for quoting
    /// only, never for positions.
    /// </summary>
    public static string Quoted(string text) =>
        HasRaised(text) ? string.Concat(Runs(text).Select(r => r.Raised && !RaisedCharacters.CanRaise(r.Text) ? RaisedShownOpen + r.Text + RaisedShownClose : r.Shown)) : Strip(text);

    /// <summary>The raised parentheses a raised run Unicode cannot raise is quoted between (<see cref="Quoted"/>), as the editors show raised marks.</summary>
    public const char RaisedShownOpen = '⁽';

    /// <summary>See <see cref="RaisedShownOpen"/>.</summary>
    public const char RaisedShownClose = '⁾';

    /// <summary>
    /// The letters <see cref="Quoted"/> wrote between the raised parentheses at <paramref name="at"/> ("⁽Q⁾" gives "Q"), and
    /// how many characters the quoted form takes; null when no such form starts there (nothing between, or a space inside).
    /// </summary>
    public static (string Letters, int Length)? QuotedRaisedAt(string text, int at)
    {
        if (at >= text.Length || text[at] != RaisedShownOpen)
        {
            return null;
        }

        var close = text.IndexOf(RaisedShownClose, at + 1);
        return close > at + 1 && !text.AsSpan(at + 1, close - at - 1).ContainsAny(" \t\n\u00A0") ? (text[(at + 1)..close], close - at + 1) : null;
    }

    /// <summary>The text without its marks, its characters as typed ("Conversion{sup}a{/sup}" is "Conversiona").</summary>
    public static string Letters(string text) => HasMarks(text) ? string.Concat(Runs(text).Select(r => r.Text)) : text;

    /// <summary>
    /// The text with its italics written the one way: marks that do nothing and empty italics left
    /// out, neighbouring italics joined, italics left open closed at the end. Same reading as the input.
    /// </summary>
    public static string Normalise(string text)
    {
        if (!HasMarks(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var run in Merge(Runs(text)))
        {
            // A raised run inside italics: the italics hold it ("{i}{sup}a{/sup}{/i}"), so each pair nests in the other.
            builder.Append(run.Italic ? Open : "").Append(run.Raised ? RaisedOpen : "").Append(run.Text)
                .Append(run.Raised ? RaisedClose : "").Append(run.Italic ? Close : "");
        }

        return builder.ToString();
    }

    /// <summary><paramref name="text"/> raised (nothing for an empty text).</summary>
    public static string Raise(string text) => text.Length == 0 ? text : RaisedOpen + text + RaisedClose;

    /// <summary><paramref name="text"/> in italics (nothing for an empty text).</summary>
    public static string Wrap(string text) => text.Length == 0 ? text : Open + text + Close;

    /// <summary>
    /// Whether italics are on at <paramref name="at"/>: after reading the marks that end at or
    /// before it (a text typed there would be italic).
    /// </summary>
    public static bool OnAt(string text, int at) => StyleAt(text, at).Italic;

    /// <summary>Whether a raised style is on at <paramref name="at"/>, as <see cref="OnAt"/> reads italics.</summary>
    public static bool RaisedAt(string text, int at) => StyleAt(text, at).Raised;

    private static (bool Italic, bool Raised) StyleAt(string text, int at)
    {
        if (!HasMarks(text))
        {
            return (false, false);
        }

        var (italic, raised) = (false, false);
        var i = 0;
        while (i < at)
        {
            var mark = MarkAt(text, i);
            var length = LengthOf(mark);
            if (mark != Mark.None && i + length <= at)
            {
                (italic, raised) = Turn(mark, italic, raised);
                i += length;
            }
            else
            {
                i++;
            }
        }

        return (italic, raised);
    }

    /// <summary>
    /// A piece of a text as a text of its own that reads with the italics it has in place:
    /// <paramref name="piece"/> stands at <paramref name="at"/> of <paramref name="text"/>, so it is
    /// opened in italics if they are on there, and whatever it leaves open is closed at its end.
    /// Pieces cut from one text (a paragraph cut into stretches) keep their italics when each is
    /// printed alone.
    /// </summary>
    public static string Carry(string text, int at, string piece) =>
        !HasMarks(text) && !HasMarks(piece) ? piece : Normalise((OnAt(text, at) ? Open : "") + (RaisedAt(text, at) ? RaisedOpen : "") + piece);

    /// <summary>Whether the character at <paramref name="index"/> of the text is italic (false on a mark).</summary>
    public static bool IsItalicAt(string text, int index)
    {
        foreach (var run in Runs(text))
        {
            if (index >= run.Start && index < run.Start + run.Text.Length)
            {
                return run.Italic;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="at"/> (a place between two characters) is inside a mark, which no cut may split.</summary>
    public static bool IsInsideMark(string text, int at)
    {
        for (var start = Math.Max(0, at - LongestMark + 1); start < at; start++)
        {
            var mark = MarkAt(text, start);
            if (mark != Mark.None && start + LengthOf(mark) > at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="index"/> belongs to a mark.</summary>
    public static bool IsMarkCharAt(string text, int index)
    {
        for (var start = Math.Max(0, index - LongestMark + 1); start <= index; start++)
        {
            var mark = MarkAt(text, start);
            if (mark != Mark.None && start + LengthOf(mark) > index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Each character of the text as read: null for a character of a mark, else its style (italic, raised).
    /// Two texts read the same where their characters and these styles agree.
    /// </summary>
    public static (bool Italic, bool Raised)?[] Reading(string text)
    {
        var flags = new (bool Italic, bool Raised)?[text.Length];
        foreach (var run in Runs(text))
        {
            for (var k = 0; k < run.Text.Length; k++)
            {
                flags[run.Start + k] = (run.Italic, run.Raised);
            }
        }

        return flags;
    }

    /// <summary>The length of the mark at <paramref name="index"/> (an opening or a closing one), or 0 where none starts.</summary>
    public static int MarkLengthAt(string text, int index) => LengthOf(MarkAt(text, index));

    private enum Mark
    {
        None,
        Open,
        Close,
        RaisedOpen,
        RaisedClose,
    }

    // A mark that does nothing still is a mark: it is left out of the runs.
    private static Mark MarkAt(string text, int i) =>
        i >= text.Length || text[i] != '{' ? Mark.None
        : string.CompareOrdinal(text, i, Open, 0, Open.Length) == 0 ? Mark.Open
        : string.CompareOrdinal(text, i, Close, 0, Close.Length) == 0 ? Mark.Close
        : string.CompareOrdinal(text, i, RaisedOpen, 0, RaisedOpen.Length) == 0 ? Mark.RaisedOpen
        : string.CompareOrdinal(text, i, RaisedClose, 0, RaisedClose.Length) == 0 ? Mark.RaisedClose
        : Mark.None;

    private static int LengthOf(Mark mark) => mark switch
    {
        Mark.Open => Open.Length,
        Mark.Close => Close.Length,
        Mark.RaisedOpen => RaisedOpen.Length,
        Mark.RaisedClose => RaisedClose.Length,
        _ => 0,
    };

    private static (bool Italic, bool Raised) Turn(Mark mark, bool italic, bool raised) => mark switch
    {
        Mark.Open => (true, raised),
        Mark.Close => (false, raised),
        Mark.RaisedOpen => (italic, true),
        Mark.RaisedClose => (italic, false),
        _ => (italic, raised),
    };

    private static List<Run> Merge(IReadOnlyList<Run> runs)
    {
        var merged = new List<Run>(runs.Count);
        foreach (var run in runs)
        {
            if (merged.Count > 0 && merged[^1].Italic == run.Italic && merged[^1].Raised == run.Raised)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }
}
