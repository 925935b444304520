using System.Xml.Linq;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// The UN's AKN writes a point's own items as a <c>sublist</c> standing after the point in its list ((a), then its
/// (i), (ii) / ㈠, ㈡: 75/325 OP4 (a), 76/109 …). They are that point's sub-paragraphs. The importer ran their words into
/// the paragraph's own text ("… open to all Member States: During the seventy-sixth session: …") ahead of (a), in
/// English and Chinese: the meaning changed and the corpus tests, which compare our forms with each other, saw nothing.
/// </summary>
public sealed class SublistCorpusTests
{
    [Fact]
    public void Corpus_ASublistsPoints_AreSubParagraphsOfThePointBeforeIt_NeverWordsOfTheParagraph()
    {
        var wrong = new List<string>();
        var checkedPoints = 0;
        foreach (var file in CorpusTests.CorpusFiles())
        {
            var xml = XDocument.Load(file);
            var points = xml.Descendants().Where(e => e.Name.LocalName == "sublist" && e.Parent?.Name.LocalName == "list"
                    && e.ElementsBeforeSelf().LastOrDefault()?.Name.LocalName == "point")
                .SelectMany(s => s.Elements().Where(e => e.Name.LocalName == "point"))
                .Select(p => Squeezed(string.Concat(p.Elements().Where(e => e.Name.LocalName == "content").Select(c => c.Value))))
                .Where(t => t.Length >= 12).Select(t => t[..12]).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var draft = DraftImporter.Import(File.ReadAllBytes(file)).Draft!;
            var deep = draft.Paragraphs.SelectMany(p => p.SubParagraphs).SelectMany(a => a.SubParagraphs.Concat(a.SubParagraphs.SelectMany(s => s.SubParagraphs)))
                .Select(n => Squeezed(InlineItalics.Strip(n.Text))).ToList();
            foreach (var point in points)
            {
                checkedPoints++;
                if (!deep.Any(t => t.StartsWith(point, StringComparison.Ordinal)))
                {
                    wrong.Add($"{Path.GetFileName(file)}: “{point}…” is not a sub-paragraph of a sub-paragraph");
                }
            }
        }

        Assert.True(checkedPoints >= 20, $"only {checkedPoints} sublist points found in the corpus");
        Assert.Empty(wrong);
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
