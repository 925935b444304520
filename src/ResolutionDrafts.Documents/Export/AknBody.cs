using System.Globalization;
using System.Xml.Linq;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Style;
using static ResolutionDrafts.Documents.Export.AknNames;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// The text of a draft in AKN: the <c>preamble</c> (enacting formula, then one <c>container</c>
/// per preambular paragraph) and the <c>mainBody</c> (one <c>paragraph</c> per operative
/// paragraph with <c>num</c> and <c>content</c>, or <c>list</c>/<c>intro</c>/<c>point</c> when it
/// has sub-paragraphs; a section heading opens an <c>hcontainer</c>). Each element carries the paragraph's stable id as <c>wId</c>, the AKN
/// attribute for an identity that survives renumbering.
/// </summary>
internal sealed class AknBody(Draft draft)
{
    private readonly AknInline inline = new(draft);
    private AknTableWriter? tableWriter;
    private readonly IReadOnlyDictionary<string, ParagraphLabel> labels = ParagraphLabels.Compute(draft);
    private readonly bool italics = draft.Language == DraftLanguage.English && draft.Kind != DocumentKind.Amendment;
    private int preambular;
    private int operative;
    private int sections;
    // Each part has its own author line: its formula is numbered across the parts, as every eId is unique in the file.
    private int formulas;

    public XElement Preamble() => Preamble(draft.Paragraphs, draft.AuthorLine);

    /// <summary>A part's title as a <c>docTitle</c>, a footnote on it an <c>authorialNote</c> in its place.</summary>
    public XElement PartTitle(string title) => inline.Line(new XElement(N("docTitle"), new XAttribute("refersTo", "#resolutionTitle")), title);

    public XElement MainBody() => MainBody(draft.Paragraphs);

    /// <summary>The preamble of <paramref name="paragraphs"/> (the draft's, or one part's) under <paramref name="authorLine"/>.</summary>
    public XElement Preamble(IReadOnlyList<Paragraph> paragraphs, string authorLine)
    {
        var preamble = new XElement(N("preamble"));
        if (authorLine.Length > 0)
        {
            var italic = draft.Language == DraftLanguage.English ? authorLine.TrimEnd(',', ':', ';', ' ').Length : 0;
            preamble.Add(new XElement(N("formula"), new XAttribute("name", "enactingFormula"), new XAttribute("eId", "formula_" + Number(++formulas)),
                inline.P(authorLine, italic)));
        }

        foreach (var paragraph in paragraphs.TakeWhile(p => p.Kind == ParagraphKind.Preambular))
        {
            preamble.Add(Container(paragraph));
            preamble.Add(Tables(paragraph));
        }

        return preamble;
    }

    /// <summary>
    /// Operative paragraphs. A section numbered from 1 again is a <c>section</c> with its <c>num</c> and <c>heading</c>
    /// ("II" and "Revised estimates"), as the UN's files of budget resolutions write them (75/245), holding its paragraphs
    /// up to the next section; any other heading opens an <c>hcontainer</c> that holds the paragraphs up to the next
    /// heading, inside the section it stands in. The importer opens a section at a <c>section</c> whose paragraphs are
    /// numbered from 1, so a draft with one section only (no number 1 again anywhere) reads back the same.
    /// </summary>
    public XElement MainBody(IReadOnlyList<Paragraph> paragraphs)
    {
        var body = new XElement(N("mainBody"));
        var section = body;
        var target = body;
        foreach (var paragraph in paragraphs.SkipWhile(p => p.Kind == ParagraphKind.Preambular))
        {
            if (paragraph.OpensPartOrSection)
            {
                section = paragraph.OpensSection ? Section(paragraph) : body;
                target = section;
                if (section != body)
                {
                    body.Add(section);
                }
            }

            if (paragraph.Heading is { } heading && !paragraph.OpensSection)
            {
                target = new XElement(N("hcontainer"), new XAttribute("name", "section"), new XAttribute("eId", "sec_" + Number(++sections)),
                    new XElement(N("heading"), XmlChars.Clean(heading)));
                section.Add(target);
            }

            target.Add(paragraph.Kind == ParagraphKind.Operative ? OperativeParagraph(paragraph) : SectionPreambular(paragraph));
            target.Add(Tables(paragraph));
        }

        return body;
    }

    /// <summary>
    /// The <c>section</c> a paragraph opens: the numeral its heading opens with as <c>num</c> and the rest of its heading
    /// as <c>heading</c>. A heading typed without a numeral ("Revised estimates") is written alone, so it reads back as
    /// typed (with the section's name in <c>num</c> it came back "II. Revised estimates"); the reader finds the
    /// section by its numbers starting again, not by its numeral. A section with no heading is named by its place.
    /// </summary>
    private XElement Section(Paragraph paragraph)
    {
        var name = labels[paragraph.Id].Section ?? "";
        var element = new XElement(N("section"), new XAttribute("eId", "sec_" + Number(++sections)));
        var heading = paragraph.Heading ?? "";
        var numbered = heading.Length == 0
            || (heading.StartsWith(name, StringComparison.Ordinal) && (heading.Length == name.Length || heading[name.Length] is '.' or '、' or '．' || char.IsWhiteSpace(heading[name.Length])));
        if (numbered)
        {
            element.Add(new XElement(N("num"), name));
            heading = heading[Math.Min(name.Length, heading.Length)..].TrimStart('.', '、', '．', ' ', '\u3000');
        }

        if (heading.Length > 0)
        {
            element.Add(new XElement(N("heading"), XmlChars.Clean(heading)));
        }

        return element;
    }

