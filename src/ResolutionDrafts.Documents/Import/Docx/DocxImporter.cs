using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Docx;

/// <summary>
/// Imports a Word document: its paragraphs in order (tables included, so a masthead laid out in a
/// table reads), each a whole line for the same structure recognition as PDF text, with Word
/// footnotes as <c>[^N]</c>. Reads DGACM-style documents and this product's own DOCX export.
/// </summary>
internal static class DocxImporter
{
    /// <summary>The whole package unpacked, pictures included.</summary>
    public const long MaxUncompressedBytes = 64L * 1024 * 1024;

    /// <summary>
    /// One XML part unpacked (the document, its footnotes, numbering, styles): a 200-paragraph
    /// resolution full of Word's revision marks is about 2 MB. The SDK holds a part as a tree several
    /// times its size, so this, not the zip's size, bounds the memory an import takes.
    /// </summary>
    public const long MaxXmlPartBytes = 8L * 1024 * 1024;

    /// <summary>Paragraphs in the document: the longest omnibus resolutions have a few hundred.</summary>
    public const int MaxParagraphs = 20_000;

    public static ParsedDocument Import(byte[] data, string? language)
    {
        CheckPackage(data);
        CleanText clean;
        DocxLineReader reader;
        List<string> doubts;
        bool ours;
        string? numbering;
        string? operativeNumbering;
        string? draftSymbol;
        DocumentKind? kind;
        int? revision;
        try
        {
            using var stream = new MemoryStream(data, writable: false);
            using var word = WordprocessingDocument.Open(stream, false);
            var main = word.MainDocumentPart ?? throw new ImportRefusedException("not a DOCX file: it has no main document");
            reader = new DocxLineReader(main);
            clean = reader.Read();
            doubts = Doubts(word, main);
            ours = Export.OurExport.IsOurs(word);
            numbering = ours ? Export.OurExport.Numbering(word) : null;
            operativeNumbering = ours && Domain.Numbering.OperativeNumbering.TryParse(Export.OurExport.OperativeNumbering(word), out var operative, out _) ? operative : null;
            draftSymbol = ours ? Export.OurExport.DraftSymbol(word) : null;
            kind = ours && Export.OurExport.Kind(word) is { Length: > 0 } kindName ? Contracts.Drafts.DraftMapping.ParseKind(kindName) : null;
            revision = ours ? Export.OurExport.Revision(word) : null;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException
                                      or ArgumentException or FormatException or NotSupportedException or System.Reflection.TargetInvocationException)
        {
            throw new ImportRefusedException($"not a DOCX file: {e.Message.Split('.')[0]}");
        }

        if (clean.Lines.Count == 0)
        {
            throw new ImportRefusedException("the document has no text");
        }

        var lang = language ?? LanguageDetector.Detect(string.Join("\n", clean.Lines.Select(l => l.Text)));
        ParsedDocument parsed;
        if (!reader.HasWordFootnotes && LineLayout.IsHardWrapped([.. clean.Lines.Where((_, i) => !reader.RowLines.Contains(i))], DraftLanguage.IsChinese(lang)))
        {
            // A PDF's text saved as Word: a Word paragraph per printed line, the footnotes typed at page ends.
            parsed = TextImporter.Import(string.Join("\n", reader.RawLines), lang, reader.RawQuoteIndents);
            parsed.Warnings.Insert(0, "The Word file holds a PDF's lines, one paragraph each; it was read as the PDF's text.");
        }
        else if (!reader.HasWordFootnotes && PageCleaner.HasTypedFootnotes(reader.RawLines))
        {
            // Text copied from a PDF into Word a paragraph at a time: the footnotes typed after a rule, their numbers plain digits in the text.
            parsed = TextImporter.Import(string.Join("\n", reader.RawLines), lang, reader.RawQuoteIndents);
            parsed.Warnings.Insert(0, "The Word file types its footnotes as numbers after a rule, not as Word footnotes; it was read as text.");
        }
        else
        {
            // Our own export says how its sub-paragraphs are numbered (ADR 0036): a "(1)" list reads so under any paragraph; and
            // how its operative paragraphs are (ADR 0038): "(2) The Assembly …" is the next one with or without a verb; and its kind
            // (ADR 0036, amendment 5): a WHO adopted text with no symbol or meeting says nothing of its adoption on its page.
            // A lettered export that stores no sub-paragraph numbering prints "(i)" beneath its letters (ADR 0038 amendment 2).
            var subNumbering = numbering is null
                ? (ours && operativeNumbering is not null ? Domain.Numbering.SubParagraphNumbering.Beneath(operativeNumbering) : null)
                : Domain.Numbering.SubParagraphNumbering.TryParse(numbering, out var styles, out _) ? styles : null;
            parsed = StructureReader.Read(clean, lang, subNumbering is { IsUn: false } ? subNumbering : null, operativeNumbering, kind);
            TableText.Attach(parsed, reader.Tables);
            if (!ours && DraftLanguage.IsChinese(lang))
            {
                // Chinese typed or pasted into Word keeps a PDF's spaces around numbers and Latin words; our own export
                // is kept as written, so a draft reads back as it was (docs/import.md, "Canonical Chinese spacing").
                ChineseSpacing.Apply(parsed);
            }
        }

        if (revision is not null && kind is { } given && given.IsRevised() && parsed.Kind == given)
        {
            // Our export keeps the revision the draft is at, which a draft with no symbol prints nowhere (ADR 0033, amendment 1).
            parsed.Revision = revision;
        }

        if (draftSymbol is not null && parsed.Kind.IsAdopted())
        {
            // Our export keeps an adopted text's draft symbol in a property, its page printing none (ADR 0034, amendment 2).
            parsed.Metadata = parsed.Metadata with { DraftSymbol = draftSymbol };
        }

        parsed.Warnings.InsertRange(0, doubts);
        parsed.SourceLines.Clear();
        parsed.SourceLines.AddRange(reader.RawLines);
        return parsed;
    }

