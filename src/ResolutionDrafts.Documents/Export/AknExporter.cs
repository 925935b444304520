using System.Text;
using System.Xml;
using System.Xml.Linq;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Export.AknNames;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Writes a draft as Akoma Ntoso 3.0 XML in the AKN4UN shape of the UN's published files:
/// <c>akomaNtoso/statement</c> with <c>meta</c>, <c>coverPage</c>, <c>preface</c>,
/// <c>preamble</c> and <c>mainBody</c>; footnotes as <c>authorialNote</c>; English opening phrases
/// as italic spans. A resolution in parts is written as the UN writes one (A/RES/75/101 A–B): a
/// <c>documentCollection</c> with the masthead and the title, whose <c>collectionBody</c> refers to
/// one <c>component</c> per part in <c>components</c> beside it, each a <c>statement</c> with its
/// letter and title in its <c>preface</c>, its own author line, preamble and body.
/// </summary>
public static class AknExporter
{
    public const string ContentType = "application/akn+xml";

    public static XDocument ToXml(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var body = new AknBody(draft);
        if (draft.HasParts)
        {
            return InParts(draft, body);
        }

        var statement = new XElement(N("statement"), new XAttribute("name", StatementName(draft.Kind)),
            AknFrontMatter.Meta(draft),
            AknFrontMatter.CoverPage(draft),
            AknFrontMatter.Preface(draft),
            body.Preamble(),
            body.MainBody(),
            AknFrontMatter.Conclusions(draft));
        AddAgreedLanguage(draft, statement);
        return new XDocument(
            new XElement(N("akomaNtoso"),
                new XAttribute(XNamespace.Xmlns + "akn4un", Akn4Un.NamespaceName),
                new XComment("Exported by ResolutionDrafts; the text is that of the draft, not an official UN document."),
                statement));
    }

    private static XDocument InParts(Draft draft, AknBody body)
    {
        var collection = new XElement(N("documentCollection"), new XAttribute("name", StatementName(draft.Kind)),
            AknFrontMatter.Meta(draft),
            AknFrontMatter.CoverPage(draft),
            AknFrontMatter.Preface(draft));
        var refs = new XElement(N("collectionBody"));
        var components = new XElement(N("components"));
        var parts = Domain.Numbering.PartLetters.Parts(draft.Paragraphs);
        var leading = draft.Paragraphs.TakeWhile(p => p.Part is null).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            var (letter, part, paragraphs) = parts[i];
            var id = "comp_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            refs.Add(new XElement(N("component"), new XAttribute("eId", "comp_def_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new XElement(N("documentRef"), new XAttribute("eId", "compRef_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new XAttribute("href", id), new XAttribute("showAs", (draft.Language == DraftLanguage.Chinese ? "决议" : "Resolution ") + letter))));
            // Paragraphs before the first part (a draft being split into parts) go with part A, so none is lost.
            var text = i == 0 ? leading.Concat(paragraphs).ToList() : paragraphs;
            var statement = new XElement(N("statement"), new XAttribute("name", StatementName(draft.Kind)),
                new XElement(N("preface"), new XElement(N("p"),
                    new XElement(N("docNumber"), letter),
                    body.PartTitle(part.Title))),
                body.Preamble(text, part.AuthorLine),
                body.MainBody(text),
                AknFrontMatter.Conclusions(draft, i == parts.Count - 1 ? null : part)); // each part ends with its meeting, as the UN's files of A/RES/75/101 A–B do
            components.Add(new XElement(N("component"), new XAttribute("eId", id), statement));
        }

        collection.Add(refs);
        AddAgreedLanguage(draft, collection, components);
        return new XDocument(
            new XElement(N("akomaNtoso"),
                new XAttribute(XNamespace.Xmlns + "akn4un", Akn4Un.NamespaceName),
                new XComment("Exported by ResolutionDrafts; the text is that of the draft, not an official UN document."),
                collection,
                components));
    }

    /// <summary>
    /// Paragraphs taken from agreed language refer to it: one <c>TLCReference</c> per source in the
    /// meta's references (<c>name="agreedLanguage"</c>, shown as "A/RES/76/12, OP5"), and the
    /// paragraph's element (found by its <c>wId</c>) carries <c>refersTo</c> to it, with
    /// the class <c>agreedLanguageDrifted</c> when its text no longer is
    /// the source's (ADR 0011).
    /// </summary>
    private static void AddAgreedLanguage(Draft draft, XElement statement, XElement? components = null)
    {
        var references = statement.Element(N("meta"))?.Element(N("references"));
        if (references is null)
        {
            return;
        }

        var count = 0;
        foreach (var element in statement.Descendants().Concat(components?.Descendants() ?? []).Where(e => e.Attribute("wId") is not null).ToList())
        {
            if (draft.FindNode(element.Attribute("wId")!.Value) is not { Source: { } source } node)
            {
                continue;
            }

            var eId = "agreedLanguage_" + (++count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            references.Add(new XElement(N("TLCReference"), new XAttribute("eId", eId), new XAttribute("name", "agreedLanguage"),
                new XAttribute("href", "/akn/un/symbol/" + Uri.EscapeDataString(source.Symbol) + "/!main#" + Uri.EscapeDataString(source.Label)),
                new XAttribute("showAs", XmlChars.Clean(source.Citation))));
            element.SetAttributeValue("refersTo", "#" + eId);
            if (!source.Matches(node.Text))
            {
                var existing = element.Attribute("class")?.Value;
                element.SetAttributeValue("class", string.IsNullOrEmpty(existing) ? "agreedLanguageDrifted" : existing + " agreedLanguageDrifted");
            }
        }
    }

    /// <summary>UTF-8 without a byte-order mark, indented, with an XML declaration.</summary>
    public static byte[] ExportBytes(Draft draft)
    {
        using var buffer = new MemoryStream();
        Export(draft, buffer);
        return buffer.ToArray();
    }

    public static void Export(Draft draft, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var writer = XmlWriter.Create(output, settings);
        ToXml(draft).Save(writer);
    }

    public static async Task ExportAsync(Draft draft, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = ExportBytes(draft);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
