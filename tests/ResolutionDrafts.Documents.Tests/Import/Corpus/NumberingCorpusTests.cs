using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// The General Assembly numbers sub-paragraphs (a), (i), a., i. (ADR 0036): every corpus resolution reads with the UN's
/// numbering, stored as nothing, and no doubt about it — reading the AKN's num must not turn a UN text into another body's.
/// </summary>
public sealed class NumberingCorpusTests
{
    [Fact]
    public void Corpus_EveryResolution_IsNumberedAsTheUnNumbers_WithNoDoubt()
    {
        var other = new List<string>();
        foreach (var file in CorpusTests.CorpusFiles())
        {
            var result = DraftImporter.Import(File.ReadAllBytes(file));
            if (!result.IsSuccess)
            {
                continue; // the corpus tests say why
            }

            // The AKN (its num) and the same resolution as text one paragraph a line (its typed numbers).
            var text = DraftImporter.Import(PlainTextRendering.Render(result.Draft!, "\n", blankLines: false));
            foreach (var (form, read) in new[] { ("akn", result), ("text", text) })
            {
                if (read.IsSuccess && read.Review!.Guesses.FirstOrDefault(g => g.What == "Sub-paragraph numbering") is { } guess)
                {
                    other.Add($"{Path.GetFileName(file)} ({form}): {guess.Why} {string.Join(" | ", read.Warnings.Where(w => w.Contains("number", StringComparison.Ordinal)))}");
                }
            }
        }

        Assert.True(other.Count == 0, $"{other.Count} files:\n{string.Join("\n", other.Take(30))}");
    }
}
