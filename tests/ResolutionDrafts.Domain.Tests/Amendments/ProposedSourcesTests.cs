using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>The sources a proposal recorded, and what accepting it carries into the amended text (ADR 0011).</summary>
public sealed class ProposedSourcesTests
{
    private static readonly AgreedLanguage Old = new("A/RES/70/1", "OP3", "Decides to remain seized of the matter;", "2015", "en");
    private static readonly AgreedLanguage New = new("A/RES/76/165", "OP9", "Reaffirms the sovereign equality of States;", "2021", "en");

    private static Draft Text()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter;", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, "Requests a report;", id: "op2");
        Assert.True(draft.SetSource("op1", Old).IsSuccess);
        return draft;
    }

    [Fact]
    public void Of_OnlyTheSourcesTheCopyChanged_NotThoseItKept()
    {
        var original = Text();
        var proposed = original.Clone();
        Assert.True(proposed.SetText("op2", New.Text).IsSuccess);
        Assert.True(proposed.SetSource("op2", New).IsSuccess);
        var added = proposed.InsertParagraph(ParagraphKind.Operative, New.Text).Value!;
        Assert.True(proposed.SetSource(added.Id, New).IsSuccess);

        var sources = ProposedSources.Of(original, proposed);

        Assert.Equal([("op2", New), (added.Id, New)], sources);
    }

    [Fact]
    public void CarryInto_SetsThemWhereTheParagraphsStillAre_AndLeavesTheOthers()
    {
        var original = Text();
        var proposed = original.Clone();
        Assert.True(proposed.SetSource("op2", New).IsSuccess);
        var added = proposed.InsertParagraph(ParagraphKind.Operative, New.Text).Value!;
        Assert.True(proposed.SetSource(added.Id, New).IsSuccess);
        var amended = original.Clone();
        Assert.True(amended.SetSource("op1", null).IsSuccess); // the live text dropped op1's source since

        ProposedSources.CarryInto(amended, original, proposed);

        Assert.Equal(New, amended.FindNode("op2")!.Source);
        Assert.Null(amended.FindNode("op1")!.Source); // kept by the copy, not set again
        Assert.Null(amended.FindNode(added.Id));     // not in this text: nothing to set
    }
}
