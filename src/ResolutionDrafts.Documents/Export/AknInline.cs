using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Export.AknNames;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Writes paragraph text as AKN inline content: the italic opening phrase as
/// <c>&lt;span class="italic"&gt;</c>, each footnote as an <c>authorialNote</c> at its first
/// reference (numbered in order of first reference, as printed), later references to the same
/// note as <c>noteRef</c> to it; the text's own italics as <c>&lt;i&gt;</c>, its raised letters as <c>&lt;sup&gt;</c>.
/// </summary>
internal sealed partial class AknInline(Draft draft)
{
    private readonly Dictionary<int, string> texts = draft.Footnotes.ToDictionary(f => f.Number, f => f.Text);
    private readonly Dictionary<int, (int Marker, string EId)> written = [];

    [GeneratedRegex(@"\[\^([0-9]{1,9})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>A <c>&lt;p&gt;</c> holding the text, its first <paramref name="italic"/> characters in italics.</summary>
    public XElement P(string text, int italic, string? cssClass = null)
    {
        // As in the UN's files: xml:space="preserve" and a leading tab, which also keeps an indenting writer out of the text.
        var p = new XElement(N("p"), new XAttribute(XNamespace.Xml + "space", "preserve"));
        if (cssClass is not null)
        {
            p.SetAttributeValue("class", cssClass);
        }

        p.Add("\t");

        // The opening phrase as the UN's files write it; the text's own italics (ADR 0015) as AKN's <i>.
        foreach (var run in InlineItalics.Runs(text))
        {
            var (start, end) = (run.Start, run.Start + run.Text.Length);
            var split = Math.Clamp(italic, start, end);
            if (split > start)
            {
                var span = new XElement(N("span"), new XAttribute("class", "italic"));
                AddRaised(span, text[start..split], run.Raised);
                p.Add(span);
            }

            if (end > split)
            {
                var target = run.Italic ? new XElement(N("i")) : p;
                AddRaised(target, text[split..end], run.Raised);
                if (run.Italic)
                {
                    p.Add(target);
                }
            }
        }

        return p;
    }

    /// <summary>
    /// A one-line text (a part's title) into <paramref name="parent"/>, its footnote references as
    /// notes numbered with the paragraphs' in reading order.
    /// </summary>
    public XElement Line(XElement parent, string text)
    {
        AddWithNotes(parent, InlineItalics.Strip(text));
        return parent;
    }

    /// <summary>A footnote's text, its own italics as <c>&lt;i&gt;</c>.</summary>
    private static XElement NoteP(string note)
    {
        var p = new XElement(N("p"), new XAttribute(XNamespace.Xml + "space", "preserve"), "\t");
        foreach (var run in InlineItalics.Runs(note))
        {
            object content = run.Raised ? new XElement(N("sup"), Clean(run.Text)) : Clean(run.Text);
            p.Add(run.Italic ? new XElement(N("i"), content) : content);
        }

        return p;
    }

    /// <summary>A raised run (ADR 0035) as AKN's <c>&lt;sup&gt;</c>, as the UN's files write a table's note letter.</summary>
    private void AddRaised(XElement parent, string text, bool raised)
    {
        if (!raised)
        {
            AddWithNotes(parent, text);
            return;
        }

        var sup = new XElement(N("sup"));
        AddWithNotes(sup, text);
        parent.Add(sup);
    }

    private void AddWithNotes(XElement parent, string text)
    {
        var at = 0;
        foreach (Match match in Reference().Matches(text))
        {
            var number = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            if (!texts.TryGetValue(number, out var note))
            {
                continue; // a reference to a note the draft lacks stays as written
            }

            parent.Add(Clean(text[at..match.Index]));
            at = match.Index + match.Length;
            if (written.TryGetValue(number, out var first))
            {
                parent.Add(new XElement(N("noteRef"),
                    new XAttribute("marker", Marker(first.Marker)),
                    new XAttribute("placement", "bottom"),
                    new XAttribute("href", "#" + first.EId)));
                continue;
            }

            var marker = written.Count + 1;
            var eId = "authorialNote_" + Marker(marker);
            written[number] = (marker, eId);
            parent.Add(new XElement(N("authorialNote"),
                new XAttribute("marker", Marker(marker)),
                new XAttribute("placement", "bottom"),
                new XAttribute("eId", eId),
                NoteP(note)));
        }

        parent.Add(Clean(text[at..]));
    }

    private static string Marker(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Clean(string text) => XmlChars.Clean(text);
}
