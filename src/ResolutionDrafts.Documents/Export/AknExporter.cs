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
/// as italic spans.
/// </summary>
public static class AknExporter
{
    public const string ContentType = "application/akn+xml";

    public static XDocument ToXml(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var body = new AknBody(draft);
        var statement = new XElement(N("statement"), new XAttribute("name", StatementName(draft.Kind)),
            AknFrontMatter.Meta(draft),
            AknFrontMatter.CoverPage(draft),
            AknFrontMatter.Preface(draft),
            body.Preamble(),
            body.MainBody());
        AddAgreedLanguage(draft, statement);
        return new XDocument(
            new XElement(N("akomaNtoso"),
                new XAttribute(XNamespace.Xmlns + "akn4un", Akn4Un.NamespaceName),
                new XComment("Exported by ResolutionDrafts; the text is that of the draft, not an official UN document."),
                statement));
    }

    /// <summary>
    /// Paragraphs taken from agreed language refer to it: one <c>TLCReference</c> per source in the
    /// meta's references (<c>name="agreedLanguage"</c>, shown as "A/RES/76/12, OP5"), and the
    /// paragraph's element (found by its <c>wId</c>) carries <c>refersTo</c> to it, with
    /// the class <c>agreedLanguageDrifted</c> when its text no longer is
    /// the source's (ADR 0011).
    /// </summary>
    private static void AddAgreedLanguage(Draft draft, XElement statement)
    {
        var references = statement.Element(N("meta"))?.Element(N("references"));
        if (references is null)
        {
            return;
        }

        var count = 0;
        foreach (var element in statement.Descendants().Where(e => e.Attribute("wId") is not null).ToList())
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
