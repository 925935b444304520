using System.Xml;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Akn;

/// <summary>
/// Imports Akoma Ntoso (AKN4UN) XML as the UN publishes it: cover page and preface for the
/// masthead and title, the enacting formula as author line, preamble containers as preambular
/// paragraphs, mainBody paragraphs (with list/intro/point) as operative paragraphs, authorial
/// notes as footnotes. Elements are matched by local name, so any AKN namespace version reads.
/// </summary>
internal static class AknImporter
{
    private static readonly string[] Containers = ["hcontainer", "section", "chapter", "part", "division", "title", "subsection", "book", "tome"];

    public static ParsedDocument Import(string xml, string? language)
    {
        var root = Load(xml).Root!;
        if (root.Name.LocalName != "akomaNtoso")
        {
            throw new ImportRefusedException("not an Akoma Ntoso document (the root element is not akomaNtoso)");
        }

        var document = root.Elements().FirstOrDefault() ?? throw new ImportRefusedException("the Akoma Ntoso file holds no document");
        RefuseParts(document);
        var declared = AknMetadata.Language(document);
        var lang = language ?? declared ?? LanguageDetector.Detect(document.Value);
        string? mislabelled = null;
        if (language is null && lang is not (DraftLanguage.English or DraftLanguage.Chinese))
        {
            // Chinese text decides over the label: the corpus has a Chinese file whose FRBRlanguage says Spanish.
            lang = LanguageDetector.Identify(document.Value) == DraftLanguage.Chinese ? DraftLanguage.Chinese : throw LanguageDetector.Refusal(lang);
            mislabelled = $"The file says it is in {LanguageDetector.Name(declared!)}, but its text is in {LanguageDetector.Name(lang)}; it was read as {LanguageDetector.Name(lang)}.";
        }

        var doc = new ParsedDocument { Language = lang };
        if (mislabelled is not null)
        {
            doc.Warnings.Add(mislabelled);
        }

        var text = new AknText(document, lang);
        AknMetadata.Read(document, text, doc);

        var preamble = Child(document, "preamble");
        var formula = preamble?.Elements().FirstOrDefault(e => e.Name.LocalName == "formula");
        doc.AuthorLine = text.Of(formula);
        foreach (var container in preamble?.Elements().Where(e => e.Name.LocalName is "container" or "blockContainer" or "paragraph") ?? [])
        {
            doc.Paragraphs.Add(ReadNode(container, ParagraphKind.Preambular, 0, text));
        }

        var body = Child(document, "mainBody") ?? Child(document, "body");
        foreach (var paragraph in TopParagraphs(body))
        {
            var node = ReadNode(paragraph, ParagraphKind.Operative, 0, text);
            node.Heading = HeadingFor(paragraph, body!, text);
            doc.Paragraphs.Add(node);
        }

        foreach (var note in text.Notes)
        {
            var noteText = text.NoteText(note);
            if (noteText.Length > 0)
            {
                doc.Footnotes[text.NumberOf(note)] = noteText;
            }
        }

        if (formula is null && doc.Kind != DocumentKind.Amendment)
        {
            throw new ImportRefusedException("no author line found (the preamble has no formula)");
        }

        doc.Paragraphs.RemoveAll(p => p.Text.Length == 0 && p.Children.Count == 0);
        if (!doc.Paragraphs.Exists(p => p.Kind == ParagraphKind.Operative))
        {
            throw new ImportRefusedException("no operative paragraphs found (mainBody has no paragraph)");
        }

        return doc;
    }

    /// <summary>
    /// A resolution in parts (75/101 A and B, each with its own title, author line and paragraphs)
    /// is a documentCollection of statements. The draft has no parts yet, so it is refused with
    /// the parts named rather than read as its first part alone.
    /// </summary>
    private static void RefuseParts(XElement document)
    {
        if (document.Name.LocalName != "documentCollection")
        {
            return;
        }

        var parts = document.Descendants().Where(e => e.Name.LocalName == "documentRef").Select(e => (string?)e.Attribute("showAs")).OfType<string>().ToList();
        var statements = document.Descendants().Count(e => e.Name.LocalName == "statement");
        var named = parts.Count > 0 ? $" ({string.Join(", ", parts)})" : "";
        throw new ImportRefusedException(
            $"a resolution in {Math.Max(statements, parts.Count)} parts{named}: this version imports resolutions in one part only");
    }

    internal static XDocument Load(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 40_000_000,
            MaxCharactersFromEntities = 10_000,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new ImportRefusedException($"not well-formed XML (line {e.LineNumber}): {e.Message.Split('.')[0]}");
        }
    }

    internal static XElement? Child(XElement element, string name) => element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>The operative paragraphs: paragraph elements not inside another paragraph.</summary>
    internal static IEnumerable<XElement> TopParagraphs(XElement? body)
    {
        if (body is null)
        {
            yield break;
        }

        foreach (var element in body.Elements())
        {
            if (element.Name.LocalName == "paragraph")
            {
                yield return element;
            }
            else if (Containers.Contains(element.Name.LocalName))
            {
                foreach (var inner in TopParagraphs(element))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>A section's "num heading" goes to the first paragraph of the section.</summary>
    private static string? HeadingFor(XElement paragraph, XElement body, AknText text)
    {
        var headings = new List<string>();
        for (var container = paragraph.Parent; container is not null && container != body; container = container.Parent)
        {
            if (TopParagraphs(container).FirstOrDefault() != paragraph)
            {
                break;
            }

            var num = text.Of(Child(container, "num")).TrimEnd('.');
            var heading = text.Of(Child(container, "heading"));
            var both = num.Length > 0 && heading.Length > 0 ? $"{num}. {heading}" : num + heading;
            if (both.Length > 0)
            {
                headings.Insert(0, both);
            }
        }

        return headings.Count == 0 ? null : string.Join(" ", headings);
    }

    /// <summary>A paragraph, container or point: its own text (content, intro, p) and its sub-paragraphs (list points).</summary>
    private static ParsedNode ReadNode(XElement element, ParagraphKind kind, int depth, AknText text)
    {
        var node = new ParsedNode(kind, depth);
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "num" or "heading" or "subheading":
                    break;
                case "list" or "blockList":
                    ReadList(child, node, kind, depth, text);
                    break;
                case "point" or "item" or "subparagraph" or "paragraph" when depth < DraftLimits.MaxSubParagraphDepth:
                    node.Children.Add(ReadNode(child, kind, depth + 1, text));
                    break;
                default:
                    LineJoiner.Append(node.Text, text.ParagraphText(child), DraftLanguage.IsChinese(text.Language));
                    break;
            }
        }

        return node;
    }

    private static void ReadList(XElement list, ParsedNode node, ParagraphKind kind, int depth, AknText text)
    {
        foreach (var child in list.Elements())
        {
            if (child.Name.LocalName is "list" or "blockList")
            {
                ReadList(child, node, kind, depth, text);
            }
            else if (child.Name.LocalName is "point" or "item" or "subparagraph" or "paragraph" && depth < DraftLimits.MaxSubParagraphDepth)
            {
                node.Children.Add(ReadNode(child, kind, depth + 1, text));
            }
            else if (child.Name.LocalName != "num")
            {
                LineJoiner.Append(node.Text, text.ParagraphText(child), DraftLanguage.IsChinese(text.Language));
            }
        }
    }
}
