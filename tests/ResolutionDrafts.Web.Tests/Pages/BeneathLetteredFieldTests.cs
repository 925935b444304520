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

    [Fact]
    public void TheForm_OffersTheNumberingBeneathLetters_AsTheDefault_AndNoLettersUnderLetters()
    {
        var editor = Render<MetadataEditor>(p => p.Add(x => x.Draft, Draft(DraftLanguage.English, OperativeNumbering.Lettered)));

        var options = editor.FindAll("[data-testid=numbering] option");
        Assert.Equal("", options[0].GetAttribute("value"));
        Assert.True(options[0].HasAttribute("selected"));
        Assert.StartsWith("(i), (a), a., i.", options[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(options, o => o.TextContent.StartsWith("(a), (i)", StringComparison.Ordinal));
        Assert.Single(options, o => o.TextContent.StartsWith("(i), (a)", StringComparison.Ordinal));
    }

    /// <summary>
    /// ADR 0038 amendment 3: a lettered draft that stores "(i) (a)" itself (an import or the JSON API chose it) keeps it when the
    /// masthead is saved: it was saved as nothing (same print under letters), and numbering the operative paragraphs "1." then gave
    /// "(a)" instead of the "(i)" the draft had chosen.
    /// </summary>
    [Theory]
    [InlineData(DraftLanguage.English, "(i) (a)", "(i)")]
    [InlineData(DraftLanguage.Chinese, "(i) (a)", "㈠")]
    public void ANumberingTheDraftStores_UnderLetters_IsKeptWhenTheMastheadIsSaved_AndAfterNumbersAreChosen(string language, string stored, string first)
    {
        var draft = Draft(language, OperativeNumbering.Lettered, stored);
        MetadataForm? saved = null;
        var editor = Render<MetadataEditor>(p => p.Add(x => x.Draft, draft).Add(x => x.OnSave, (MetadataForm f) => saved = f));

        // Shown as the draft's own, chosen, never twice.
        var chosen = editor.FindAll("[data-testid=numbering] option").Where(o => o.HasAttribute("selected")).ToList();
        Assert.Equal(stored, Assert.Single(chosen).GetAttribute("value"));
        Assert.Contains("as this draft numbers them", chosen[0].TextContent, StringComparison.Ordinal);

        editor.Find("form").Submit();
        Assert.True(saved!.ApplyTo(draft).IsSuccess);
        // Was: null, the "(i) (a)" chosen lost.
        Assert.Equal(stored, draft.Metadata.SubParagraphNumbering);

        // Numbered "1." in the form: the numbering chosen stays, offered once.
        var again = Render<MetadataEditor>(p => p.Add(x => x.Draft, draft).Add(x => x.OnSave, (MetadataForm f) => saved = f));
        again.Find("[data-testid=operative-numbering]").Change("");
        Assert.Single(again.FindAll("[data-testid=numbering] option"), o => o.GetAttribute("value") == stored);
        again.Find("form").Submit();
        Assert.True(saved!.ApplyTo(draft).IsSuccess);
        Assert.Null(draft.Metadata.OperativeNumbering);
        Assert.Equal(first, SubParagraphNumbering.Printed(SubParagraphNumbering.From(draft.Metadata).At(1), 1, language == DraftLanguage.Chinese));
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
