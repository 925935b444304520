using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>A produced DOCX read back as plain XML, so tests assert on what Word and importers will see.</summary>
internal sealed class DocxFile
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public DocxFile(byte[] bytes)
    {
        Bytes = bytes;
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        Document = Load(main);
        Styles = Load(main.StyleDefinitionsPart!);
        Settings = Load(main.DocumentSettingsPart!);
        Footnotes = main.FootnotesPart is null ? new XDocument(new XElement(W + "footnotes")) : Load(main.FootnotesPart);
        Headers = main.HeaderParts.ToDictionary(main.GetIdOfPart, Load);
        Footers = main.FooterParts.ToDictionary(main.GetIdOfPart, Load);
        var properties = document.PackageProperties;
        (Title, Subject, Creator) = (properties.Title, properties.Subject, properties.Creator);
        Company = document.ExtendedFilePropertiesPart?.Properties?.Company?.Text;
        ValidationErrors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365)
            .Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    public byte[] Bytes { get; }

    public XDocument Document { get; }

    public XDocument Styles { get; }

    public XDocument Settings { get; }

    public XDocument Footnotes { get; }

    public IReadOnlyDictionary<string, XDocument> Headers { get; }

    public IReadOnlyDictionary<string, XDocument> Footers { get; }

    public string? Title { get; }

    public string? Subject { get; }

    public string? Creator { get; }

    public string? Company { get; }

    public IReadOnlyList<string> ValidationErrors { get; }

    public XElement Body => Document.Root!.Element(W + "body")!;

    /// <summary>Paragraphs of the body outside the masthead table, in order.</summary>
    public IEnumerable<XElement> BodyParagraphs => Body.Elements(W + "p");

    public IEnumerable<XElement> ParagraphsWithStyle(string styleId) => BodyParagraphs.Where(p => StyleOf(p) == styleId);

    public XElement Masthead => Body.Element(W + "tbl")!;

    /// <summary>The real footnotes (not the separators), in order.</summary>
    public IReadOnlyList<XElement> RealFootnotes =>
        Footnotes.Root!.Elements(W + "footnote").Where(f => f.Attribute(W + "type") is null).ToList();

    public static string? StyleOf(XElement paragraph) =>
        paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value;

    public static bool IsItalic(XElement run) =>
        run.Element(W + "rPr")?.Element(W + "i") is { } i && i.Attribute(W + "val")?.Value is null or "1" or "true";

    /// <summary>Visible text of a paragraph: w:t, tabs, breaks; field results, not field codes; footnote references left out.</summary>
    public static string VisibleText(XElement paragraph) => string.Concat(paragraph.Descendants(W + "r").Select(RunText));

    public static string RunText(XElement run) => string.Concat(run.Elements().Select(e => e.Name.LocalName switch
    {
        "t" or "delText" => e.Value,
        "tab" => "\t",
        "br" => "\n",
        _ => "",
    }));

    public XElement? Style(string id) =>
        Styles.Root!.Elements(W + "style").FirstOrDefault(s => s.Attribute(W + "styleId")?.Value == id);

    private static XDocument Load(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        return XDocument.Load(stream);
    }
}
