using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// ADR 0038 amendment 2: a lettered draft that chooses no sub-paragraph numbering prints "(i)" under "(b)" on the page, and the
/// masthead form says so where it offers the default: "(i), (a), a., i." beneath letters, the UN's "(a), (i)" beneath "1.".
/// </summary>
public sealed class BeneathLetteredFieldTests : BunitContext
{
    private static Draft Draft(string language, string? numbering, string? sub = null)
    {
        var zh = language == DraftLanguage.Chinese;
        var draft = Domain.Drafts.Draft.Create(language, DocumentKind.DraftResolution).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = "A/AC.96/L.1", OperativeNumbering = numbering, SubParagraphNumbering = sub }).IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "注意到难民问题长期存在；" : "Notes the persistent dimension of refugee problems;", id: "op1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "请高级专员：" : "Requests the High Commissioner:", id: "op2").IsSuccess);
        Assert.True(draft.AddSubParagraph("op2", zh ? "报告保护情况；" : "to report;", id: "op2-a").IsSuccess);
        Assert.True(draft.AddSubParagraph("op2", zh ? "与各国协商。" : "to consult States.", id: "op2-b").IsSuccess);
        return draft;
    }

    [Theory]
    [InlineData(DraftLanguage.English, "(ii)")]
    [InlineData(DraftLanguage.Chinese, "㈡")]
    public void ThePage_PrintsRomanItemsUnderALetter(string language, string second)
    {
        var draft = Draft(language, OperativeNumbering.Lettered);
        var view = new DraftView(draft) { Editable = false };

        var block = Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.Paragraphs[1]).AddCascadingValue(view));

        Assert.Equal("(b)", block.Find("#para-op2 .marker").TextContent.Trim());
        Assert.Equal(second, block.Find("#para-op2-b .marker").TextContent.Trim());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("(i) (a)")]
    public void TheForm_OffersTheNumberingBeneathLetters_AsTheDefault_AndNoLettersUnderLetters(string? stored)
    {
        var editor = Render<MetadataEditor>(p => p.Add(x => x.Draft, Draft(DraftLanguage.English, OperativeNumbering.Lettered, stored)));

        var options = editor.FindAll("[data-testid=numbering] option");
        Assert.Equal("", options[0].GetAttribute("value"));
        Assert.True(options[0].HasAttribute("selected"));
        Assert.StartsWith("(i), (a), a., i.", options[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(options, o => o.TextContent.StartsWith("(a), (i)", StringComparison.Ordinal));
        Assert.Single(options, o => o.TextContent.StartsWith("(i), (a)", StringComparison.Ordinal));
    }

    [Fact]
    public void TheForm_SwitchingToLetters_ChangesWhatTheDefaultSays()
    {
        var editor = Render<MetadataEditor>(p => p.Add(x => x.Draft, Draft(DraftLanguage.English, null)));
        Assert.StartsWith("(a), (i), a., i. — the UN's", editor.FindAll("[data-testid=numbering] option")[0].TextContent, StringComparison.Ordinal);

        editor.Find("[data-testid=operative-numbering]").Change(OperativeNumbering.Lettered);

        Assert.StartsWith("(i), (a), a., i.", editor.FindAll("[data-testid=numbering] option")[0].TextContent, StringComparison.Ordinal);
    }
}
