using System.Text;

namespace ResolutionDrafts.Documents.Import;

/// <summary>Tells the format of a file from its first bytes.</summary>
internal static class FormatDetector
{
    public static bool IsZip(ReadOnlySpan<byte> data) => data.Length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;

    public static bool IsPdf(ReadOnlySpan<byte> data) => data.StartsWith("%PDF"u8);

    /// <summary>The format, or null when the file is none the importer reads.</summary>
    public static ImportFormat? Detect(byte[] data, string? text)
    {
        if (IsZip(data))
        {
            return ImportFormat.Docx;
        }

        if (text is null)
        {
            return null;
        }

        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        return head.StartsWith("<", StringComparison.Ordinal) && head.Contains("akomaNtoso", StringComparison.Ordinal)
            ? ImportFormat.Akn
            : ImportFormat.Text;
    }

    /// <summary>
    /// The text of the file when it is UTF-8 (or UTF-16 with a byte order mark) and has no binary
    /// control characters; otherwise null.
    /// </summary>
    public static string? DecodeText(byte[] data)
    {
        string text;
        try
        {
            if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE)
            {
                text = new UnicodeEncoding(false, false, true).GetString(data, 2, data.Length - 2);
            }
            else if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF)
            {
                text = new UnicodeEncoding(true, false, true).GetString(data, 2, data.Length - 2);
            }
            else
            {
                var skip = data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;
                text = new UTF8Encoding(false, true).GetString(data, skip, data.Length - skip);
            }
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control > text.Length / 200 + 2 ? null : text;
    }
}
