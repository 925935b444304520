namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// One line of a quotation held by a paragraph or sub-paragraph (a rule or an article "to read as
/// follows:", ADR 0028): its own id and text, so live edits, italics and footnote marks work on it as
/// on any paragraph's text. Its number or heading ("1.", "(a)", "Article 5") are its words; it never
/// has sub-paragraphs of its own, and the draft's numbering never counts it.
/// </summary>
public sealed class QuotedLine : ParagraphNode
{
    internal QuotedLine(string id, string text)
        : base(id, text)
    {
    }
}
