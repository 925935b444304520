using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A word a page break cut after a hyphen ("estab-" at the foot of a page, "lishment" at the head of the next), in text
/// copied from a PDF some other printer made: the hyphen is kept, as a hyphen ending a line between letters is part of the
/// word in UN prints ("non-nuclear-" / "weapon"), and the preview now says so instead of keeping "estab-lishment" unsaid.
/// </summary>
public sealed class PageBreakHyphenTests
{
    private static string Text(string pageEnd, string pageHead) => $"""
        United Nations                                                        S/2025/901
        Security Council                                                      Distr.: General
                                                                              11 December 2025

                                                                              Original: English

        France and United Kingdom of Great Britain and Northern Ireland: draft resolution

              The Security Council,
              Recalling its previous resolutions on the situation in the region,
              Determining that the situation continues to constitute a threat to international
        peace and security in the region,
              1.     Decides to extend the mandate of the Mission until 20 December 2026;
              2.     Calls for the {pageEnd}

        25-20199 (E)    121225
        *2520199*
        S/2025/901

        2/2                                                                    25-20199
        {pageHead} of a commission of inquiry without delay;
              3.     Decides to remain seized of the matter.
        """;

    private static ImportResult Import(string text)
    {
        var result = DraftImporter.Import(System.Text.Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Assert.True(result.IsSuccess, result.Error);
        return result;
    }

    [Fact]
    public void AWordHyphenatedAcrossAPageBreak_IsKeptAsPrinted_AndTheDoubtIsListed()
    {
        var result = Import(Text("estab-", "lishment"));

        var op2 = result.Draft!.FindNode("op2")!.Text;
        Assert.Equal("Calls for the estab-lishment of a commission of inquiry without delay;", op2);
        Assert.Contains(result.Warnings, w => w.Contains("“estab-lishment”", StringComparison.Ordinal) && w.Contains("page break", StringComparison.Ordinal));
    }

    [Fact]
    public void AWordEndingAPageWhole_OrALineHyphenWithinAPage_RaisesNoSuchDoubt()
    {
        var whole = Import(Text("establishment", "and the work"));
        Assert.DoesNotContain(whole.Warnings, w => w.Contains("page break", StringComparison.Ordinal));

        // Within a page, a hyphen ending a line between letters is the word's own ("non-nuclear-" / "weapon"): no doubt.
        var within = Import(Text("establishment", "and the work").Replace(
            "threat to international\npeace", "threat to non-nuclear-\nweapon peace", StringComparison.Ordinal));
        Assert.Contains("non-nuclear-weapon peace", within.Draft!.FindNode("pp2")!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(within.Warnings, w => w.Contains("page break", StringComparison.Ordinal));
    }
}
