using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Import.Docx;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// One reading of a Word file's style sheet (<see cref="DocxStyleSheet"/>) for every rule that asks it — italics (a toggle
/// through the chain), raising (the nearest style says) and block quotations (ADR 0035 amendment 2).
/// </summary>
public sealed class DocxStyleSheetTests
{
    [Fact]
    public void Chain_IsTheStyleAndThoseItIsBasedOn_CutWhereABaseIsMissingOrTheChainComesRound()
    {
        WithSheet(
            [
                Style("A", StyleValues.Paragraph, basedOn: "B"),
                Style("B", StyleValues.Paragraph, basedOn: "Missing"),
                Style("Round1", StyleValues.Character, basedOn: "Round2"),
                Style("Round2", StyleValues.Character, basedOn: "Round1"),
            ],
            sheet =>
            {
                Assert.Equal(["A", "B"], sheet.Chain("A").Select(s => s.StyleId!.Value));
                Assert.Empty(sheet.Chain(null));
                Assert.Empty(sheet.Chain("Missing"));
                Assert.Equal(32, sheet.Chain("Round1").Count);
                Assert.Same(sheet.Chain("A"), sheet.Chain("A"));
            });
    }

    [Fact]
    public void Nearest_IsWhatTheNearestStyleThatSaysAnythingSays()
    {
        WithSheet(
            [
                Style("Base", StyleValues.Character, vertAlign: VerticalPositionValues.Superscript),
                Style("Middle", StyleValues.Character, basedOn: "Base"),
                Style("Baseline", StyleValues.Character, basedOn: "Middle", vertAlign: VerticalPositionValues.Baseline),
                Style("Round1", StyleValues.Character, basedOn: "Round2"),
                Style("Round2", StyleValues.Character, basedOn: "Round1"),
            ],
            sheet =>
            {
                VerticalPositionValues? Position(string id) => sheet.Nearest(id, p => p?.GetFirstChild<VerticalTextAlignment>()?.Val?.Value);
                Assert.Equal(VerticalPositionValues.Superscript, Position("Middle"));
                Assert.Equal(VerticalPositionValues.Baseline, Position("Baseline"));
                Assert.Null(Position("Round1"));
            });
    }

    /// <summary>
    /// ECMA-376 Part 1, 17.7.4.17: when several styles of a type say they are the default, the last is. The italics and
    /// raising rules took the first, the quotation rule the last; the one sheet takes the last for all.
    /// </summary>
    [Fact]
    public void OfSeveralDefaultParagraphStyles_TheLastIsTheDefault_ForItalicsAsForQuotations()
    {
        WithSheet(
            [
                Style("Normal", StyleValues.Paragraph, isDefault: true),
                Style("BodyItalic", StyleValues.Paragraph, isDefault: true, italic: true),
            ],
            sheet =>
            {
                Assert.Equal("BodyItalic", sheet.DefaultParagraphStyle);
                Assert.True(new DocxItalics(sheet).Decide(null, null, null, null, complexScript: false));
            });
    }

    [Fact]
    public void AParagraphWithNoStyle_TakesItsItalicsFromTheLastDefaultStyle_WhenAnImportReadsIt()
    {
        var bytes = Document(
            [
                Style("Normal", StyleValues.Paragraph, isDefault: true),
                Style("BodyItalic", StyleValues.Paragraph, isDefault: true, italic: true),
                Style("Emphasis", StyleValues.Character, italic: true),
            ],
            Para(R("Economic situation")),
            Para(R("The General Assembly,")),
            Para(R("Recalling the "), R("Official Records", "Emphasis"), R(" of the Assembly,")),
            Para(R("1. Decides to remain seized of the matter.")));

        var result = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(result.IsSuccess, result.Error);
        // The paragraph prints in italics (the last default style), "Emphasis" toggles them off for its words.
        Assert.DoesNotContain("{i}Official Records{/i}", result.Draft!.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("{i} of the Assembly,{/i}", result.Draft.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    private static Style Style(string id, StyleValues type, string? basedOn = null, bool isDefault = false, bool italic = false, VerticalPositionValues? vertAlign = null)
    {
        var style = new Style(new StyleName { Val = id }) { Type = type, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (italic || vertAlign is not null)
        {
            var properties = new StyleRunProperties();
            if (italic)
            {
                properties.Append(new Italic());
            }

            if (vertAlign is { } position)
            {
                properties.Append(new VerticalTextAlignment { Val = position });
            }

            style.Append(properties);
        }

        return style;
    }

    private static void WithSheet(Style[] styles, Action<DocxStyleSheet> check)
    {
        using var stream = new MemoryStream(Document(styles, Para(R("text"))));
        using var word = WordprocessingDocument.Open(stream, false);
        check(new DocxStyleSheet(word.MainDocumentPart!));
    }

    private static byte[] Document(Style[] styles, params Paragraph[] paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(styles);
            main.Document = new Document(new Body(paragraphs));
        }

        return buffer.ToArray();
    }

    private static Paragraph Para(params Run[] runs) => new(runs);

    private static Run R(string text, string? style = null) =>
        new(style is null ? new RunProperties() : new RunProperties(new RunStyle { Val = style }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
