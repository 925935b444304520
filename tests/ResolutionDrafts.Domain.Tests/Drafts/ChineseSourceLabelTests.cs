using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// ADR 0016 amendment 12: a paragraph's agreed-language source keeps its label as text ("OP9 (a) (i)"), taken from a
/// corpus imported before a Chinese text's second level was labelled ㈠, or kept so in a draft; it reads as the Chinese
/// text labels it, "OP9 (a) ㈠", as a source taken from a corpus imported since does — in the margin's citation, the
/// comparison and every copy. An English source's label is unchanged.
/// </summary>
public sealed class ChineseSourceLabelTests
{
    private const string Text = "为此目的，请秘书长：";

    [Theory]
    [InlineData("OP9 (a) (i)", "zh", "OP9 (a) ㈠")]
    [InlineData("OP9 (a) ㈠", "zh", "OP9 (a) ㈠")]
    [InlineData("B II OP3 (b) (xii) (a)", "zh", "B II OP3 (b) (十二) (a)")]
    [InlineData("(a) (ii)", "zh", "(a) ㈡")] // a decision's one unnumbered paragraph has no "OP"
    [InlineData("OP9 (i)", "zh", "OP9 (i)")] // the first level's (i) is a letter
    [InlineData("OP1 (1) (c)", "zh", "OP1 (1) (c)")] // another body's numbering: (c) is a letter
    [InlineData("OP1 (a) (c)", "zh", "OP1 (a) (c)")] // no list runs to a hundred
    [InlineData("OP1 (a) (v)", "zh", "OP1 (a) ㈤")]
    [InlineData("OP9 (a) (i)", "en", "OP9 (a) (i)")]
    [InlineData("OP9 (a) (i)", null, "OP9 (a) (i)")]
    public void ASourcesLabel_ReadsAsItsLanguageLabelsIt(string stored, string? language, string shown)
    {
        var source = new AgreedLanguage("A/RES/76/165", stored, Text, "2021", language);

        Assert.Equal(shown, source.Label);
        Assert.Equal("A/RES/76/165, " + shown, source.Citation);
        Assert.Equal(shown, ParagraphLabels.InLanguage(stored, language));
    }

    [Fact]
    public void ASourceKeptWithRomanNumerals_AndTheSameTakenSince_AreOneSource_InTheComparison()
    {
        var before = Draft.Create("zh").Value!;
        Assert.True(before.InsertParagraph(ParagraphKind.Operative, Text, id: "p1").IsSuccess);
        Assert.True(new SetSource("p1", new AgreedLanguage("A/RES/76/165", "OP9 (a) (i)", Text, "2021", "zh")).Apply(before).IsSuccess);
        var after = before.Clone();
        Assert.True(new SetSource("p1", new AgreedLanguage("A/RES/76/165", "OP9 (a) ㈠", Text, "2021", "zh")).Apply(after).IsSuccess);

        var compared = DraftComparer.Compare(before, after).Paragraphs.Single(p => p.Id == "p1");

        Assert.False(compared.IsSourceChanged);
        Assert.Equal("OP9 (a) ㈠", before.FindNode("p1")!.Source!.Label);
    }
}
