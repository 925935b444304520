using System.Text;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Akn;

/// <summary>
/// A <c>quotedStructure</c> or <c>embeddedStructure</c> read as the quotation's lines (ADR 0028): each
/// heading and each block of text is a line, a number ("1.", "(a)", "Rule 5") opens the line that
/// follows it, and the quotation marks (the element's <c>startQuote</c>/<c>endQuote</c>, when the text
/// does not print them itself) open the first line and close the last.
/// </summary>
internal static class AknQuotation
{
    private static readonly HashSet<string> Blocks = ["p", "heading", "subheading", "subtitle", "tblock", "block", "crossHeading", "intro", "wrapUp", "content"];

    public static List<StringBuilder> Lines(XElement quoted, AknText text)
    {
        var chinese = DraftLanguage.IsChinese(text.Language);
        var lines = new List<StringBuilder>();
        var number = new StringBuilder();
        Read(quoted, text, lines, number, chinese);
        if (number.Length > 0)
        {
            lines.Add(number);
        }

        lines.RemoveAll(l => l.ToString().Trim().Length == 0);
        if (lines.Count > 0)
        {
            var open = (string?)quoted.Attribute("startQuote");
            var close = (string?)quoted.Attribute("endQuote");
            if (!string.IsNullOrEmpty(open) && !lines[0].ToString().StartsWith(open, StringComparison.Ordinal))
            {
                lines[0].Insert(0, open);
            }

            if (!string.IsNullOrEmpty(close) && !lines[^1].ToString().TrimEnd().EndsWith(close, StringComparison.Ordinal))
            {
                lines[^1].Append(close);
            }
        }

        return lines;
    }

    /// <summary>
    /// Reads a paragraph's content whose text holds a quotation (<c>&lt;p&gt;… as follows: &lt;mod&gt;&lt;quotedStructure&gt;</c>):
    /// the words outside it are the node's, the quotation its lines. False when there is none.
    /// </summary>
    public static bool ReadInside(XElement content, ParsedNode node, AknText text)
    {
        var quotes = content.Descendants()
            .Where(e => e.Name.LocalName is "quotedStructure" or "embeddedStructure"
                        && !e.Ancestors().TakeWhile(a => a != content).Any(a => a.Name.LocalName is "quotedStructure" or "embeddedStructure"))
            .ToList();
        if (quotes.Count == 0)
        {
            return false;
        }

        LineJoiner.Append(node.Text, text.ParagraphText(content, "quotedStructure", "embeddedStructure"), DraftLanguage.IsChinese(text.Language));
        foreach (var quote in quotes)
        {
            node.Quotation.AddRange(Lines(quote, text));
        }

        return true;
    }

    private static void Read(XElement element, AknText text, List<StringBuilder> lines, StringBuilder number, bool chinese)
    {
        if (element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            Line(text.ParagraphText(element), lines, number, chinese);
            return;
        }

        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            if (name == "num")
            {
                LineJoiner.Append(number, text.Of(child), chinese);
            }
            else if (name == "authorialNote")
            {
                continue;
            }
            else if (name is "heading" or "subheading" && number.Length > 0)
            {
                // "Article 5" above its heading "Officers", each on its own line, as printed.
                lines.Add(new StringBuilder(number.ToString()));
                number.Clear();
                Line(text.ParagraphText(child), lines, number, chinese);
            }
            else if (Blocks.Contains(name) && !child.Elements().Any(e => e.Name.LocalName is "p" or "list" or "blockList" or "point" or "paragraph"))
            {
                Line(text.ParagraphText(child), lines, number, chinese);
            }
            else
            {
                Read(child, text, lines, number, chinese);
            }
        }
    }

    private static void Line(string words, List<StringBuilder> lines, StringBuilder number, bool chinese)
    {
        var line = new StringBuilder();
        if (number.Length > 0)
        {
            line.Append(number);
            number.Clear();
        }

        LineJoiner.Append(line, words, chinese);
        lines.Add(line);
    }
}
