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
        return new XDocument(
            new XElement(N("akomaNtoso"),
                new XAttribute(XNamespace.Xmlns + "akn4un", Akn4Un.NamespaceName),
                new XComment("Exported by ResolutionDrafts; the text is that of the draft, not an official UN document."),
                statement));
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