    /// <summary>
    /// What a reader should know about the file beyond its text: macros (never run, nor read) and
    /// content linked from outside the file (never fetched).
    /// </summary>
    private static List<string> Doubts(WordprocessingDocument word, MainDocumentPart main)
    {
        var doubts = new List<string>();
        if (word.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate
            || main.VbaProjectPart is not null)
        {
            doubts.Add("The Word file holds macros; they were neither run nor read, only the text was imported.");
        }

        var external = main.ExternalRelationships.Select(r => r.Uri.ToString())
            .Concat(main.Parts.SelectMany(p => p.OpenXmlPart.ExternalRelationships).Select(r => r.Uri.ToString()))
            .Where(u => !u.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        if (external.Count > 0)
        {
            doubts.Add($"The Word file links to {external.Count} outside resource(s) (such as {external[0]}); they were not fetched.");
        }

        return doubts;
    }

    /// <summary>Refuses what is not a zip with a Word document in it, and zip bombs, before the Open XML SDK sees them.</summary>
    internal static void CheckPackage(byte[] data)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > 5000)
            {
                throw new ImportRefusedException("not a DOCX file: too many parts");
            }

            if (zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes || UnpacksToMoreThan(zip, MaxUncompressedBytes))
            {
                throw new ImportRefusedException($"the DOCX file unpacks to more than {MaxUncompressedBytes / 1024 / 1024} MB");
            }

            if (zip.Entries.FirstOrDefault(e => IsXml(e) && (e.Length > MaxXmlPartBytes || UnpacksToMoreThan([e], MaxXmlPartBytes))) is { } large)
            {
                throw new ImportRefusedException($"the DOCX file's part {large.FullName} unpacks to more than {MaxXmlPartBytes / 1024 / 1024} MB, far more than a resolution has");
            }

            var document = zip.GetEntry("word/document.xml") ?? zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase))
                ?? throw new ImportRefusedException("not a DOCX file: it has no word/document.xml");
            if (CountParagraphs(document) > MaxParagraphs)
            {
                throw new ImportRefusedException($"the document has more than {MaxParagraphs:N0} paragraphs, far more than a resolution has");
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportRefusedException("not a DOCX file (not a valid zip package)");
        }
    }

    private static bool IsXml(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts the document's paragraphs by streaming through it, stopping past the limit, before any tree is built.</summary>
    private static int CountParagraphs(ZipArchiveEntry document)
    {
        const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var content = document.Open();
        using var reader = XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var count = 0;
        try
        {
            while (count <= MaxParagraphs && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "p" && reader.NamespaceURI == Word)
                {
                    count++;
                }
            }
        }
        catch (XmlException e)
        {
            throw new ImportRefusedException($"not a DOCX file: its document is not well-formed XML ({e.Message.Split('.')[0]})");
        }

        return count;
    }

    /// <summary>
    /// Counts what the entries really unpack to, stopping at <paramref name="limit"/>: a zip can
    /// declare small sizes and hold far more, so the declared sizes alone are not believed.
    /// </summary>
    private static bool UnpacksToMoreThan(ZipArchive zip, long limit) => UnpacksToMoreThan(zip.Entries, limit);

    private static bool UnpacksToMoreThan(IEnumerable<ZipArchiveEntry> entries, long limit)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in entries)
        {
            using var content = entry.Open();
            int read;
            while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
