using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using Draft = ResolutionDrafts.Domain.Drafts.Draft;
using InlineItalics = ResolutionDrafts.Domain.Drafts.InlineItalics;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 17: a Word file sets italics by styles as often as directly — the character style "Emphasis",
/// a custom style based on it, a paragraph style in italics — and Word reads w:i in a style as a toggle
/// (ECMA-376 Part 1, 17.7.3): italics of a character style inside an italic paragraph style print upright.
/// The import reads italics as Word prints them, not only a run's own w:i.
/// </summary>
public sealed class StyledItalicsImportTests
{
    [Fact]
    public void ItalicsFromCharacterStyles_AndTheirBasedOnChain_AreMarks()
    {
        var draft = Import(
            Para("Normal", R("The General Assembly,")),
            Para("Normal", R("Recalling the report in the "), R("Official Records of the General Assembly", style: "Emphasis"), R(", "),
                R("ibid.", style: "BookTitle"), R(", and "), R("the annex", style: "UprightTitle"), R(",")),
            Para("Normal", R("1. "), R("Decides", italic: true), R(" to remain seized of the matter.")));

        Assert.Equal("Recalling the report in the {i}Official Records of the General Assembly{/i}, {i}ibid.{/i}, and the annex,", draft.Paragraphs[0].Text);
        Assert.Equal("Decides to remain seized of the matter.", draft.Paragraphs[1].Text); // the opening phrase is computed, not marked
    }

    [Fact]
    public void AnItalicParagraphStyle_TogglesWithACharacterStyle_AndDirectFormattingIsAbsolute()
    {
        var draft = Import(
            Para("Normal", R("The General Assembly,")),
            Para("Normal", R("Recalling its resolutions,")),
            // "ItalicText" sets the whole paragraph in italics; "Emphasis" inside it turns them off (a toggle);
            // a run's own w:i="0" is upright whatever its styles say.
            Para("ItalicText", R("1. "), R("Welcomes the work of "), R("the Commission", style: "Emphasis"), R(" and of "), R("the Committee", italic: false),
                R(" on the report entitled "), R("World Economic Situation and Prospects"), R(";")));

        var op1 = draft.Paragraphs[1].Text;
        // Italic up to the first upright words is the opening phrase (computed); after them, the paragraph
        // style's italics are marks, and the two upright stretches stay upright.
        Assert.Equal("Welcomes the work of the Commission{i} and of {/i}the Committee{i} on the report entitled World Economic Situation and Prospects;{/i}", InlineItalics.Normalise(op1));
    }

    [Fact]
    public void DocumentDefaultsInItalics_AndAStyleThatSaysNo_ReadAsWordPrintsThem()
    {
        var draft = Import(
            defaultsItalic: true,
            Para("Roman", R("The General Assembly,")),
            Para("Roman", R("Recalling the report in the "), R("Official Records", style: "Emphasis"), R(" and "), R("ibid.", style: "NotItalic"), R(",")),
            Para("Roman", R("1. Decides to remain seized of the matter.")));

        // Defaults italic, the Roman paragraph style toggles them off, Emphasis toggles them on again;
        // a style saying w:i="0" toggles nothing, so "ibid." stays as the paragraph is: upright.
        Assert.Equal("Recalling the report in the {i}Official Records{/i} and ibid.,", draft.Paragraphs[0].Text);
    }

    [Fact]
    public void ALibreOfficeDocument_ItsEmphasisAndCitationStyles_AreMarks()
    {
        // Made by LibreOffice from libreoffice-emphasis.html beside it (soffice --headless --convert-to docx):
        // <em> and <cite> become the character styles "Emphasis" and "Quotation", with no w:i on any run.
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "libreoffice-emphasis.docx"));

        var result = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(result.IsSuccess, result.Error);
        var texts = result.Draft!.Paragraphs.Select(p => p.Text).ToList();
        Assert.Contains(texts, t => t.Contains("the {i}Official Records of the General Assembly, Seventy-ninth Session{/i}, and the {i}World Economic Situation and Prospects{/i} report", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Secretary-General, {i}ibid.{/i}, and", StringComparison.Ordinal));
    }

    private static Draft Import(params Paragraph[] paragraphs) => Import(false, paragraphs);

    private static Draft Import(bool defaultsItalic, params Paragraph[] paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            var defaults = new RunPropertiesBaseStyle();
            if (defaultsItalic)
            {
                defaults.Append(new Italic());
            }

            styles.Styles = new Styles(
                new DocDefaults(new RunPropertiesDefault(defaults)),
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "Italic text" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Italic())) { Type = StyleValues.Paragraph, StyleId = "ItalicText" },
                new Style(new StyleName { Val = "Roman" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Italic())) { Type = StyleValues.Paragraph, StyleId = "Roman" },
                new Style(new StyleName { Val = "Emphasis" }, new StyleRunProperties(new Italic())) { Type = StyleValues.Character, StyleId = "Emphasis" },
                new Style(new StyleName { Val = "Book title" }, new BasedOn { Val = "Emphasis" }, new StyleRunProperties(new Bold())) { Type = StyleValues.Character, StyleId = "BookTitle" },
                new Style(new StyleName { Val = "Upright title" }, new BasedOn { Val = "Emphasis" }, new StyleRunProperties(new Italic { Val = false })) { Type = StyleValues.Character, StyleId = "UprightTitle" },
                new Style(new StyleName { Val = "Not italic" }, new StyleRunProperties(new Italic { Val = false })) { Type = StyleValues.Character, StyleId = "NotItalic" });
            main.Document = new Document(new Body(new[] { Para("Normal", R("Economic situation")) }.Concat(paragraphs)));
        }

        var result = DraftImporter.Import(buffer.ToArray(), new ImportOptions { Format = ImportFormat.Docx });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static Paragraph Para(string style, params Run[] runs) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = style }), .. runs]);

    private static Run R(string text, string? style = null, bool? italic = null)
    {
        var properties = new RunProperties();
        if (style is not null)
        {
            properties.Append(new RunStyle { Val = style });
        }

        if (italic is { } on)
        {
            properties.Append(new Italic { Val = on });
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
