using ResolutionDrafts.Documents.Import;
using Xunit.Abstractions;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// The import review must not cry wolf: on the UN's own adopted resolutions (AKN) and on their plain-text
/// rendering, one paragraph a line, at most 2 % may look wrong. The false alarms are printed. A paragraph listed as holding a
/// second paragraph's opening words (ADR 0042) is a false alarm on these correctly read texts: at most 1 % of the imports.
/// </summary>
public sealed class ReviewCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Review_OfAdoptedResolutions_RarelySaysTheStructureLooksWrong()
    {
        var files = CorpusTests.CorpusFiles();
        Assert.NotEmpty(files);
        int imported = 0, alarms = 0, listed = 0;
        foreach (var file in files)
        {
            var akn = DraftImporter.Import(File.ReadAllBytes(file));
            if (!akn.IsSuccess)
            {
                continue;
            }

            foreach (var (form, result) in new[] { ("akn", akn), ("text", DraftImporter.Import(PlainTextRendering.Render(akn.Draft!, "\n", blankLines: false))) })
            {
                if (!result.IsSuccess)
                {
                    continue;
                }

                imported++;
                if (result.Review!.ParagraphDoubts.Count > 0)
                {
                    listed++;
                    output.WriteLine($"{Path.GetFileName(file)} ({form}) lists: " + string.Join("; ", result.Review.ParagraphDoubts.Select(d => $"{d.Label} “{d.FirstWords}” holds “{d.Phrase}”")));
                }

                if (result.Review!.LooksWrong)
                {
                    alarms++;
                    output.WriteLine($"{Path.GetFileName(file)} ({form}): " + string.Join("; ", result.Review.Guesses.Where(g => g.Confidence == ImportConfidence.Low).Select(g => $"{g.What}: {g.Why}")));
                }
            }
        }

        output.WriteLine($"{alarms} of {imported} imports look wrong to the review; {listed} list a paragraph holding another's opening words");
        Assert.True(listed * 100 <= imported, $"{listed} of {imported} imports of adopted resolutions list a paragraph as merged");
        // What is left (about 1 %) are mostly real: Chinese section headings read as operative paragraphs.
        Assert.True(alarms * 50 <= imported, $"{alarms} of {imported} imports of adopted resolutions look wrong to the review");
    }
}
