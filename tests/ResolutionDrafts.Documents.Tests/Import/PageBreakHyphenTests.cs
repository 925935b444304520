using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A word a page break cut after a hyphen ("estab-" at the foot of a page, "lishment" at the head of the next), in text
/// copied from a PDF some other printer made: the hyphen is kept, as a hyphen ending a line between letters is part of the
/// word in UN prints ("non-nuclear-" / "weapon"), and the preview now says so instead of keeping "estab-lishment" unsaid.
/// ADR 0042: the text itself decides when it can — the word spelled whole elsewhere is mended (and said), spelled with its
/// hyphen elsewhere keeps it with no doubt; only a word nothing decides is kept as printed and listed. Chinese is untouched.
/// </summary>
public sealed class PageBreakHyphenTests
{
    private static string Text(string pageEnd, string pageHead, string recalling = "its previous resolutions on the situation in the region") => $"""
        United Nations                                                        S/2025/901
        Security Council                                                      Distr.: General
                                                                              11 December 2025

                                                                              Original: English

        France and United Kingdom of Great Britain and Northern Ireland: draft resolution

              The Security Council,
              Recalling {recalling},
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

    [Fact]
    public void AWordCutByAPageBreak_WhichTheTextSpellsWholeElsewhere_IsMended_AndSaid()
    {
        var result = Import(Text("estab-", "lishment", "the establishment of the Mission by resolution 2700 (2023)"));

        Assert.Equal("Calls for the establishment of a commission of inquiry without delay;", result.Draft!.FindNode("op2")!.Text);
        var said = Assert.Single(result.Warnings, w => w.Contains("“establishment”", StringComparison.Ordinal));
        Assert.Contains("page break", said, StringComparison.Ordinal);
        Assert.Contains("“estab-” / “lishment”", said, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("estab-lishment", StringComparison.Ordinal));
    }

    [Fact]
    public void AWordCutByAPageBreak_WhichTheTextSpellsWithItsHyphenElsewhere_KeepsIt_WithNoDoubt()
    {
        var result = Import(Text("non-nuclear-", "weapon States", "the assurances given to non-nuclear-weapon States"));

        Assert.Equal("Calls for the non-nuclear-weapon States of a commission of inquiry without delay;", result.Draft!.FindNode("op2")!.Text);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("weapon", StringComparison.Ordinal));
    }

    [Fact]
    public void AWordCutAtALinesEndWithinAPage_WhichTheTextSpellsWholeElsewhere_IsMended_AndSaid()
    {
        var text = Text("establishment", "and the work", "the establishment of the Mission").Replace(
            "threat to international\npeace", "threat to the estab-\nlishment of peace", StringComparison.Ordinal);

        var result = Import(text);

        Assert.Contains("threat to the establishment of peace", result.Draft!.FindNode("pp2")!.Text, StringComparison.Ordinal);
        var said = Assert.Single(result.Warnings, w => w.Contains("“establishment”", StringComparison.Ordinal));
        Assert.Contains("end of a line", said, StringComparison.Ordinal);
    }

    [Fact]
    public void ChineseText_IsUntouchedByTheHyphenRule()
    {
        // A Chinese PDF's line may end with a Latin word's hyphen; its lines join with nothing, as before, even where the English
        // rule would mend the word (spelled whole in PP1).
        var text = """
            联合国                                                        S/2025/901
            安全理事会                                                    分发：一般
                                                                          2025年12月11日
                                                                          中文
                                                                          原文：英文

            法国和大不列颠及北爱尔兰联合王国：决议草案

                安全理事会，
                回顾其以往关于该区域局势的各项决议以及establishment一词，
                1. 决定将特派团任务期限延长至2026年12月20日，并请estab-
            lishment小组报告；
                2. 决定继续处理此案。
            """;

        var result = Import(text);

        Assert.Equal("决定将特派团任务期限延长至2026年12月20日，并请estab-lishment小组报告；", result.Draft!.FindNode("op1")!.Text);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("lishment", StringComparison.Ordinal));
    }
}
