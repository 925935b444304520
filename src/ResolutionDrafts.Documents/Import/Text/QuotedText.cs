namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Whether a line or paragraph opening with a quotation mark is quoted text (a rule "to read as follows:",
/// a quoted paragraph), which is never a heading. Not when the quotation closes inside it and words follow:
/// "“空间2030”议程：空间作为可持续发展的驱动因素" (76/3, the title of the declaration adopted) names something quoted.
/// </summary>
internal static class QuotedText
{
    public static bool Opens(string text)
    {
        if (text.Length == 0 || text[0] is not ('“' or '"' or '‘' or '「'))
        {
            return false;
        }

        var close = text[0] switch { '“' => '”', '‘' => '’', '「' => '」', _ => '"' };
        var end = text.IndexOf(close, 1);
        return end < 0 || !text.AsSpan(end + 1).ContainsAnyExcept(" ,.;:，。；：、0123456789\u00a0");
    }

    /// <summary>A line that ends a quotation: its closing mark, then at most punctuation and a footnote number ("…”;", "…”。").</summary>
    public static bool Closes(string text)
    {
        var end = text.TrimEnd().TrimEnd("0123456789".ToCharArray()).TrimEnd(';', '.', ',', ':', '；', '。', '，', '：', ' ');
        return end.EndsWith('”') || end.EndsWith('」');
    }
}
