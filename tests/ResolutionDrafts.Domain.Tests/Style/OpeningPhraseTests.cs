using System.Xml.Linq;
using ResolutionDrafts.Domain.Style;

namespace ResolutionDrafts.Domain.Tests.Style;

public sealed class OpeningPhraseTests
{
    // Live text may be only spaces for a moment (a paragraph emptied and retyped); a reader's page
    // computes the italics of every paragraph it shows and must not fail on it.
    [Theory]
    [InlineData(" ")]
    [InlineData("   ")]
    [InlineData("\u00a0")]
    public void WhitespaceOnly_HasNoOpeningPhrase(string text) => Assert.Equal(0, OpeningPhrase.Length(text, "en"));

    [Theory]
    [InlineData("Recalling its resolutions 60/251 of 15 March 2006,", "Recalling")]
    [InlineData("Recalling also the measures adopted by the Executive,", "Recalling also")]
    [InlineData("Bearing in mind that the Charter,", "Bearing in mind")]
    [InlineData("Deeply concerned about the situation,", "Deeply concerned")]
    [InlineData("Having considered the recommendations,", "Having considered")]
    [InlineData("Taking into account the report,", "Taking into account")]
    [InlineData("Reaffirming, among other principles, the sovereign equality,", "Reaffirming")]
    [InlineData("Decides to include in the provisional agenda;", "Decides")]
    [InlineData("Requests also the Secretary-General to report;", "Requests also")]
    [InlineData("Calls upon all States to refrain;", "Calls upon")]
    [InlineData("Calls once again for the end;", "Calls once again for")]
    [InlineData("Takes note with appreciation of the report;", "Takes note with appreciation")]
    [InlineData("Expresses its deep concern at the situation;", "Expresses its deep concern")]
    [InlineData("Once again urges States;", "Once again urges")]
    [InlineData("Noting with concern that,", "Noting with concern")]
    public void Length_CoversTheOpeningPhraseOnly(string text, string expected) =>
        Assert.Equal(expected, OpeningPhrase.Of(text, "en"));

    [Fact]
    public void Chinese_HasNoItalicPhrase() => Assert.Equal(0, OpeningPhrase.Length("回顾其决议，", "zh"));

    /// <summary>
    /// The UN's own Akoma Ntoso files mark the italic opening of each paragraph; our rule must find
    /// the same words for every preambular and operative paragraph in them.
    /// </summary>
    [Fact]
    public void Length_MatchesTheItalicSpansOfTheUnAknFiles()
    {
        var folder = Path.Combine(RepoRoot(), "..", "shared", "fixtures", "akn");
        XNamespace akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
        var checkedCount = 0;
        var mismatches = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*E.xml"))
        {
            var doc = XDocument.Load(file);
            var paragraphs = doc.Descendants(akn + "preamble").Elements(akn + "container")
                .Concat(doc.Descendants(akn + "mainBody").Elements(akn + "paragraph"));
            foreach (var paragraph in paragraphs)
            {
                var p = paragraph.Descendants(akn + "p").FirstOrDefault();
                var span = p?.Elements(akn + "span").FirstOrDefault(s => (string?)s.Attribute("class") == "italic");
                if (p is null || span is null || span.ElementsBeforeSelf().Any() || span.NodesBeforeSelf().OfType<XText>().Any(t => t.Value.Trim().Length > 0))
                {
                    continue; // no italic opening to compare with
                }

                var text = string.Concat(p.Nodes().TakeWhile(n => n is not XElement { Name.LocalName: "authorialNote" })
                    .Select(n => n is XElement e ? e.Value : ((XText)n).Value)).Trim();
                var expected = span.Value.Trim();
                checkedCount++;
                var actual = OpeningPhrase.Of(text, "en").Trim();
                if (actual != expected)
                {
                    mismatches.Add($"{Path.GetFileName(file)}: expected '{expected}', got '{actual}' in \"{text[..Math.Min(60, text.Length)]}\"");
                }
            }
        }

        Assert.True(checkedCount > 150, $"only {checkedCount} paragraphs checked");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ResolutionDrafts.sln not found above the test folder.");
    }
}
