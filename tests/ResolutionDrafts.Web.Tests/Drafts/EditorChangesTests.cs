using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Drafts;

/// <summary>The changes behind the live editor's questions (issue 17): an emptied paragraph, a long paste split into paragraphs.</summary>
public sealed class EditorChangesTests
{
    [Fact]
    public void DeleteIfEmpty_DeletesAnEmptiedParagraph_ButNotOneSomeoneTypedIntoMeanwhile()
    {
        var draft = SampleDrafts.Demo();
        var length = draft.FindNode("op2")!.Text.Length;
        Assert.True(EditText.Splice(draft, "op2", 0, length, "").Value!.Apply(draft).IsSuccess);

        var typedMeanwhile = SampleDrafts.Demo();
        var refused = DraftChanges.DeleteIfEmpty("op2")(typedMeanwhile);
        Assert.False(refused.IsSuccess);
        Assert.Contains("someone has typed into the paragraph meanwhile", refused.Error, StringComparison.Ordinal);

        var onlyItalicMarks = SampleDrafts.Demo();
        Assert.True(EditText.Splice(onlyItalicMarks, "op2", 0, length, "{i}{/i}").Value!.Apply(onlyItalicMarks).IsSuccess);
        Assert.True(DraftChanges.DeleteIfEmpty("op2")(onlyItalicMarks).IsSuccess);

        var deleted = DraftChanges.DeleteIfEmpty("op2")(draft);
        Assert.True(deleted.IsSuccess, deleted.Error);
        Assert.True(deleted.Value!.Apply(draft).IsSuccess);
        Assert.Null(draft.FindNode("op2"));
    }

    [Fact]
    public void InsertParagraphsAfter_AddsThemInOrder_AfterTheParagraph_OfItsKind_InOneChange()
    {
        var draft = SampleDrafts.Demo();
        var count = draft.Paragraphs.Count;

        var change = DraftChanges.InsertParagraphsAfter("op2", ["First pasted;", "Second pasted;", "Third pasted."])(draft);

        Assert.True(change.IsSuccess, change.Error);
        Assert.IsType<OperationBatch>(change.Value);
        Assert.True(change.Value!.Apply(draft).IsSuccess);
        Assert.Equal(count + 3, draft.Paragraphs.Count);
        var at = draft.Paragraphs.ToList().FindIndex(p => p.Id == "op2");
        Assert.Equal(["First pasted;", "Second pasted;", "Third pasted."], draft.Paragraphs.Skip(at + 1).Take(3).Select(p => p.Text));
        Assert.All(draft.Paragraphs.Skip(at + 1).Take(3), p => Assert.Equal(ResolutionDrafts.Domain.Drafts.ParagraphKind.Operative, p.Kind));
    }

    [Fact]
    public void InsertParagraphsAfter_RefusesAllWhenOneIsTooLong_SayingWhich()
    {
        var draft = SampleDrafts.Demo();

        var change = DraftChanges.InsertParagraphsAfter("op2", ["Fine;", new string('x', 20_001)])(draft);

        Assert.False(change.IsSuccess);
        Assert.StartsWith("Paragraph 2 of 2:", change.Error, StringComparison.Ordinal);
    }
}
