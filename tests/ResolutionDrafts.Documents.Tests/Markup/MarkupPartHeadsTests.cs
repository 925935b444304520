using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Documents.Tests.Markup.MarkupAmendmentsTests;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// Tracked changes in Word to the head of a part (its author line; a part with no title) read back as proposals,
/// never dropped (issue 16, ADR 0016 amendment 5): accepted, they give the text Word's Accept All gives.
/// </summary>
public sealed class MarkupPartHeadsTests
{
    /// <summary>Part B with an author line of its own (so the file has one paragraph reading it) and, if asked, no title.</summary>
    private static Draft InParts(string? bTitle = null)
    {
        var draft = TestDrafts.InParts();
        var b = draft.Paragraphs.Single(p => p.Id == "b-pp1").Part!;
        Assert.True(draft.SetPart("b-pp1", new DraftPart(bTitle ?? b.Title, "The Economic and Social Council,")).IsSuccess);
        return draft;
    }

    [Fact]
    public void ATrackedChangeInAPartsAuthorLine_IsAProposalToReplaceThatAuthorLine()
    {
        var draft = InParts();
        var markup = new WordMarkup(DocxExporter.Export(draft)).Replace("The Economic and Social Council,", "Economic and Social Council", "General Assembly", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var cuba = result.Authors.Single();
        Assert.Empty(cuba.Skipped);
        var proposal = Assert.Single(cuba.Proposals);
        Assert.Equal(AmendmentKind.ReplacePartAuthorLine, Assert.Single(proposal.Amendment.Instructions).Kind);
        Assert.Equal("In resolution B, replace the author line “The Economic and Social Council,” with “The General Assembly,”.", proposal.Wording("en"));
        Assert.Equal("The General Assembly,", AcceptAll(draft, result).Paragraphs.Single(p => p.Id == "b-pp1").Part!.AuthorLine);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
    }

    [Fact]
    public void ATrackedChangeInTheFirstPartsAuthorLine_IsAProposalToReplaceIt()
    {
        var draft = InParts();
        Assert.True(draft.SetPart("a-pp1", new DraftPart("Information in the service of humanity", "The Security Council,")).IsSuccess);
        var markup = new WordMarkup(DocxExporter.Export(draft)).Replace("The Security Council,", "Security Council", "Human Rights Council", "Brazil");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Authors.Single().Skipped);
        Assert.Equal(["In resolution A, replace the author line “The Security Council,” with “The Human Rights Council,”."],
            result.Proposals.Select(p => p.Wording("en")));
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
    }

    [Theory]
    [InlineData("Decides to remain seized", "a-op2")] // A's last under B's letter and author line
    [InlineData("Requests the Secretary-General to report", "b-op2")] // from further down B
    public void InAPartWithNoTitle_AParagraphMovedUnderItsAuthorLine_HeadsThatPart(string paragraph, string id)
    {
        var draft = InParts(bTitle: "");
        var markup = new WordMarkup(DocxExporter.Export(draft)).MoveParagraphBefore(paragraph, "Emphasizing the role", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Authors.Single().Skipped);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
        var accepted = AcceptAll(draft, result);
        Assert.Equal("B", PartLetters.Of(accepted.Paragraphs)[id]);
        Assert.NotNull(accepted.Paragraphs.Single(p => p.Id == id).Part);
    }

    [Theory]
    [InlineData("en", "Decides to remain seized", "Emphasizing the role", "a-op2")] // A's last under B's letter alone
    [InlineData("en", "Requests the Secretary-General to report", "Emphasizing the role", "b-op2")] // from further down B
    [InlineData("zh", "决定继续审议这个问题", "强调联合国的新闻活动", "a-op2")] // the Chinese files of 76/84 give parts no title
    public void InAPartWithNeitherTitleNorAuthorLine_AParagraphMovedUnderItsLetter_HeadsThatPart(string language, string paragraph, string bFirst, string id)
    {
        var draft = TestDrafts.InParts(language);
        Assert.True(draft.SetPart("b-pp1", new DraftPart("", "")).IsSuccess);
        var markup = new WordMarkup(DocxExporter.Export(draft)).MoveParagraphBefore(paragraph, bFirst, "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Authors.Single().Skipped);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
        var accepted = AcceptAll(draft, result);
        Assert.Equal("B", PartLetters.Of(accepted.Paragraphs)[id]);
        Assert.NotNull(accepted.Paragraphs.Single(p => p.Id == id).Part);
    }

    [Fact]
    public void InAPartWithNoTitle_AParagraphInsertedUnderItsAuthorLine_HeadsThatPart()
    {
        var draft = InParts(bTitle: "");
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .InsertParagraphAfter("The Economic and Social Council,", "Recalling its earlier resolutions,", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Authors.Single().Skipped);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
        var accepted = AcceptAll(draft, result);
        var head = accepted.Paragraphs.Single(p => p.Text == "Recalling its earlier resolutions,");
        Assert.NotNull(head.Part);
        Assert.Equal("B", PartLetters.Of(accepted.Paragraphs)[head.Id]);
    }

    [Theory]
    [InlineData("Bearing in mind the Charter", "pp2")] // from further above it
    [InlineData("Deeply concerned about violence", "pp3")] // from just above it
    public void AParagraphMovedUnderAPlainHeading_TakesTheHeading_AsTheWordFileShows(string paragraph, string id)
    {
        // "I. General" heads operative paragraph 1 and opens no section: in Word a line of its own.
        var draft = TestDrafts.Rich();
        Assert.False(draft.Paragraphs.Single(p => p.Id == "op1").OpensSection);
        var markup = new WordMarkup(DocxExporter.Export(draft)).MoveParagraphBefore(paragraph, "Takes note with appreciation", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Authors.Single().Skipped);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
        var accepted = AcceptAll(draft, result);
        Assert.Equal("I. General", accepted.Paragraphs.Single(p => p.Id == id).Heading);
        Assert.Null(accepted.Paragraphs.Single(p => p.Id == "op1").Heading);
    }

    [Fact]
    public void AParagraphInsertedUnderAPlainHeading_TakesTheHeading()
    {
        var draft = TestDrafts.Rich();
        var markup = new WordMarkup(DocxExporter.Export(draft)).InsertParagraphAfter("I. General", "Welcomes the progress made;", "Cuba");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Authors.Single().Skipped);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
        Assert.Equal("I. General", AcceptAll(draft, result).Paragraphs.Single(p => p.Text == "Welcomes the progress made;").Heading);
    }
}
