using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using Draft = ResolutionDrafts.Domain.Drafts.Draft;
using ParagraphKind = ResolutionDrafts.Domain.Drafts.ParagraphKind;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A Word block quotation with no quotation marks (ADR 0028, amendment 2): after a paragraph or sub-paragraph ending with
/// a colon, paragraphs set off as Word files of any origin set them off — indented clearly past the body's paragraphs, or
/// in a quotation style ("Quote", "Block Text", "Quotation") — are that node's quotation; sub-paragraphs, indented or
/// hung from the margin, stay sub-paragraphs.
/// </summary>
public sealed class WordBlockQuotationTests
{
    [Fact]
    public void AnIndentedBlockAfterAColon_IsTheQuotation_AndIndentedSubParagraphsAreNot()
    {
        var draft = Import("en",
            Body("The General Assembly,"),
            Body("Recalling its rules of procedure,"),
            Body("1.\tDecides to amend rule 5 of its rules of procedure to read as follows:"),
            Indented(1742, "Rule 5"),
            Indented(1742, "1. The Conference shall elect a President;"),
            Indented(2100, "(a) From among the representatives;"),
            Indented(1742, "2. It shall also elect a Vice-President."),
            Body("2.\tCalls upon all States:"),
            // A UN sub-paragraph hangs from the body's margin; one from another origin is indented whole, its "(b)" typed.
            Indented(1742, "(a)\tTo take action;", hanging: 475),
            Indented(1742, "(b) To report on that action;"),
            Body("3.\tDecides to remain seized of the matter."));

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        Assert.Equal("Decides to amend rule 5 of its rules of procedure to read as follows:", operative[0].Text);
        Assert.Equal(
            ["Rule 5", "1. The Conference shall elect a President;", "(a) From among the representatives;", "2. It shall also elect a Vice-President."],
            operative[0].Quotation.Select(l => l.Text));
        Assert.Empty(operative[0].SubParagraphs);
        Assert.Equal(["To take action;", "To report on that action;"], operative[1].SubParagraphs.Select(s => s.Text));
        Assert.Empty(operative[1].Quotation);
        Assert.All(operative[1].SubParagraphs, s => Assert.Empty(s.Quotation));
    }

    [Fact]
    public void AQuoteStyledBlock_AfterAChineseLeadIn_IsTheQuotation_OfTheSubParagraphThatLeadsIn()
    {
        var draft = Import("zh",
            Body("大会，"),
            Body("回顾其议事规则，"),
            Body("1.\t决定："),
            Body("(a)\t将其议事规则第5条修正如下："),
            Styled("Quote", "第5条"),
            Styled("Quote", "1. 大会应选举主席一人；"),
            Styled("Quote", "2. 大会还应选举副主席一人。"),
            Body("(b)\t请秘书长印发经修正的规则；"),
            Body("2.\t决定继续处理此案。"));

        var op1 = draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative);
        Assert.Equal(2, op1.SubParagraphs.Count);
        Assert.Equal(["第5条", "1. 大会应选举主席一人；", "2. 大会还应选举副主席一人。"], op1.SubParagraphs[0].Quotation.Select(l => l.Text));
        Assert.Empty(op1.Quotation);
        Assert.Equal("请秘书长印发经修正的规则；", op1.SubParagraphs[1].Text);
        Assert.Equal(2, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
    }

