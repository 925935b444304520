using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Import.Akn;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Precedents.Reading;

/// <summary>
/// Reads an adopted resolution's AKN file (UNxml) into corpus paragraphs, keeping each paragraph's
/// AKN id so the languages can be linked. The words are taken with the importer's own text rules
/// (<see cref="AknText"/>: inline markup flattened, footnote markers as [^N], Chinese spacing
/// tightened), so a precedent reads as the same paragraph imported as a draft would.
/// </summary>
public static partial class AknCorpusReader
{
    /// <summary>The largest file read; the UN's largest resolution files are a few MB.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    [GeneratedRegex(@"^\d{1,3}/\d{1,4}(?:\s*[A-Z])?\s*\.\s*")]
    private static partial Regex ResolutionNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <exception cref="CorpusReadException">The file is not an adopted resolution in AKN; the message says why.</exception>
    public static CorpusResolution Read(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new CorpusReadException($"larger than {MaxBytes / 1024 / 1024} MB");
        }

        var root = Load(bytes).Root!;
        if (root.Name.LocalName != "akomaNtoso")
        {
            throw new CorpusReadException("not Akoma Ntoso (the root element is not akomaNtoso)");
        }

        var document = root.Elements().FirstOrDefault(e => e.Name.LocalName != "components")
            ?? throw new CorpusReadException("the Akoma Ntoso file holds no document");
        var language = AknMetadata.Language(document) ?? throw new CorpusReadException("no language (FRBRlanguage) in the metadata");
        var text = new AknText(document, language);
        var front = document.Elements().Where(e => e.Name.LocalName is "coverPage" or "preface").SelectMany(e => e.Descendants()).ToList();
        var symbol = front.FirstOrDefault(e => e.Name.LocalName == "docNumber" && (string?)e.Attribute("refersTo") == "#symbol") is { } number
            ? text.Of(number)
            : "";
        if (symbol.Length == 0)
        {
            throw new CorpusReadException("no document symbol (docNumber) on the cover page");
        }

        var paragraphs = new List<CorpusParagraph>();
        if (document.Name.LocalName == "documentCollection")
        {
            // Resolutions in parts (75/101 A and B): each part is a component of its own; its paragraphs
            // are labelled "A OP3" and keyed "comp_0/para_4", which the language versions share too.
            text = new AknText(root, language);
            var parts = document.Descendants().Where(e => e.Name.LocalName == "documentRef")
                .ToDictionary(e => (string?)e.Attribute("href") ?? "", e => ((string?)e.Attribute("showAs") ?? "").Split(' ')[^1], StringComparer.Ordinal);
            foreach (var component in Child(root, "components")?.Elements().Where(e => e.Name.LocalName == "component") ?? [])
            {
                var id = (string?)component.Attribute("eId") ?? "";
                var part = parts.TryGetValue(id, out var name) && name.Length > 0 ? name + " " : "";
                if (component.Elements().FirstOrDefault() is { } statement)
                {
                    ReadStatement(statement, text, part, id + "/", paragraphs);
                }
            }
        }
        else
        {
            ReadStatement(document, text, "", "", paragraphs);
        }

        paragraphs.RemoveAll(p => p.Text.Length == 0);
        if (!paragraphs.Exists(p => p.Kind == ParagraphKind.Operative))
        {
            throw new CorpusReadException("no operative paragraphs (mainBody has no paragraph)");
        }

