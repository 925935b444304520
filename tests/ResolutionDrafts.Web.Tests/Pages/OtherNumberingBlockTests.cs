using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// A draft numbered as another body numbers its sub-paragraphs (ADR 0036): the page prints its numbers and labels
/// ("(2)", "OP1 (2)"; a Chinese text's "(i)" level ㈡), and the masthead form keeps the numbering, sets it and refuses one
/// that cannot be.
/// </summary>
public sealed class OtherNumberingBlockTests : BunitContext
{
    private static Draft Wha(string numbering, string language = DraftLanguage.English)
    {
        var draft = Draft.Create(language).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = "WHA79.12", SubParagraphNumbering = numbering }).IsSuccess);
        draft.InsertParagraph(ParagraphKind.Operative, "URGES Member States:", id: "op1");
        draft.AddSubParagraph("op1", "to strengthen primary health care;", id: "op1-a");
        draft.AddSubParagraph("op1", "to allocate adequate resources:", id: "op1-b");
        draft.AddSubParagraph("op1-b", "to primary health care;", id: "op1-b-i");
        draft.InsertParagraph(ParagraphKind.Operative, "REQUESTS the Director-General to report.", id: "op2");
        return draft;
    }

    [Fact]
    public void TheParagraph_PrintsItsSubParagraphsNumbersAndLabels_InTheDraftsNumbering()
    {
        var draft = Wha("(1) (a)");
        var view = new DraftView(draft) { Editable = false };

        var block = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[0]).AddCascadingValue(view));

        var second = block.Find("#para-op1-b");
        Assert.Equal("OP1 (2)", second.GetAttribute("data-label"));
        Assert.Equal("(2)", second.QuerySelector(".marker")!.TextContent.Trim());
        Assert.Equal("(a)", block.Find("#para-op1-b-i .marker").TextContent.Trim());
        Assert.Equal("OP1 (2) (a)", block.Find("#para-op1-b-i").GetAttribute("data-label"));
    }

    [Fact]
    public void AChineseText_PrintsTheLevelNumberedI_WithParenthesizedIdeographs()
    {
        var draft = Wha("(i) (a)", DraftLanguage.Chinese);
        var view = new DraftView(draft) { Editable = false };

        var block = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[0]).AddCascadingValue(view));

        Assert.Equal("㈡", block.Find("#para-op1-b .marker").TextContent.Trim());
        Assert.Equal("OP1 ㈡", block.Find("#para-op1-b").GetAttribute("data-label")); // a Chinese label writes the (i) level as it prints (ADR 0016 amendment 10)
        Assert.Equal("(a)", block.Find("#para-op1-b-i .marker").TextContent.Trim());
    }

    [Fact]
    public void TheMastheadForm_KeepsTheNumbering_SetsIt_AndRefusesOneThatCannotBe()
    {
        var draft = Wha("(1) (a)");

        // Saving the masthead with other fields changed keeps the numbering (it was a field the form did not know).
        var form = MetadataForm.From(draft);
        form.Session = "Seventy-ninth session";
        Assert.True(form.ApplyTo(draft).IsSuccess);
        Assert.Equal("(1) (a)", draft.Metadata.SubParagraphNumbering);

        form.SubParagraphNumbering = "1) a)";
        Assert.True(form.ApplyTo(draft).IsSuccess);
        Assert.Equal("1) a)", draft.Metadata.SubParagraphNumbering);

        form.SubParagraphNumbering = "(i)";
        var refused = form.ApplyTo(draft);
        Assert.False(refused.IsSuccess);
        Assert.Contains("alike", refused.Error, StringComparison.Ordinal);
        Assert.Equal("1) a)", draft.Metadata.SubParagraphNumbering);
    }
}
