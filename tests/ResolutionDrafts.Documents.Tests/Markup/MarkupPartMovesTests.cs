using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Documents.Tests.Markup.MarkupAmendmentsTests;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// Tracked moves in Word through the head of part B (its letter, title and author line, then its first paragraph):
/// the proposals read from the file, accepted, give the text the file shows, as Word's Accept All prints it
/// (ADR 0016). A paragraph moved to just under B's author line heads part B; B's first paragraph moved away leaves
/// the part where it was, opened by the paragraph after it.
/// </summary>
public sealed class MarkupPartMovesTests
{
    [Theory]
    [InlineData("Emphasizing the role", "Decides to remain seized", false, "b-pp1", "A")] // B's first to the end of A, where it stands
    [InlineData("Decides to remain seized", "Emphasizing the role", true, "a-op2", "B")] // A's last under B's author line, where it stands
    [InlineData("Requests the Secretary-General to report", "Emphasizing the role", true, "b-op2", "B")] // to the head of B
    [InlineData("Taking note of the report", "Emphasizing the role", true, "a-pp1", "B")] // A's first to the head of B
    [InlineData("Emphasizing the role", "Reaffirming its resolution 13", false, "b-pp1", "B")] // B's first further down B
    public void AParagraphMovedThroughTheHeadOfPartB_AcceptedReadsAsTheWordFile(string paragraph, string anchor, bool before, string id, string part)
    {
        var draft = TestDrafts.InParts();
        var markup = new WordMarkup(DocxExporter.Export(draft));
        markup = before ? markup.MoveParagraphBefore(paragraph, anchor, "Cuba") : markup.MoveParagraph(paragraph, anchor, "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var cuba = result.Authors.Single();
        Assert.Empty(cuba.Skipped);
        Assert.NotEmpty(cuba.Proposals);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
        Assert.Equal(part, PartLetters.Of(AcceptAll(draft, result).Paragraphs)[id]);
    }

    [Fact]
    public void AParagraphMovedUnderASectionsHeading_HeadsTheSection_AsTheWordFileShows()
    {
        // Part B's operative paragraphs as a section numbered from 1 again, under its heading "I. Introduction".
        var draft = TestDrafts.InParts();
        Assert.True(draft.SetSection("b-op1", true).IsSuccess);
        var markup = new WordMarkup(DocxExporter.Export(draft)).MoveParagraphBefore("Requests the Secretary-General to report", "Reaffirms that the United Nations", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Authors.Single().Skipped);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
        var accepted = AcceptAll(draft, result);
        Assert.True(accepted.Paragraphs.Single(p => p.Id == "b-op2").OpensSection);
        Assert.Equal("I. Introduction", accepted.Paragraphs.Single(p => p.Id == "b-op2").Heading);
    }

    [Fact]
    public void PartBsHeadMovedTwoParagraphsDown_InWord_IsOneMoveOfTheTwoParagraphs_AsWordsAcceptAllPrintsIt()
    {
        // B's two preambular paragraphs moved, one after the other, above B's letter, title and author line.
        var draft = TestDrafts.InParts();
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .MoveParagraph("Reaffirming its resolution 13", "Decides to remain seized", "Cuba")
            .MoveParagraph("Emphasizing the role", "Decides to remain seized", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var cuba = result.Authors.Single();
        Assert.Empty(cuba.Skipped);
        var wording = string.Join("\n", cuba.Proposals.Select(p => p.Wording("en")));
        Assert.Equal("Move the first and second preambular paragraphs of resolution B to the end of resolution A.", wording);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
        var letters = PartLetters.Of(AcceptAll(draft, result).Paragraphs);
        Assert.Equal("A", letters["b-pp2"]);
        Assert.Equal("B", letters["b-op1"]);
    }
}
