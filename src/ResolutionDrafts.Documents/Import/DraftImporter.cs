using System.Xml.Linq;
using ResolutionDrafts.Documents.Import.Akn;
using ResolutionDrafts.Documents.Import.Docx;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// Imports an issued document (PDF text, DOCX or Akoma Ntoso XML, in English or Chinese) as a
/// structured <see cref="Draft"/>. The format and the language are detected unless
/// <see cref="ImportOptions"/> forces them. Never throws for bad input: a file that is not a
/// resolution comes back as a failed <see cref="ImportResult"/> with the reason.
/// </summary>
public static class DraftImporter
{
    /// <summary>Files larger than this are refused before they are read.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    public static ImportResult Import(byte[] data, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ImportOptions.Detect;
        if (data.Length > MaxBytes)
        {
            return ImportResult.Fail($"the file is larger than {MaxBytes / 1024 / 1024} MB");
        }

        if (options.Language is not null && !DraftLanguage.IsKnown(options.Language))
        {
            return ImportResult.Fail($"unknown language '{options.Language}'; use one of {string.Join(", ", DraftLanguage.All)}");
        }

        if (data.Length == 0)
        {
            return ImportResult.Fail("the file is empty");
        }

        var format = options.Format;
        string? text = null;
        if (format is null or ImportFormat.Text or ImportFormat.Akn && !FormatDetector.IsZip(data))
        {
            text = FormatDetector.DecodeText(data);
        }

        format ??= FormatDetector.Detect(data, text);
        if (format is null)
        {
            return ImportResult.Fail(FormatDetector.IsPdf(data)
                ? "a PDF file: extract its text first, or import the DOCX or AKN version"
                : "not a text, DOCX or Akoma Ntoso file (binary content or an encoding other than UTF-8)");
        }

        return Built(format.Value, options.Language, () => format switch
        {
            ImportFormat.Docx => DocxImporter.Import(data, options.Language),
            ImportFormat.Akn => AknImporter.Import(text ?? throw new ImportRefusedException("not a text file"), options.Language),
            _ => TextImporter.Import(Blank(text), options.Language ?? LanguageDetector.Detect(text!)),
        });
    }

    /// <summary>
    /// An Akoma Ntoso document already parsed (with DTDs prohibited and no resolver, as the importer parses a file): the same import as
    /// of its file's bytes, without reading the XML again. The agreed-language corpus reads a file's cover and imports
    /// it from one tree.
    /// </summary>
    /// <param name="language">The language to read it in; null to take the file's own (FRBRlanguage, else detected).</param>
    public static ImportResult ImportAkn(XDocument document, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (language is not null && !DraftLanguage.IsKnown(language))
        {
            return ImportResult.Fail($"unknown language '{language}'; use one of {string.Join(", ", DraftLanguage.All)}");
        }

        return Built(ImportFormat.Akn, language, () => AknImporter.Import(document, language));
    }

    private static ImportResult Built(ImportFormat format, string? forcedLanguage, Func<ParsedDocument> parse)
    {
        try
        {
            var parsed = parse();
            // The operative numbering first: the sub-paragraphs' is stored against the one beneath it (ADR 0038 amendment 2).
            OperativeStyles.Apply(parsed);
            SubParagraphStyles.Apply(parsed);
            var draft = DraftBuilder.Build(parsed);
            var review = ImportReview.Of(draft, parsed.SourceLines, parsed.Warnings, forcedLanguage: forcedLanguage is not null, parsed.FootnoteDoubts, parsed.Record, parsed.NumberingDoubts, parsed.OperativeNumberingDoubt, parsed.Unplaced, parsed.OperativeNumberingFromWords);
            return ImportResult.Ok(draft, format, parsed.Warnings, review);
        }
        catch (ImportRefusedException e)
        {
            return ImportResult.Fail(e.Message, format);
        }
    }

    public static ImportResult Import(Stream stream, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > MaxBytes)
        {
            return ImportResult.Fail($"the file is larger than {MaxBytes / 1024 / 1024} MB");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return ImportResult.Fail($"the file is larger than {MaxBytes / 1024 / 1024} MB");
            }

            buffer.Write(chunk, 0, read);
        }

        return Import(buffer.ToArray(), options);
    }

    private static string Blank(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new ImportRefusedException(text is null ? "not a text file" : "the file is empty") : text;
}