    /// <summary>
    /// A preambular paragraph after operative ones (a section's own preamble, as budget resolutions have):
    /// a <c>crossHeading</c> that refers to the preamble, as the UN's files mark it. It holds inline text only.
    /// </summary>
    private XElement SectionPreambular(Paragraph paragraph)
    {
        var eId = "preamble_" + Number(++preambular);
        var text = inline.P(paragraph.Text, Italic(paragraph));
        return new XElement(N("crossHeading"), new XAttribute("refersTo", "#preamble"), new XAttribute("eId", eId), new XAttribute("wId", paragraph.Id),
            text.Nodes());
    }

    private XElement Container(Paragraph paragraph)
    {
        var eId = "container_" + Number(++preambular);
        var italic = Italic(paragraph);
        var name = italic > 0 ? paragraph.Text[..italic] : "PP" + Number(preambular);
        var container = new XElement(N("container"), new XAttribute("name", XmlChars.Clean(name)), new XAttribute("eId", eId), new XAttribute("wId", paragraph.Id));
        if (paragraph.Heading is { } heading)
        {
            container.Add(inline.P(heading, 0, "heading"));
        }

        container.Add(inline.P(paragraph.Text, italic), AknQuotedStructure.Of(paragraph, eId, inline));
        if (paragraph.SubParagraphs.Count > 0)
        {
            container.Add(BlockList(paragraph, eId));
        }

        return container;
    }

    /// <summary>Preambular sub-paragraphs: containers hold blocks, so they are a blockList of items.</summary>
    private XElement BlockList(ParagraphNode parent, string parentEId)
    {
        var eId = parentEId + "__blockList_1";
        var list = new XElement(N("blockList"), new XAttribute("eId", eId));
        foreach (var sub in parent.SubParagraphs)
        {
            var marker = labels[sub.Id].Marker;
            var item = new XElement(N("item"), new XAttribute("eId", eId + "__item_" + MarkerId(marker)), new XAttribute("wId", sub.Id),
                new XElement(N("num"), labels[sub.Id].PrintedMarker(draft.Language)),
                inline.P(sub.Text, 0), AknQuotedStructure.Of(sub, eId + "__item_" + MarkerId(marker), inline));
            if (sub.SubParagraphs.Count > 0)
            {
                item.Add(BlockList(sub, eId + "__item_" + MarkerId(marker)));
            }

            list.Add(item);
        }

        return list;
    }

    private XElement OperativeParagraph(Paragraph paragraph)
    {
        var eId = "para_" + Number(++operative);
        var element = new XElement(N("paragraph"), new XAttribute("eId", eId), new XAttribute("wId", paragraph.Id), new XAttribute("class", StyleIds.SingleTxt));
        var marker = labels[paragraph.Id].Marker;
        if (marker.Length > 0)
        {
            element.Add(new XElement(N("num"), marker));
        }

        element.Add(Body(paragraph, eId, Italic(paragraph)));
        return element;
    }

    /// <summary>A node's text as <c>content</c>, or as <c>list</c> with an <c>intro</c> and one <c>point</c> per sub-paragraph.</summary>
    private XElement Body(ParagraphNode node, string eId, int italic)
    {
        if (node.SubParagraphs.Count == 0)
        {
            return new XElement(N("content"), new XAttribute("eId", eId + "__content"), inline.P(node.Text, italic), AknQuotedStructure.Of(node, eId, inline));
        }

        var listId = eId + "__list_1";
        var list = new XElement(N("list"), new XAttribute("eId", listId),
            new XElement(N("intro"), new XAttribute("eId", listId + "__intro"), inline.P(node.Text, italic), AknQuotedStructure.Of(node, listId + "__intro", inline)));
        foreach (var sub in node.SubParagraphs)
        {
            var marker = labels[sub.Id].Marker;
            var pointId = listId + "__point_" + MarkerId(marker);
            list.Add(new XElement(N("point"), new XAttribute("eId", pointId), new XAttribute("wId", sub.Id),
                new XElement(N("num"), labels[sub.Id].PrintedMarker(draft.Language)), // ㈠ in a Chinese text, as the UN's files write it
                Body(sub, pointId, 0)));
        }

        return list;
    }

    /// <summary>The tables of a paragraph and its sub-paragraphs, each in a container after it (ADR 0029).</summary>
    private List<XElement> Tables(Paragraph paragraph) => [.. (tableWriter ??= new AknTableWriter(inline)).After(paragraph)];

    private int Italic(Paragraph paragraph) => italics ? OpeningPhrase.Length(paragraph.Text, draft.Language) : 0;

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"(a)" → "a", "(ii)" → "ii", "b." → "b".</summary>
    private static string MarkerId(string marker) => marker.Trim('(', ')', '.');
}
