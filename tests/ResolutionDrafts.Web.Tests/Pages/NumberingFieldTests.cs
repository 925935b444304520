using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// The masthead form's sub-paragraph numbering (ADR 0036, ADR 0046) is a choice among the numberings the importers read,
/// the UN's first and chosen by default: nobody can type one nothing understands; a numbering the draft holds that is not
/// in the list is shown as it is and kept.
/// </summary>
public sealed class NumberingFieldTests : BunitContext
{
    private static Draft Draft(string language = DraftLanguage.English, string? numbering = null)
    {
        var draft = Domain.Drafts.Draft.Create(language, DocumentKind.DraftResolution).Value!;
        Assert.True(draft.SetTitle(language == DraftLanguage.Chinese ? "卫生" : "Health").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, language == DraftLanguage.Chinese ? "敦促会员国：" : "Urges Member States:", id: "op1").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1", language == DraftLanguage.Chinese ? "加强卫生系统；" : "to strengthen health systems;", id: "op1-a").IsSuccess);
        if (numbering is not null)
        {
            Assert.True(draft.SetMetadata(draft.Metadata with { SubParagraphNumbering = numbering }).IsSuccess);
        }

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
    public void TheField_IsAChoiceOfTheNumberingsTheImportersRead_TheUnsChosenByDefault(string language)
    {
        var (editor, _) = Editor(Draft(language));

        var field = editor.Find("[data-testid=numbering]");
        Assert.Equal("SELECT", field.TagName);
        var options = field.QuerySelectorAll("option");
        // Every choice is one the domain reads, none twice, the UN's first and chosen.
        Assert.Equal(SubParagraphNumbering.Choices.Count, options.Length);
        Assert.All(options, o => Assert.True(SubParagraphNumbering.TryParse(o.GetAttribute("value"), out _, out var problem), problem));
        Assert.Equal(options.Length, options.Select(o => o.GetAttribute("value")).Distinct().Count());
        Assert.Equal("", options[0].GetAttribute("value"));
        Assert.True(options[0].HasAttribute("selected"));
        Assert.Contains("(a), (i), a., i.", options[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(options, o => o.GetAttribute("value") == "(1) (a)" && o.TextContent.Contains("(1), (a), a., i.", StringComparison.Ordinal));
        Assert.Empty(editor.FindAll("input[data-testid=numbering]"));
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void ChoosingANumbering_SetsIt_AndChoosingTheUnsClearsIt(string language)
    {
        var draft = Draft(language);
        var (editor, saved) = Editor(draft);

        editor.Find("[data-testid=numbering]").Change("(1) (a)");
        editor.Find("form").Submit();
        Assert.True(saved()!.ApplyTo(draft).IsSuccess);
        Assert.Equal("(1) (a)", draft.Metadata.SubParagraphNumbering);
        Assert.Equal("OP1 (1)", ParagraphLabels.Compute(draft)["op1-a"].Label);

        var (again, savedAgain) = Editor(draft);
        Assert.True(again.Find("[data-testid=numbering] option[value='(1) (a)']").HasAttribute("selected"));
        again.Find("[data-testid=numbering]").Change("");
        again.Find("form").Submit();
        Assert.True(savedAgain()!.ApplyTo(draft).IsSuccess);
        Assert.Null(draft.Metadata.SubParagraphNumbering);
    }

    [Fact]
    public void ANumberingTheDraftHolds_NotInTheList_IsShownChosen_AndKeptWhenOtherFieldsAreSaved()
    {
        // An import finds any numbering that fits level by level: "1)" then "(a)" is none of the list's.
        Assert.DoesNotContain(SubParagraphNumbering.Choices, c => c.Text == "1) (a)");
        var draft = Draft(numbering: "1) (a)");
        var (editor, saved) = Editor(draft);

        var chosen = editor.Find("[data-testid=numbering] option[value='1) (a)']");
        Assert.True(chosen.HasAttribute("selected"));
        Assert.Contains("1), (a), a., i.", chosen.TextContent, StringComparison.Ordinal);
        Assert.Equal(SubParagraphNumbering.Choices.Count + 1, editor.FindAll("[data-testid=numbering] option").Count);

        editor.Find("form").Submit();
        Assert.True(saved()!.ApplyTo(draft).IsSuccess);
        Assert.Equal("1) (a)", draft.Metadata.SubParagraphNumbering);
    }
}
