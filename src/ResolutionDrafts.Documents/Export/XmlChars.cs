using System.Text;
using System.Xml;

namespace ResolutionDrafts.Documents.Export;

/// <summary>Keeps only what XML 1.0 can carry: drops control characters and lone surrogates.</summary>
internal static class XmlChars
{
    public static string Clean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!Valid(text, i, out var width))
            {
                return Rebuild(text);
            }

            i += width - 1;
        }

        return text;
    }

    private static string Rebuild(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Valid(text, i, out var width))
            {
                result.Append(text, i, width);
            }

            i += width - 1;
        }

        return result.ToString();
    }

    private static bool Valid(string text, int i, out int width)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return true;
        }

        width = 1;
        return XmlConvert.IsXmlChar(c);
    }
}
