using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Import.Akn;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Precedents.Reading;

/// <summary>
/// Reads an adopted resolution's or decision's AKN file (UNxml) into corpus paragraphs. The paragraphs are the importer's
/// (<see cref="DraftImporter"/>), not a reading of its own: whatever the importer reads — parts, sections,
/// typed sub-paragraphs, split statements — feeds the agreed-language search too, and a precedent reads as the
/// same paragraph imported as a draft would. Each paragraph is keyed by the draft's id from position, which
/// links the languages of one resolution.
/// </summary>
public static partial class AknCorpusReader
{
    /// <summary>The largest file read; the UN's largest resolution files are a few MB.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    [GeneratedRegex(@"^\d{1,3}/\d{1,4}(?:\s*[A-Z])?\s*\.\s*")]
    private static partial Regex ResolutionNumber();

    /// <exception cref="CorpusReadException">The file is not an adopted resolution or decision in AKN; the message says why.</exception>
    public static CorpusResolution Read(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new CorpusReadException($"larger than {MaxBytes / 1024 / 1024} MB");
        }

        var xml = Load(bytes);
        var root = xml.Root!;
        if (root.Name.LocalName != "akomaNtoso")
        {
            throw new CorpusReadException("not Akoma Ntoso (the root element is not akomaNtoso)");
        }

        var document = root.Elements().FirstOrDefault(e => e.Name.LocalName != "components")
            ?? throw new CorpusReadException("the Akoma Ntoso file holds no document");
        var language = AknMetadata.Language(document) ?? throw new CorpusReadException("no language (FRBRlanguage) in the metadata");
        var text = new AknText(document, language);
        var front = document.Elements().Where(e => e.Name.LocalName is "coverPage" or "preface").SelectMany(e => e.Descendants()).ToList();
        var hasSymbol = front.Any(e => e.Name.LocalName == "docNumber" && (string?)e.Attribute("refersTo") == "#symbol");
        var title = front.FirstOrDefault(e => e.Name.LocalName == "docTitle" && e.Ancestors().Any(a => a.Name.LocalName == "preface"));
        if (!hasSymbol && (title is null || !ResolutionNumber().IsMatch(text.Of(title))))
        {
            throw new CorpusReadException("no document symbol (docNumber) on the cover page");
        }

        var draft = Imported(xml, language);
        // The importer's symbol and language: it sets right a symbol that disagrees with the resolution's own number,
        // and reads a file labelled Spanish whose text is Chinese as Chinese. A decision is known by what the file says
        // it is (the importer's kind: statement or FRBR work "decision", ADR 0022), and when it has no symbol of its own
        // it is cited by its number ("76/515. Report …" → decision 76/515).
        var decision = draft.Kind.IsDecision();
        var symbol = hasSymbol ? draft.Metadata.Symbol ?? ""
            : decision ? ResolutionNumber().Match(text.Of(title!)).Value.TrimEnd().TrimEnd('.').TrimEnd()
            : throw new CorpusReadException("no document symbol (docNumber) on the cover page");
        language = draft.Language;
        var labels = ParagraphLabels.Compute(draft);
        var whole = decision ? WholeText(draft, labels) : null;
        var paragraphs = draft.AllNodes().Select(node => new CorpusParagraph(node.Id, Label(labels[node.Id].Label, whole), labels[node.Id].Kind, node.Text.Trim())).ToList();
        paragraphs.RemoveAll(p => p.Text.Length == 0);
        if (!paragraphs.Exists(p => p.Kind == ParagraphKind.Operative))
        {
            throw new CorpusReadException("no operative paragraphs (mainBody has no paragraph)");
        }

        return new CorpusResolution(
            symbol,
            language,
            title is null ? "" : ResolutionNumber().Replace(text.Of(title), ""),
            AdoptionDate(document, front),
            front.FirstOrDefault(e => e.Name.LocalName == "docAuthority" && (string?)e.Attribute("refersTo") == "#issuingBody") is { } body ? text.Of(body) : null,
            front.FirstOrDefault(e => e.Name.LocalName == "session")?.Attribute("value")?.Value,
            paragraphs,
            decision);
    }

    /// <summary>
    /// The resolution's paragraphs and sub-paragraphs as the importer reads them (<see cref="DraftImporter"/>: parts,
    /// headings, sections' preambles and numbers, typed sub-paragraphs, statements split in several bodies), each
    /// labelled as the draft labels it ("B OP3 (a)", "II OP1") and keyed by the draft's id from position, which the
    /// English and Chinese files of one resolution share when they have the same structure.
    /// </summary>
    private static Draft Imported(XDocument xml, string language)
    {
        // The tree the cover was read from: the file is parsed once.
        var result = DraftImporter.ImportAkn(xml);
        if (!result.IsSuccess && DraftLanguage.IsKnown(language) && !DraftLanguage.IsChinese(language) && language != DraftLanguage.English)
        {
            // A French, Spanish, Russian or Arabic file: the importer refuses to make a draft of it, but its
            // paragraphs are agreed language in that language all the same.
            result = DraftImporter.ImportAkn(xml, language);
        }

        if (!result.IsSuccess)
        {
            throw new CorpusReadException(result.Error!);
        }

        return result.Draft!;
    }

    /// <summary>
    /// A decision whose text is one paragraph and nothing before it prints that paragraph unnumbered: it is the
    /// decision's text, cited "decision 76/515" with no paragraph label (its sub-paragraphs "(a)", "(b)"); its label
    /// ("OP1"), else null.
    /// </summary>
    private static string? WholeText(Draft draft, IReadOnlyDictionary<string, ParagraphLabel> labels) =>
        draft.Paragraphs is [{ Kind: ParagraphKind.Operative } only] && labels[only.Id].Marker.Length == 0 ? labels[only.Id].Label : null;

    private static string Label(string label, string? whole) =>
        whole is null ? label
        : label == whole ? ""
        : label.StartsWith(whole + " ", StringComparison.Ordinal) ? label[(whole.Length + 1)..]
        : label;

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
}