        var title = front.FirstOrDefault(e => e.Name.LocalName == "docTitle" && e.Ancestors().Any(a => a.Name.LocalName == "preface"));
        return new CorpusResolution(
            symbol,
            language,
            title is null ? "" : ResolutionNumber().Replace(text.Of(title), ""),
            AdoptionDate(document, front),
            front.FirstOrDefault(e => e.Name.LocalName == "docAuthority" && (string?)e.Attribute("refersTo") == "#issuingBody") is { } body ? text.Of(body) : null,
            front.FirstOrDefault(e => e.Name.LocalName == "session")?.Attribute("value")?.Value,
            paragraphs);
    }

    /// <summary>The preambular paragraphs (PP1, PP2 …) and the operative ones (OP1 …, as printed) with their sub-paragraphs.</summary>
    private static void ReadStatement(XElement statement, AknText text, string part, string keyPrefix, List<CorpusParagraph> paragraphs)
    {
        var pp = 0;
        string? lastLabel = null;
        foreach (var element in Child(statement, "preamble")?.Elements() ?? [])
        {
            if (element.Name.LocalName is "container" or "blockContainer" or "paragraph")
            {
                lastLabel = $"{part}PP{++pp}";
                ReadNode(element, lastLabel, keyPrefix, ParagraphKind.Preambular, 0, text, paragraphs);
            }
            else if (element.Name.LocalName is "list" or "blockList" && lastLabel is not null)
            {
                // A lead-in's items printed after its container: the previous paragraph's sub-paragraphs.
                var letter = 0;
                foreach (var item in element.Elements().Where(e => e.Name.LocalName is "point" or "item"))
                {
                    letter++;
                    var num = text.Of(Child(item, "num")).Trim();
                    ReadNode(item, $"{lastLabel} {(num.Length > 0 ? num : $"({letter})")}", keyPrefix, ParagraphKind.Preambular, 1, text, paragraphs);
                }
            }
        }

        var op = 0;
        // Headings are not agreed language: the walker gives them to the paragraph after them, as the importer does.
        foreach (var paragraph in AknMainBody.Read(Child(statement, "mainBody") ?? Child(statement, "body"), text, out _))
        {
            if (paragraph.Kind == ParagraphKind.Preambular)
            {
                // A section's own preamble (budget resolutions: "Recalling …" under heading II).
                ReadNode(paragraph.Element, $"{part}PP{++pp}", keyPrefix, ParagraphKind.Preambular, 0, text, paragraphs);
                continue;
            }

            op++;
            var printed = Digits().Match(text.Of(Child(paragraph.Element, "num")));
            var number = printed.Success ? printed.Value : op.ToString(CultureInfo.InvariantCulture);
            ReadNode(paragraph.Element, $"{part}OP{number}", keyPrefix, ParagraphKind.Operative, 0, text, paragraphs);
        }
    }

    private static XDocument Load(byte[] bytes)
    {
        var xml = FormatDetector.DecodeText(bytes) ?? throw new CorpusReadException("not a text file");
        try
        {
            return AknImporter.Load(xml);
        }
        catch (ImportRefusedException e)
        {
            throw new CorpusReadException(e.Message);
        }
    }

    private static string? AdoptionDate(XElement document, List<XElement> front)
    {
        var adoption = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "FRBRdate" && (string?)e.Attribute("name") == "adoption")?.Attribute("date")?.Value
            ?? front.FirstOrDefault(e => e.Name.LocalName == "docDate")?.Attribute("date")?.Value;
        return DateOnly.TryParseExact(adoption, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year > 1945
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static XElement? Child(XElement element, string name) => element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>A paragraph's own words (content, intro, wrap-up), then each sub-paragraph as a paragraph of its own.</summary>
    private static void ReadNode(XElement element, string label, string keyPrefix, ParagraphKind kind, int depth, AknText text, List<CorpusParagraph> paragraphs)
    {
        var own = new StringBuilder();
        var children = new List<XElement>();
        Collect(element, own, children, depth, text);
        var key = keyPrefix + ((string?)element.Attribute("eId") ?? (string?)element.Attribute("wId") ?? label);
        paragraphs.Add(new CorpusParagraph(key, label, kind, own.ToString().Trim()));
        var letter = 0;
        foreach (var child in children)
        {
            letter++;
            var num = text.Of(Child(child, "num")).Trim();
            var sub = num.Length > 0 ? num : $"({letter})";
            ReadNode(child, $"{label} {sub}", keyPrefix, kind, depth + 1, text, paragraphs);
        }
    }

    private static void Collect(XElement element, StringBuilder own, List<XElement> children, int depth, AknText text)
    {
        if (element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            // Text straight in the element (a crossHeading): all of it is the paragraph's own words.
            Append(own, text.Of(element), DraftLanguage.IsChinese(text.Language));
            return;
        }

        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "num" or "heading" or "subheading":
                    break;
                case "list" or "blockList":
                    Collect(child, own, children, depth, text);
                    break;
                case "point" or "item" or "subparagraph" or "paragraph" when depth < DraftLimits.MaxSubParagraphDepth:
                    children.Add(child);
                    break;
                default:
                    Append(own, text.Of(child), DraftLanguage.IsChinese(text.Language));
                    break;
            }
        }
    }

    private static void Append(StringBuilder own, string part, bool chinese)
    {
        if (part.Length == 0)
        {
            return;
        }

        if (own.Length > 0 && !chinese)
        {
            own.Append(' ');
        }

        own.Append(part);
    }
}
