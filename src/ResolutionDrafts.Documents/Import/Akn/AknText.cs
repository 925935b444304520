using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Akn;

/// <summary>
/// The text of AKN elements: inline markup flattened, whitespace collapsed, authorial notes turned
/// into <c>[^N]</c> with N their printed marker, and references to a note (noteRef) into the same;
/// italics inside the text (<c>&lt;i&gt;</c>, <c>&lt;span class="italic"&gt;</c>) into <c>{i}</c> … <c>{/i}</c>, and raised
/// letters (<c>&lt;sup&gt;</c> outside a note) into <c>{sup}</c> … <c>{/sup}</c>.
/// </summary>
internal sealed class AknText
{
    private readonly Dictionary<XElement, int> numbers = [];
    private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    private readonly bool chinese;

    public AknText(XElement document, string language)
    {
        Language = language;
        chinese = ResolutionDrafts.Domain.Drafts.DraftLanguage.IsChinese(language);
        var notes = document.Descendants().Where(e => e.Name.LocalName == "authorialNote").ToList();
        var markers = notes.Select(n => int.TryParse((string?)n.Attribute("marker"), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0).ToList();
        var printed = markers.TrueForAll(m => m > 0) && markers.Distinct().Count() == markers.Count;
        for (var i = 0; i < notes.Count; i++)
        {
            var number = printed ? markers[i] : i + 1;
            numbers[notes[i]] = number;
            if ((string?)notes[i].Attribute("eId") is { } id)
            {
                byId[id] = number;
            }
        }

        Notes = notes;
    }

    public IReadOnlyList<XElement> Notes { get; }

    public string Language { get; }

    public int NumberOf(XElement note) => numbers[note];

    /// <summary>The element's text with notes as references, without italics (a one-line field, a heading).</summary>
    public string Of(XElement? element, params string[] skip) => InlineItalics.Strip(ParagraphText(element, skip));

    /// <summary>The element's text with notes as references and its own italics as marks (a paragraph's text).</summary>
    public string ParagraphText(XElement? element, params string[] skip)
    {
        if (element is null)
        {
            return "";
        }

        var text = new StringBuilder();
        Append(element, text, skip);
        return Normalize(text.ToString());
    }

    /// <summary>The text of a note itself.</summary>
    public string NoteText(XElement note)
    {
        var text = new StringBuilder();
        foreach (var node in note.Nodes())
        {
            AppendNode(node, text, [], inNote: true);
        }

        return Normalize(text.ToString());
    }

    private void Append(XElement element, StringBuilder text, string[] skip)
    {
        foreach (var node in element.Nodes())
        {
            AppendNode(node, text, skip, inNote: false);
        }
    }

    private void AppendNode(XNode node, StringBuilder text, string[] skip, bool inNote)
    {
        switch (node)
        {
            case XText t:
                text.Append(t.Value);
                break;
            case XElement e when e.Name.LocalName == "authorialNote":
                if (!inNote)
                {
                    text.Append("[^").Append(numbers[e]).Append(']');
                }

                break;
            case XElement e when e.Name.LocalName == "noteRef":
                var href = ((string?)e.Attribute("href"))?.TrimStart('#');
                if (href is not null && byId.TryGetValue(href, out var number))
                {
                    text.Append("[^").Append(number).Append(']');
                }

                break;
            case XElement e when e.Name.LocalName is "num" or "heading" or "subheading" && IsQuoted(e):
                // A quoted text (an article or a rule as amended) prints its own numbers and headings: they are its words.
                text.Append(' ');
                foreach (var child in e.Nodes())
                {
                    AppendNode(child, text, skip, inNote);
                }

                text.Append(' ');
                break;
            case XElement e when e.Name.LocalName is "img" or "num" or "heading" || skip.Contains(e.Name.LocalName):
                break;
            case XElement e when IsItalic(e) && (inNote || !string.IsNullOrWhiteSpace(text.ToString())):
                // Italics inside the text (a publication's title, ibid., a Latin word) are kept as marks
                // (ADR 0015); italics at the very start of a paragraph are its opening phrase, which the
                // draft computes.
                text.Append(InlineItalics.Open);
                foreach (var child in e.Nodes())
                {
                    AppendNode(child, text, skip, inNote);
                }

                text.Append(InlineItalics.Close);
                break;
            case XElement e when e.Name.LocalName == "sup" && !inNote && NoteNumber(e.Value) is { } reference:
                // A raised figure that is a note's number stands where that note's reference stands (ADR 0032): some
                // Chinese files write a reference so (75/114 OP, 75/190), the English one as an authorialNote.
                text.Append("[^").Append(reference).Append(']');
                break;
            case XElement e when e.Name.LocalName == "sup" && (!inNote || e.Value.Any(char.IsLetter)) && !string.IsNullOrWhiteSpace(e.Value):
                // A raised letter or figure that is no note's number (a table's note letter, "Conversionᵃ"): a raised
                // mark (ADR 0035). Inside a note, a raised figure is the note's own number; a raised letter there is a
                // raised letter as anywhere else (amendment 1: a note citing "Posts marked ᵃ").
                text.Append(InlineItalics.RaisedOpen);
                foreach (var child in e.Nodes())
                {
                    AppendNode(child, text, skip, inNote);
                }

                text.Append(InlineItalics.RaisedClose);
                break;
            case XElement e when e.Name.LocalName is "eol" or "br" or "p":
                text.Append(' ');
                foreach (var child in e.Nodes())
                {
                    AppendNode(child, text, skip, inNote);
                }

                text.Append(' ');
                break;
            case XElement e:
                foreach (var child in e.Nodes())
                {
                    AppendNode(child, text, skip, inNote);
                }

                break;
        }
    }

    /// <summary>The number of a note of the document that <paramref name="value"/> (a raised figure) prints, or null.</summary>
    private int? NoteNumber(string value) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && numbers.ContainsValue(n) ? n : null;

    private static bool IsQuoted(XElement element) =>
        element.Ancestors().Any(a => a.Name.LocalName is "quotedStructure" or "embeddedStructure");

    private string Normalize(string raw)
    {
        var text = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            var space = char.IsWhiteSpace(c) || TextChars.IsSpace(c);
            if (space)
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                text.Append(c);
            }
        }

        var result = text.ToString().Trim();
        return InlineItalics.Normalise(chinese ? TightenChinese(result) : result);
    }

    private static bool IsItalic(XElement e) =>
        e.Name.LocalName == "i" ||
        (e.Name.LocalName is "span" or "inline" && ((string?)e.Attribute("class"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("italic") == true);

    /// <summary>Chinese has no spaces between characters; the markup's line breaks and indents left some.</summary>
    private static string TightenChinese(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && result.Length > 0 && i + 1 < text.Length)
            {
                var before = result[^1];
                var after = text[i + 1];
                var cjkBefore = TextChars.IsCjkOrPunctuation(before) || before == ']';
                var cjkAfter = TextChars.IsCjkOrPunctuation(after);
                if ((cjkBefore && cjkAfter) || (TextChars.IsCjkPunctuation(before) && after != '[') || (cjkAfter && TextChars.IsCjkPunctuation(after)))
                {
                    continue;
                }
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }
}
