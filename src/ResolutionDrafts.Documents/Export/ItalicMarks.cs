using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// The inline italics of a text (<c>{i}</c> … <c>{/i}</c>, ADR 0015) as one character each while a
/// text is printed, as <see cref="FootnoteMarks"/> does for references: a diff segment or a line
/// split then never cuts a mark in half, and the italics of a stretch are read from the whole line.
/// The raised marks (<c>{sup}</c> … <c>{/sup}</c>, ADR 0035) are encoded alike. The four are Unicode noncharacters,
/// which no document text carries.
/// </summary>
internal static class ItalicMarks
{
    public const char On = '\uFDD0';
    public const char Off = '\uFDD1';
    public const char RaisedOn = '\uFDD2';
    public const char RaisedOff = '\uFDD3';

    public static bool IsMark(char c) => c is On or Off or RaisedOn or RaisedOff;

    public static string Encode(string text) => InlineItalics.HasMarks(text)
        ? text.Replace(InlineItalics.Open, On.ToString(), StringComparison.Ordinal).Replace(InlineItalics.Close, Off.ToString(), StringComparison.Ordinal)
            .Replace(InlineItalics.RaisedOpen, RaisedOn.ToString(), StringComparison.Ordinal).Replace(InlineItalics.RaisedClose, RaisedOff.ToString(), StringComparison.Ordinal)
        : text;

    public static string Decode(string text) => text.AsSpan().IndexOfAny(On, Off, RaisedOn) >= 0 || text.Contains(RaisedOff, StringComparison.Ordinal)
        ? text.Replace(On.ToString(), InlineItalics.Open, StringComparison.Ordinal).Replace(Off.ToString(), InlineItalics.Close, StringComparison.Ordinal)
            .Replace(RaisedOn.ToString(), InlineItalics.RaisedOpen, StringComparison.Ordinal).Replace(RaisedOff.ToString(), InlineItalics.RaisedClose, StringComparison.Ordinal)
        : text;

    /// <summary>Whether the text's raised marks are on just before <paramref name="index"/>.</summary>
    public static bool RaisedBefore(string text, int index)
    {
        var on = false;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == RaisedOn)
            {
                on = true;
            }
            else if (text[i] == RaisedOff)
            {
                on = false;
            }
        }

        return on;
    }

    /// <summary>Whether the text's own italics are on just before <paramref name="index"/> (read as <see cref="InlineItalics"/> reads them).</summary>
    public static bool OnBefore(string text, int index)
    {
        var on = false;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == On)
            {
                on = true;
            }
            else if (text[i] == Off)
            {
                on = false;
            }
        }

        return on;
    }
}
