using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// A delegate pastes a paragraph copied from a printed text, its footnote references raised figures ("Council,¹"): a
/// figure standing where the paragraph's reference stood is that reference (<c>[^1]</c>), so the proposal is not worded
/// "replace the reference to footnote 1 with the word “¹”"; raised figures that are the text's own stay. A word inserted
/// right after a reference is placed by the reference, never by half of its mark ("after the word “1]”" before).
/// </summary>
public sealed class RaisedFigureTests
{
    [Theory]
    [InlineData("Recalling the Convention,[^1] and its Protocol,[^2]", "Recalling the Convention,¹ and its Protocol,²", "Recalling the Convention,[^1] and its Protocol,[^2]")]
    [InlineData("Recalling the Convention,[^1] and its Protocol,[^2]", "Recalling the Convention,¹ and its Protocols,²", "Recalling the Convention,[^1] and its Protocols,[^2]")]
    [InlineData("Recalling the {i}Convention{/i},[^12] and", "Recalling the Convention,¹² and", "Recalling the Convention,[^12] and")]
    [InlineData("回顾《公约》[^1]的规定，", "回顾《公约》¹的规定，", "回顾《公约》[^1]的规定，")]
    [InlineData("回顾《公约》[^1]的规定，", "回顾《联合国公约》¹的有关规定，", "回顾《联合国公约》[^1]的有关规定，")]
    // The reference is kept as a mark; "m²" and "10⁶" are the text's own.
    [InlineData("An area of 5 m² and a reference,[^2]", "An area of 5 m² and a reference,[^2] kept", "An area of 5 m² and a reference,[^2] kept")]
    [InlineData("Over 10⁶ people,[^6] were", "Over 10⁶ people,⁶ were", "Over 10⁶ people,[^6] were")]
    // No reference of that number to stand for: a figure stays a figure.
    [InlineData("Recalling the Convention,[^1]", "Recalling the Convention,[^1] and 5 m²", "Recalling the Convention,[^1] and 5 m²")]
    public void ARaisedFigure_WhereTheReferenceStood_IsTheReference(string original, string pasted, string expected) =>
        Assert.Equal(expected, FootnoteReferences.RaisedFiguresAsReferences(original, pasted));

    [Theory]
    [InlineData("en", "In operative paragraph 1, after the reference to footnote 1, insert the words “on Biological Diversity”.")]
    [InlineData("zh", "在执行部分第1段中，在对脚注1的引用之后插入“及其议定书”。")]
    public void AProposalPastedWithRaisedFigures_IsWordedOnlyForWhatChanged(string language, string expected)
    {
        var chinese = language == "zh";
        var original = Draft.Create(language).Value!;
        original.AddFootnote(1, chinese ? "第2997号决议。" : "Resolution 2997 (XXVII).");
        original.InsertParagraph(ParagraphKind.Operative, chinese ? "回顾《公约》[^1]的规定；" : "Recalls the Convention,[^1] as adopted;", id: "op1");
        original.InsertParagraph(ParagraphKind.Operative, chinese ? "决定继续处理此案。" : "Decides to remain seized of the matter.", id: "op2");
        var proposed = original.Clone();
        var pasted = chinese ? "回顾《公约》¹及其议定书的规定；" : "Recalls the Convention,¹ on Biological Diversity as adopted;";
        Assert.True(proposed.SetText("op1", FootnoteReferences.RaisedFiguresAsReferences(original.FindNode("op1")!.Text, pasted)).IsSuccess);

        var amendment = AmendmentBuilder.Compute(original, proposed);

        var wording = Assert.Single(amendment.Wording(language));
        Assert.Equal(expected, wording);
        Assert.DoesNotContain("¹", wording, StringComparison.Ordinal);
        Assert.Equal(original.FindNode("op1")!.Text.Replace("[^1]", chinese ? "[^1]及其议定书" : "[^1] on Biological Diversity", StringComparison.Ordinal), proposed.FindNode("op1")!.Text);
    }
}