    [Theory]
    [InlineData("BlockText", "Block Text")]
    [InlineData("Quotation", "Quotation")]
    [InlineData("IntenseQuote", "Intense Quote")]
    public void OtherQuotationStyles_AreQuotationsToo_ButNotWithoutALeadIn(string styleId, string styleName)
    {
        var draft = Import("en", [new Style(new StyleName { Val = styleName }) { Type = StyleValues.Paragraph, StyleId = styleId }],
            Body("The General Assembly,"),
            Body("Recalling its rules of procedure,"),
            Body("1.\tDecides that article 2 shall read:"),
            Styled(styleId, "Article 2"),
            Styled(styleId, "Every State shall cooperate."),
            Body("2.\tRequests a report;"),
            Styled(styleId, "A remark that leads in from nothing."),
            Body("3.\tDecides to remain seized of the matter."));

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(["Article 2", "Every State shall cooperate."], operative[0].Quotation.Select(l => l.Text));
        Assert.Empty(operative[1].Quotation);
        Assert.DoesNotContain(draft.Paragraphs.SelectMany(p => p.Quotation.Concat(p.SubParagraphs.SelectMany(s => s.Quotation))), l => l.Text.Contains("remark", StringComparison.Ordinal));
    }

    /// <summary>
    /// The PDF's printed lines saved as Word (one Word paragraph a line, no styles, the footnotes typed after a rule), read
    /// as the PDF's text: the quoted rule's lines, indented in Word, are still its quotation, each wrapped line on the line
    /// it continues; the paragraph after it is the draft's.
    /// </summary>
    [Fact]
    public void AnIndentedBlock_InAWordFileOfAPdfsLines_ReadAsText_IsTheQuotation()
    {
        var result = ImportResult("en", [],
            Plain("United Nations"), Plain("A/RES/75/900"), Plain("General Assembly"), Plain("Seventy-fifth session"),
            Plain("Resolution adopted by the General Assembly"), Plain("Rules of procedure"), Plain("The General Assembly,"),
            Plain("Recalling its rules of procedure, as amended by its resolutions adopted at"),
            Plain("its previous sessions, and the report of the Secretary-General on their"),
            Plain("application,1"),
            Plain("Noting the views expressed by Member States in the course of the"),
            Plain("debate on the item at its seventy-fourth session,"),
            Plain("Mindful of the need for the rules of procedure of the Conference to"),
            Plain("reflect the practice of its bodies and to remain consistent with the"),
            Plain("rules of the General Assembly and the practice of the other main"),
            Plain("organs of the United Nations,"),
            Plain("1. Decides to amend rule 5 of its rules of procedure to read as"),
            Plain("follows:"),
            Indented(720, "Rule 5"),
            Indented(720, "1. The Conference shall elect a President and such Vice-Presidents"),
            Indented(720, "as it may decide, from among the representatives of its members;"),
            Indented(720, "2. The President shall preside over the plenary meetings of the"),
            Indented(720, "Conference."),
            Plain("2. Requests the Secretary-General to publish the rules of procedure as"),
            Plain("amended by the present resolution."),
            Plain("__________________"),
            Plain("1 A/75/100."));

        Assert.Contains("The Word file holds a PDF's lines, one paragraph each; it was read as the PDF's text.", result.Warnings);
        var operative = result.Draft!.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(2, operative.Count);
        Assert.Equal("Decides to amend rule 5 of its rules of procedure to read as follows:", operative[0].Text);
        Assert.Equal(
            ["Rule 5", "1. The Conference shall elect a President and such Vice-Presidents as it may decide, from among the representatives of its members;",
             "2. The President shall preside over the plenary meetings of the Conference."],
            operative[0].Quotation.Select(l => l.Text));
        Assert.Equal("Requests the Secretary-General to publish the rules of procedure as amended by the present resolution.", operative[1].Text);
        Assert.Empty(operative[1].Quotation);
    }

