using System.Text;
using ResolutionDrafts.Documents.Import;
using Xunit.Abstractions;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// The review an import preview shows (issue 16): counts, a confidence for each guess, the lines
/// that became nothing, sponsors not on the list, a symbol asked for when there is none.
/// </summary>
public sealed class ImportReviewTests(ITestOutputHelper output)
{
    public static TheoryData<string> TextFixtures => new()
    {
        "A_80_L.6.txt", "A_C.1_80_L.5.txt", "A_C.3_80_L.24.txt", "A_C.3_80_L.64.txt", "A_C.3_80_L.65.txt", "A_C.6_80_L.10.txt",
        "A_RES_50_72_A_zh.txt", "A_RES_80_4.txt", "cosp7-technical-assistance-rev-draft.zh.txt",
    };

    [Theory]
    [MemberData(nameof(TextFixtures))]
    public void Review_OfAnIssuedDocumentsText_CountsWhatTheDraftHoldsAndFindsNothingWrong(string file)
    {
        var result = DraftImporter.Import(Fixtures.Bytes("text", file));

        Assert.True(result.IsSuccess, result.Error);
        var review = result.Review!;
        foreach (var guess in review.Guesses)
        {
            output.WriteLine($"{guess.What}: {guess.Confidence} — {guess.Why}");
        }

        foreach (var line in review.UnreadLines)
        {
            output.WriteLine("unread: " + line);
        }

        var draft = result.Draft!;
        Assert.Equal(Fixtures.Count(draft, Domain.Drafts.ParagraphKind.Preambular), review.Preambular);
        Assert.Equal(Fixtures.Count(draft, Domain.Drafts.ParagraphKind.Operative), review.Operative);
        Assert.Equal(Fixtures.SubParagraphs(draft), review.SubParagraphs);
        Assert.Equal(draft.Footnotes.Count, review.Footnotes);
        Assert.Equal(draft.Sponsors.Count, review.Sponsors);
        Assert.False(review.LooksWrong, string.Join("\n", review.Guesses));
    }

    [Fact]
    public void Review_OfTextWithALineTheImportDropped_ListsThatLine()
    {
        var text = File.ReadAllText(Fixtures.Path_("text", "A_80_L.6.txt")) + "\nPlease forward this text to the capital before Friday\n";

        var review = DraftImporter.Import(Encoding.UTF8.GetBytes(text)).Review!;

        Assert.Equal(["Please forward this text to the capital before Friday"], review.UnreadLines);
        Assert.Equal(ImportConfidence.Medium, review.Guesses.Single(g => g.What == "Lines read").Confidence);
    }

    [Fact]
    public void Review_OfATextWithNoMasthead_AsksForASymbol()
    {
        const string text = "The General Assembly,\nRecalling its resolution 70/1 of 25 September 2015,\nNoting the report of the Secretary-General,\n"
            + "1. Decides to remain seized of the matter;\n2. Requests the Secretary-General to report on the implementation of the present resolution.\n";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Null(result.Draft!.Metadata.Symbol);
        Assert.True(result.Review!.NeedsSymbol);
        Assert.False(result.Review.LooksWrong);
    }

    [Fact]
    public void Review_OfParagraphsThatDoNotEndAsParagraphsEnd_SaysTheStructureLooksWrong()
    {
        // Pasted without the punctuation that closes a UN paragraph: the paragraphs the importer made cannot be trusted.
        const string text = "The General Assembly,\nRecalling its resolution 70/1 of 25 September 2015\nNoting the report of the Secretary-General on the\n"
            + "matter and the recommendations contained therein\nStressing the need for\n1. Decides to remain seized of the matter.\n";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsSuccess, result.Error);
        Assert.True(result.Review!.LooksWrong, string.Join("\n", result.Review.Guesses));
        Assert.Contains(result.Review.Guesses, g => g.Confidence == ImportConfidence.Low && g.What.EndsWith("paragraphs", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_OfASponsorNotOnTheList_NamesIt()
    {
        var text = File.ReadAllText(Fixtures.Path_("text", "A_80_L.6.txt")).Replace("Cuba: draft resolution", "Cuba and Freedonia: draft resolution", StringComparison.Ordinal);

        var review = DraftImporter.Import(Encoding.UTF8.GetBytes(text)).Review!;

        Assert.Equal(["Freedonia"], review.UnknownSponsors);
        Assert.Equal(2, review.Sponsors);
        Assert.Contains("Freedonia", review.Guesses.Single(g => g.What == "Sponsors").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_OfFootnotesReferredToNowhere_AsksForALook()
    {
        var text = File.ReadAllText(Fixtures.Path_("text", "A_80_L.6.txt"));
        var draft = DraftImporter.Import(Encoding.UTF8.GetBytes(text)).Draft!;
        Assert.NotEmpty(draft.Footnotes);

        var review = ImportReview.Of(draft, [], [], forcedLanguage: false);
        Assert.Equal(ImportConfidence.High, review.Guesses.Single(g => g.What == "Footnotes").Confidence);

        foreach (var node in draft.AllNodes().ToList())
        {
            Assert.True(draft.SetText(node.Id, Domain.Drafts.FootnoteReferences.Pattern().Replace(node.Text, "")).IsSuccess);
        }

        var footnotes = ImportReview.Of(draft, [], [], forcedLanguage: false).Guesses.Single(g => g.What == "Footnotes");
        Assert.Equal(ImportConfidence.Medium, footnotes.Confidence);
        Assert.Contains("referred to nowhere", footnotes.Why, StringComparison.Ordinal);
    }
}
