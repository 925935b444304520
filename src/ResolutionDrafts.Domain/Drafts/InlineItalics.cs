using System.Text;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// Inline italics inside a text, written <c>{i}</c> … <c>{/i}</c> in the draft format (ADR 0015).
/// Reading is total, so every text has one reading whatever concurrent typing made of it: an
/// opening mark starts italics unless they are on, a closing mark ends them if they are on, any
/// other mark does nothing, and italics left open run to the end.
/// </summary>
public static class InlineItalics
{
    public const string Open = "{i}";
    public const string Close = "{/i}";

    /// <summary>A stretch of text between marks, italic or not; <see cref="Start"/> is where it starts in the text with marks.</summary>
    public readonly record struct Run(int Start, string Text, bool Italic);

    /// <summary>Whether a text has any italic mark (a quick test before the work).</summary>
    public static bool HasMarks(string text) => text.Contains('{', StringComparison.Ordinal) &&
        (text.Contains(Open, StringComparison.Ordinal) || text.Contains(Close, StringComparison.Ordinal));

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

        var italic = false;
        var at = 0;
        var i = 0;
        while (i < text.Length)
        {
            var mark = MarkAt(text, i);
            if (mark == 0)
            {
                i++;
                continue;
            }

            if (i > at)
            {
                runs.Add(new Run(at, text[at..i], italic));
            }

            italic = mark > 0;
            i += mark > 0 ? Open.Length : Close.Length;
            at = i;
        }

        if (at < text.Length)
        {
            runs.Add(new Run(at, text[at..], italic));
        }

        return runs;
    }

    /// <summary>The text without its italic marks (footnote references stay).</summary>
    public static string Strip(string text) => HasMarks(text) ? string.Concat(Runs(text).Select(r => r.Text)) : text;

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
            builder.Append(run.Italic ? Open + run.Text + Close : run.Text);
        }

        return builder.ToString();
    }

    /// <summary><paramref name="text"/> in italics (nothing for an empty text).</summary>
    public static string Wrap(string text) => text.Length == 0 ? text : Open + text + Close;

    /// <summary>
    /// Whether italics are on at <paramref name="at"/>: after reading the marks that end at or
    /// before it (a text typed there would be italic).
    /// </summary>
    public static bool OnAt(string text, int at)
    {
        if (!HasMarks(text))
        {
            return false;
        }

        var italic = false;
        var i = 0;
        while (i < at)
        {
            var mark = MarkAt(text, i);
            var length = mark > 0 ? Open.Length : Close.Length;
            if (mark != 0 && i + length <= at)
            {
                italic = mark > 0;
                i += length;
            }
            else
            {
                i++;
            }
        }

        return italic;
    }

    /// <summary>
    /// A piece of a text as a text of its own that reads with the italics it has in place:
    /// <paramref name="piece"/> stands at <paramref name="at"/> of <paramref name="text"/>, so it is
    /// opened in italics if they are on there, and whatever it leaves open is closed at its end.
    /// Pieces cut from one text (a paragraph cut into stretches) keep their italics when each is
    /// printed alone.
    /// </summary>
    public static string Carry(string text, int at, string piece) =>
        !HasMarks(text) && !HasMarks(piece) ? piece : Normalise((OnAt(text, at) ? Open : "") + piece);

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
        for (var start = Math.Max(0, at - Close.Length + 1); start < at; start++)
        {
            var mark = MarkAt(text, start);
            if (mark != 0 && start + (mark > 0 ? Open.Length : Close.Length) > at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="index"/> belongs to a mark.</summary>
    public static bool IsMarkCharAt(string text, int index)
    {
        for (var start = Math.Max(0, index - Close.Length + 1); start <= index; start++)
        {
            var mark = MarkAt(text, start);
            if (mark != 0 && start + (mark > 0 ? Open.Length : Close.Length) > index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Each character of the text as read: null for a character of a mark, else whether it is
    /// italic. Two texts read the same where their characters and these flags agree.
    /// </summary>
    public static bool?[] Reading(string text)
    {
        var flags = new bool?[text.Length];
        foreach (var run in Runs(text))
        {
            for (var k = 0; k < run.Text.Length; k++)
            {
                flags[run.Start + k] = run.Italic;
            }
        }

        return flags;
    }

    /// <summary>The length of the mark at <paramref name="index"/> (an opening or a closing one), or 0 where none starts.</summary>
    public static int MarkLengthAt(string text, int index) => MarkAt(text, index) switch
    {
        > 0 => Open.Length,
        < 0 => Close.Length,
        _ => 0,
    };

    // +1 an opening mark at i, -1 a closing mark, 0 none. A mark that does nothing still is a mark:
    // it is left out of the runs.
    private static int MarkAt(string text, int i) =>
        string.CompareOrdinal(text, i, Open, 0, Open.Length) == 0 ? 1
        : string.CompareOrdinal(text, i, Close, 0, Close.Length) == 0 ? -1
        : 0;

    private static List<Run> Merge(IReadOnlyList<Run> runs)
    {
        var merged = new List<Run>(runs.Count);
        foreach (var run in runs)
        {
            if (merged.Count > 0 && merged[^1].Italic == run.Italic)
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
