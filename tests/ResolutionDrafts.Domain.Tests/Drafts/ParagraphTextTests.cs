using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// Issue 19: the paragraph-text rule existed four times with different messages, and a text given whole
/// (a page's form) was not checked for half characters as a typed one was. One rule now, whichever door
/// the text comes through.
/// </summary>
public sealed class ParagraphTextTests
{
    private static (Draft Draft, string Id) OneParagraph()
    {
        var draft = Draft.Create("en").Value!;
        var id = draft.InsertParagraph(ParagraphKind.Operative, "Urges all States;").Value!.Id;
        return (draft, id);
    }

    [Fact]
    public void ATooLongText_GetsOneMessage_WhetherGivenWhole_TypedLive_OrInsertedByAnOperation()
    {
        var tooLong = new string('x', DraftLimits.MaxTextLength + 1);
        var (whole, id) = OneParagraph();
        var (typed, typedId) = OneParagraph();
        var (inserted, _) = OneParagraph();

        var fromForm = whole.SetText(id, tooLong);
        var fromKeystroke = EditText.Splice(typed, typedId, 0, 0, new string('x', DraftLimits.MaxTextLength)).Value!.Apply(typed);
        var fromOperation = new InsertParagraph("p-new", ParagraphKind.Operative, 1, tooLong).Apply(inserted);

        var expected = $"can have at most {DraftLimits.MaxTextLength:N0} characters; this one has {DraftLimits.MaxTextLength + 1:N0}.";
        Assert.EndsWith(expected, fromForm.Error);
        Assert.Contains($"the most is {DraftLimits.MaxTextLength:N0}", fromKeystroke.Error); // an edit says what it would make
        Assert.EndsWith(expected, fromOperation.Error);
        Assert.Equal("Urges all States;", whole.FindNode(id)!.Text);
    }

    [Fact]
    public void HalfACharacter_IsRefused_FromAFormAsFromTheWire()
    {
        var (draft, id) = OneParagraph();
        var loneHighSurrogate = "Urges all States \uD83D;";

        var result = draft.SetText(id, loneHighSurrogate);

        Assert.False(result.IsSuccess);
        Assert.Contains("half of a character", result.Error);
        Assert.Equal("Urges all States;", draft.FindNode(id)!.Text);
    }

    [Theory]
    [InlineData(null, "A paragraph's text is missing.")]
    [InlineData("", null)]
    [InlineData("Decides ", null)]
    public void TypedText_MayBeEmptyOrEndInASpace_ButNotMissing(string? text, string? expected) =>
        Assert.Equal(expected, ParagraphText.ProblemAsTyped(text));

    [Theory]
    [InlineData("", "A footnote cannot be empty.")]
    [InlineData("   ", "A footnote cannot be empty.")]
    [InlineData("See A/80/1.", null)]
    public void WholeText_MustNotBeEmpty(string text, string? expected) =>
        Assert.Equal(expected, ParagraphText.Problem(text, "A footnote"));

    [Theory]
    [InlineData("Takes note of the {i}Official Records{/i};[^1]", 35)]
    [InlineData("Recalling[^1][^12] {i}{/i}", 10)]
    [InlineData("注意到《{i}大会正式记录{/i}》", 11)]
    [InlineData("Cafe\u0301 𝒜", 6)] // an accent typed as its own code point, a character outside the BMP: one each
    [InlineData("", 0)]
    public void ReadLength_CountsWhatAReaderSees_NotTheMarks(string text, int expected) =>
        Assert.Equal(expected, ParagraphText.ReadLength(text));
}
