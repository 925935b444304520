using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// A draft's own operative numbering (ADR 0038): the page prints "(2)" where the UN prints "2." and keeps the label "OP2"; the
/// masthead form offers the UN's "1." first and chosen by default, then "(1)" and "1)", sets it, and keeps it when other
/// fields are saved.
/// </summary>
public sealed class OperativeNumberingFieldTests : BunitContext
{
    private static Draft Draft(string language = DraftLanguage.English, string? numbering = null)
    {
        var zh = language == DraftLanguage.Chinese;
        var draft = Domain.Drafts.Draft.Create(language, DocumentKind.DraftResolution).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = "EB158.R3", OperativeNumbering = numbering }).IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定核准订正工作方案；" : "Decides to approve the programme;", id: "op1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "请执行主任报告：" : "Requests the Executive Director:", id: "op2").IsSuccess);
        Assert.True(draft.AddSubParagraph("op2", zh ? "执行情况；" : "to report;", id: "op2-a").IsSuccess);
        return draft;
    }

    private (IRenderedComponent<MetadataEditor> Editor, Func<MetadataForm?> Saved) Editor(Draft draft)
    {
        MetadataForm? saved = null;
        var editor = Render<MetadataEditor>(p => p.Add(x => x.Draft, draft).Add(x => x.OnSave, (MetadataForm f) => saved = f));
        return (editor, () => saved);
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void TheParagraph_PrintsTheDraftsNumber_AndKeepsItsLabel(string language)
    {
        var draft = Draft(language, "(1)");
        var view = new DraftView(draft) { Editable = false };

        var block = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[1]).AddCascadingValue(view));

        var paragraph = block.Find("#para-op2");
        Assert.Equal("(2)", paragraph.QuerySelector(".marker")!.TextContent.Trim());
        Assert.Equal("OP2", paragraph.GetAttribute("data-label"));
        Assert.Equal("(a)", block.Find("#para-op2-a .marker").TextContent.Trim());
    }

    [Theory]
    [InlineData(DraftLanguage.English, "(a)", "(b)")]
    [InlineData(DraftLanguage.Chinese, "(a)", "(b)")]
    [InlineData(DraftLanguage.English, "I.", "II.")]
    [InlineData(DraftLanguage.Chinese, "I.", "II.")]
    public void TheParagraph_PrintsLettersOrRomanNumerals_AndKeepsItsLabel(string language, string numbering, string second)
    {
        // ADR 0038 amendment 1: a lettered or Roman operative numbering is printed as the text prints it; the label stays "OP2".
        var draft = Draft(language, numbering);
        var view = new DraftView(draft) { Editable = false };

        var block = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[1]).AddCascadingValue(view));

        Assert.Equal(second, block.Find("#para-op2 .marker").TextContent.Trim());
        Assert.Equal("OP2", block.Find("#para-op2").GetAttribute("data-label"));
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void TheField_OffersTheUnsFirstAndChosen_SetsAnother_AndTheUnsClearsIt(string language)
    {
        var draft = Draft(language);
        var (editor, saved) = Editor(draft);

        var options = editor.FindAll("[data-testid=operative-numbering] option");
        Assert.Equal(["", "(1)", "1)", "(a)", "I."], options.Select(o => o.GetAttribute("value")));
        Assert.True(options[0].HasAttribute("selected"));
        Assert.Contains("1., 2., 3. …", options[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("(1), (2), (3) …", options[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("(a), (b), (c) …", options[3].TextContent, StringComparison.Ordinal); // ADR 0038 amendment 1
        Assert.Contains("I., II., III. …", options[4].TextContent, StringComparison.Ordinal);

        editor.Find("[data-testid=operative-numbering]").Change("(1)");
        editor.Find("form").Submit();
        Assert.True(saved()!.ApplyTo(draft).IsSuccess);
        Assert.Equal("(1)", draft.Metadata.OperativeNumbering);
        Assert.Equal("(2)", ParagraphLabels.Compute(draft)["op2"].Marker);

        var (again, savedAgain) = Editor(draft);
        Assert.True(again.Find("[data-testid=operative-numbering] option[value='(1)']").HasAttribute("selected"));
        again.Find("[data-testid=operative-numbering]").Change("");
        again.Find("form").Submit();
        Assert.True(savedAgain()!.ApplyTo(draft).IsSuccess);
        Assert.Null(draft.Metadata.OperativeNumbering);
        Assert.Equal("2.", ParagraphLabels.Compute(draft)["op2"].Marker);
    }

    [Fact]
    public void SavingOtherFields_KeepsTheNumbering()
    {
        var draft = Draft(numbering: "1)");

        var form = MetadataForm.From(draft);
        form.Session = "158th session";
        Assert.True(form.ApplyTo(draft).IsSuccess);

        Assert.Equal("1)", draft.Metadata.OperativeNumbering);
        Assert.Equal("158th session", draft.Metadata.Session);
    }
}
