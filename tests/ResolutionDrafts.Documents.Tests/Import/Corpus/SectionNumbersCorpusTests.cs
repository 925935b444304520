using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using Xunit.Abstractions;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// The numbers the draft prints start again where the UN's do: for every corpus file, the operative paragraphs'
/// printed numbers restart at 1 as often as the numbers in the file's own <c>num</c> elements — the parts of a
/// resolution in parts, and the budget resolutions whose
/// sections number their paragraphs from 1 again (76/246: "I" 1.–4., "II" 1.–…), which the draft used to number
/// straight through with a warning (ADR 0016, sections).
/// </summary>
public sealed partial class SectionNumbersCorpusTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"^\s*(\d{1,3})\s*[.．]?\s*$")]
    private static partial Regex TypedNumber();

    [Fact]
    public void Corpus_OperativeNumbers_AreTheNumbersTheUnPrints_AndNoImportWarnsOfStraightNumbering()
    {
        var files = CorpusTests.CorpusFiles();
        var failures = new List<string>();
        var sectioned = 0;
        foreach (var file in files)
        {
            var result = DraftImporter.Import(File.ReadAllBytes(file));
            if (!result.IsSuccess)
            {
                continue; // refused on purpose (a French file): CorpusTests judges those
            }

            var name = Path.GetFileName(file);
            if (result.Warnings.FirstOrDefault(w => w.Contains("straight through", StringComparison.Ordinal)) is { } warning)
            {
                failures.Add($"{name}: {warning}");
                continue;
            }

            var draft = result.Draft!;
            var labels = ParagraphLabels.Compute(draft);
            sectioned += draft.Paragraphs.Any(p => p.OpensSection) ? 1 : 0;
            var printed = draft.Paragraphs.Where(p => labels[p.Id].Marker.Length > 0)
                .Select(p => labels[p.Id].Number).ToList();
            var un = UnNumbers(XDocument.Load(file));
            // Where the numbering starts at 1 again is what sections are about; a paragraph more or less within a run
            // (a paragraph the file leaves unnumbered, a number it skips) is the import's other business (CorpusTests).
            if (printed.Count(n => n == 1) != un.Count(n => n == 1))
            {
                failures.Add($"{name}: printed {string.Join(",", printed)}; the UN prints {string.Join(",", un)}");
            }
        }

        output.WriteLine($"{files.Count - failures.Count} of {files.Count} start their numbers again where the UN does; {sectioned} have sections numbered from 1 again.");
        failures.ForEach(output.WriteLine);
        Assert.True(sectioned >= 18, $"only {sectioned} files have sections; the corpus has at least 18 budget resolutions with them");
        Assert.True(failures.Count <= files.Count / 100, $"{failures.Count} files: {string.Join("\n", failures.Take(20))}");
    }

    /// <summary>
    /// The numbers of the operative paragraphs in the file's bodies, in order: each <c>paragraph</c> of a
    /// mainBody (or a section in it) whose num is a number, not those inside quoted text nor sub-paragraphs.
    /// </summary>
    private static List<int> UnNumbers(XDocument xml)
    {
        var numbers = new List<int>();
        // The resolution's own bodies (each part's in a collection), not an annex's.
        foreach (var body in xml.Descendants().Where(e => e.Name.LocalName is "mainBody" or "body"
                     && !e.Ancestors().Any(a => a.Name.LocalName is "attachment" or "attachments" or "annex")))
        {
            foreach (var paragraph in body.Descendants().Where(e => e.Name.LocalName == "paragraph"))
            {
                if (paragraph.Ancestors().TakeWhile(a => a != body).Any(a => a.Name.LocalName is "quotedStructure" or "embeddedStructure" or "paragraph" or "point" or "list" or "blockList"))
                {
                    continue;
                }

                var num = paragraph.Elements().FirstOrDefault(e => e.Name.LocalName == "num")?.Value ?? "";
                if (TypedNumber().Match(num) is { Success: true } m)
                {
                    numbers.Add(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return numbers;
    }
}
