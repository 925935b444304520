using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using Draft = ResolutionDrafts.Domain.Drafts.Draft;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 17: italics read as Word prints them in two more places — a paragraph inside a table takes its
/// table style's italics (a toggle, after the document defaults and before the paragraph style,
/// ECMA-376 Part 1, 17.7.2), and complex-script text (Arabic, Hebrew …) takes w:iCs instead of w:i,
/// while Latin and Chinese text takes w:i and ignores w:iCs.
/// </summary>
public sealed class TableAndScriptItalicsImportTests
{
    [Fact]
    public void AParagraphInATable_TakesItsTableStylesItalics_AndItsOwnDirectItalics()
    {
        var draft = Import(
            Para(R("The General Assembly,")),
            Table("QuotedText",
                Para(R("Recalling the report in the ", italic: false), R("Official Records of the General Assembly"), R(", and its annex,", italic: false))),
            Table(null,
                Para(R("Recalling also the "), R("World Economic Situation and Prospects", italic: true), R(" report,"))),
            Para(R("1. Decides to remain seized of the matter.")));

        Assert.Equal("Recalling the report in the {i}Official Records of the General Assembly{/i}, and its annex,", draft.Paragraphs[0].Text);
        Assert.Equal("Recalling also the {i}World Economic Situation and Prospects{/i} report,", draft.Paragraphs[1].Text);
    }

    [Fact]
    public void ComplexScriptItalics_ApplyToArabicText_NotToLatinOrChinese()
    {
        var draft = Import(
            Para(R("The General Assembly,")),
            Para(R("Recalling the term "), R("الشورى", complexItalic: true), R(" and "), R("ibid.", complexItalic: true), R(" and "),
                R("《联合国宪章》", complexItalic: true), R(" and "), R("Official Records", italic: true), R(" and "), R("سلام", italic: true), R(","),
                R(" the Arabic "), R("حقوق", style: "ComplexEmphasis"), R(" of the "), R("rights", style: "ComplexEmphasis"), R(" and "),
                R("2030", complexItalic: true, rightToLeft: true), R(" Agenda,")),
            Para(R("1. Decides to remain seized of the matter.")));

        Assert.Equal(
            "Recalling the term {i}الشورى{/i} and ibid. and 《联合国宪章》 and {i}Official Records{/i} and سلام, the Arabic {i}حقوق{/i} of the rights and {i}2030{/i} Agenda,",
            draft.Paragraphs[0].Text);
    }

    private static Draft Import(params OpenXmlElement[] blocks)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle())),
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "Normal Table" }) { Type = StyleValues.Table, StyleId = "TableNormal", Default = true },
                new Style(new StyleName { Val = "Quoted text" }, new BasedOn { Val = "TableNormal" }, new StyleRunProperties(new Italic())) { Type = StyleValues.Table, StyleId = "QuotedText" },
                new Style(new StyleName { Val = "Complex emphasis" }, new StyleRunProperties(new ItalicComplexScript())) { Type = StyleValues.Character, StyleId = "ComplexEmphasis" });
            main.Document = new Document(new Body(new OpenXmlElement[] { Para(R("Economic situation")) }.Concat(blocks)));
        }

        var result = DraftImporter.Import(buffer.ToArray(), new ImportOptions { Format = ImportFormat.Docx, Language = "en" });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static Table Table(string? style, Paragraph paragraph)
    {
        var properties = new TableProperties();
        if (style is not null)
        {
            properties.Append(new TableStyle { Val = style });
        }

        return new Table(properties, new TableRow(new TableCell(paragraph)));
    }

    private static Paragraph Para(params Run[] runs) => new([new ParagraphProperties(new ParagraphStyleId { Val = "Normal" }), .. runs]);

    private static Run R(string text, string? style = null, bool? italic = null, bool complexItalic = false, bool rightToLeft = false)
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

        if (complexItalic)
        {
            properties.Append(new ItalicComplexScript());
        }

        if (rightToLeft)
        {
            properties.Append(new RightToLeftText());
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
