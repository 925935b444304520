namespace ResolutionDrafts.Domain.Drafts;

/// <summary>The quotation a paragraph or sub-paragraph holds after its own text (ADR 0028).</summary>
public abstract partial class ParagraphNode
{
    private protected readonly List<QuotedLine> quotation = [];

    /// <summary>The quoted lines printed under this node's text, in order; empty when it quotes nothing.</summary>
    public IReadOnlyList<QuotedLine> Quotation => quotation;

    internal List<QuotedLine> MutableQuotation => quotation;

    /// <summary>
    /// Whether the text leads in to what follows it ("… to read as follows:" / "……如下："), italics and footnote
    /// references aside: where a quotation would go.
    /// </summary>
    public bool LeadsIn =>
        FootnoteReferences.Pattern().Replace(InlineItalics.Strip(Text), "").TrimEnd() is var text && (text.EndsWith(':') || text.EndsWith('：'));

    /// <summary>
    /// <paramref name="text"/> made to lead in, as a quotation proposed under a node that does not yet needs it (ADR 0028
    /// amendment 4): its closing "." / "," / ";" (。，；) becomes ":" (：), or ":" is added after its last word ("… as
    /// follows" → "… as follows:"); a footnote reference or an italics mark at the end stays after it. A text that already
    /// leads in comes back unchanged.
    /// </summary>
    public static string AsLeadIn(string text, string language)
    {
        var stripped = FootnoteReferences.Pattern().Replace(InlineItalics.Strip(text), "").TrimEnd();
        if (stripped.EndsWith(':') || stripped.EndsWith('：'))
        {
            return text;
        }

        // The visible end: before the trailing spaces, footnote references and italics marks.
        var end = TrailingMarks().Match(text).Index;
        var colon = DraftLanguage.IsChinese(language) ? "：" : ":";
        var closing = end > 0 && ".,;。，；．".Contains(text[end - 1]);
        if (closing)
        {
            return text[..(end - 1)] + colon + text[end..];
        }

        // An added colon stands after the italics closing on the last word, as punctuation after italics prints roman.
        var at = end;
        while (text.AsSpan(at).StartsWith(InlineItalics.Close) || text.AsSpan(at).StartsWith(InlineItalics.RaisedClose))
        {
            at += text.AsSpan(at).StartsWith(InlineItalics.Close) ? InlineItalics.Close.Length : InlineItalics.RaisedClose.Length;
        }

        return text[..at] + colon + text[at..];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\s|\[\^\d{1,4}\]|\{/?i\}|\{/?sup\})*\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TrailingMarks();

    /// <summary>The ids of every node under this one: its sub-paragraphs and the quoted lines of it and of them.</summary>
    public IEnumerable<string> IdsUnder()
    {
        foreach (var line in quotation)
        {
            yield return line.Id;
        }

        foreach (var sub in Descendants())
        {
            yield return sub.Id;
            foreach (var line in sub.Quotation)
            {
                yield return line.Id;
            }
        }
    }
}