    /// <summary>
    /// Text copied into Word a paragraph at a time, its footnotes typed after a rule (read as text), English and Chinese:
    /// the indented block after the lead-in is the quotation there too.
    /// </summary>
    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void AnIndentedBlock_InAWordFileWithTypedFootnotes_ReadAsText_IsTheQuotation(string language)
    {
        var zh = language == "zh";
        var result = ImportResult(language, [],
            Plain(zh ? "联合国" : "United Nations"), Plain("A/RES/75/900"), Plain(zh ? "大会" : "General Assembly"), Plain(zh ? "第七十五届会议" : "Seventy-fifth session"),
            Plain(zh ? "大会通过的决议" : "Resolution adopted by the General Assembly"), Plain(zh ? "议事规则" : "Rules of procedure"), Plain(zh ? "大会，" : "The General Assembly,"),
            Plain(zh ? "回顾其议事规则，1" : "Recalling its rules of procedure,1"),
            Plain(zh ? "1. 决定将其议事规则第5条修正如下：" : "1. Decides to amend rule 5 of its rules of procedure to read as follows:"),
            Indented(720, zh ? "第5条" : "Rule 5"),
            Indented(720, zh ? "1. 大会应选举主席一人；" : "1. The Conference shall elect a President;"),
            Indented(720, zh ? "2. 主席应主持全体会议。" : "2. The President shall preside over the plenary meetings."),
            Plain(zh ? "2. 请秘书长印发经修正的议事规则。" : "2. Requests the Secretary-General to publish the amended rules."),
            Plain("__________________"),
            Plain(zh ? "1 A/75/100。" : "1 A/75/100."));

        Assert.Contains("The Word file types its footnotes as numbers after a rule, not as Word footnotes; it was read as text.", result.Warnings);
        var operative = result.Draft!.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(2, operative.Count);
        Assert.Equal(zh ? ["第5条", "1. 大会应选举主席一人；", "2. 主席应主持全体会议。"] : ["Rule 5", "1. The Conference shall elect a President;", "2. The President shall preside over the plenary meetings."],
            operative[0].Quotation.Select(l => l.Text));
        Assert.Equal(zh ? "请秘书长印发经修正的议事规则。" : "Requests the Secretary-General to publish the amended rules.", operative[1].Text);
        Assert.Contains("[^1]", result.Draft.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    private static Paragraph Plain(string text) => P(new ParagraphProperties(), text);

    private static Paragraph Body(string text) => P(new ParagraphProperties(new ParagraphStyleId { Val = "SingleTxt" }), text);

    private static Paragraph Indented(int left, string text, int hanging = 0) =>
        P(new ParagraphProperties(new ParagraphStyleId { Val = "SingleTxt" },
            hanging > 0 ? new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = hanging.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                : new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture) }), text);

    private static Paragraph Styled(string style, string text) => P(new ParagraphProperties(new ParagraphStyleId { Val = style }), text);

    private static Paragraph P(ParagraphProperties properties, string text)
    {
        var paragraph = new Paragraph(properties);
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new TabChar()));
            }

            paragraph.Append(new Run(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static Draft Import(string language, params OpenXmlElement[] blocks) => Import(language, [], blocks);

    private static Draft Import(string language, Style[] extraStyles, params OpenXmlElement[] blocks)
    {
        var result = ImportResult(language, extraStyles, blocks);
        return result.Draft!;
    }

    private static ImportResult ImportResult(string language, Style[] extraStyles, params OpenXmlElement[] blocks)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new OpenXmlElement[]
                {
                    new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle())),
                    new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                    new Style(new StyleName { Val = "SingleTxt" }, new BasedOn { Val = "Normal" },
                        new StyleParagraphProperties(new Indentation { Left = "1267", Right = "1267" })) { Type = StyleValues.Paragraph, StyleId = "SingleTxt" },
                    // Word's own "Quote", as Word ships it: indented 864 twips each side, less than this body's 1267.
                    new Style(new StyleName { Val = "Quote" }, new BasedOn { Val = "Normal" },
                        new StyleParagraphProperties(new Indentation { Left = "864", Right = "864" })) { Type = StyleValues.Paragraph, StyleId = "Quote" },
                }.Concat(extraStyles));
            main.Document = new Document(new DocumentFormat.OpenXml.Wordprocessing.Body(blocks));
        }

        var result = DraftImporter.Import(buffer.ToArray(), new ImportOptions { Format = ImportFormat.Docx, Language = language });
        Assert.True(result.IsSuccess, result.Error);
        return result;
    }
}
