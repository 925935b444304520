using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using WordFootnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 item 3, what ADR 0035 left (its amendment 1): a footnote's own raised letters read from AKN, Word and text; a
/// Word run raised by its character style; a PDF's modifier letter glued to a word in running text read as a note letter
/// (and left alone inside a word, after a figure).
/// </summary>
public sealed class RaisedLettersElsewhereTests
{
    private static string Akn(string language, string note) => $"""
        <akomaNtoso><statement name="resolution"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression></identification></meta>
        <preamble><formula><p>{(language == "zho" ? "大会，" : "The General Assembly,")}</p></formula><container><p>{(language == "zho" ? "回顾其第75/246号决议，" : "Recalling its resolution 75/246,")}</p></container></preamble>
        <mainBody>
        <paragraph><num>1.</num><content><p>{(language == "zho" ? "核准所列员额；" : "Approves the posts listed;")}<authorialNote marker="1" placement="bottom"><p>{note}</p></authorialNote></p></content></paragraph>
        <paragraph><num>2.</num><content><p>{(language == "zho" ? "决定继续处理此案。" : "Decides to remain seized of the matter.")}</p></content></paragraph>
        </mainBody></statement></akomaNtoso>
        """;

    private static Draft Import(byte[] bytes, ImportFormat format, string? language = null)
    {
        var result = DraftImporter.Import(bytes, new ImportOptions { Format = format, Language = language });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Theory]
    [InlineData("eng", "Posts marked<sup>a</sup> in table 2 are funded from extrabudgetary resources.", "Posts marked{sup}a{/sup} in table 2")]
    [InlineData("zho", "表2中标有<sup>a</sup>的员额由预算外资源供资。", "表2中标有{sup}a{/sup}的员额")]
    public void Akn_ARaisedLetterInsideANote_IsARaisedMark_ARaisedFigureThereIsNot(string language, string note, string expected)
    {
        var draft = Import(Encoding.UTF8.GetBytes(Akn(language, "<sup>1</sup> " + note)), ImportFormat.Akn);

        var text = Assert.Single(draft.Footnotes).Text;
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("{sup}1", text, StringComparison.Ordinal);

        // Printed raised by our AKN inside the note, and read back the same.
        var again = Import(AknExporter.ExportBytes(draft), ImportFormat.Akn);
        Assert.Equal(text, Assert.Single(again.Footnotes).Text);
    }

    [Theory]
    [InlineData("en", "Posts marked", " in table 2 are funded from extrabudgetary resources.")]
    [InlineData("zh", "表2中标有", "的员额由预算外资源供资。")]
    public void Word_ARaisedLetterInsideAFootnote_IsARaisedMark_AndOurDocxKeepsIt(string language, string before, string after)
    {
        var chinese = language == "zh";
        var bytes = WordFile(chinese, body => body.Append(
            Para(Plain(chinese ? "1. 核准所列员额；" : "1. Approves the posts listed;"), new Run(new FootnoteReference { Id = 1 }))),
            [Plain(before), Superscript("a"), Plain(after)]);

        var draft = Import(bytes, ImportFormat.Docx, language);

        var text = Assert.Single(draft.Footnotes).Text;
        Assert.Contains(before + "{sup}a{/sup}" + after.TrimEnd('.', '。'), text, StringComparison.Ordinal);
        var again = Import(DocxExporter.Export(draft), ImportFormat.Docx, language);
        Assert.Equal(text, Assert.Single(again.Footnotes).Text);
    }

    [Fact]
    public void Word_ARunRaisedByItsCharacterStyle_IsRaised_ThroughBasedOn_UnlessTheRunSaysBaseline()
    {
        var bytes = WordFile(false, body => body.Append(
            Para(Plain("1. Approves the post of Conversion Officer"), Styled("b", "NoteLetterChild"), Plain(" and of Finance Officer"),
                Styled("c", "NoteLetter", baseline: true), Plain(";"))),
            null,
            new Style(new StyleName { Val = "Note letter" }, new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
            { Type = StyleValues.Character, StyleId = "NoteLetter" },
            new Style(new StyleName { Val = "Note letter child" }, new BasedOn { Val = "NoteLetter" }, new StyleRunProperties(new Italic()))
            { Type = StyleValues.Character, StyleId = "NoteLetterChild" });

        var draft = Import(bytes, ImportFormat.Docx);

        var op1 = draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative).Text;
        Assert.Contains("Conversion Officer{i}{sup}b{/sup}{/i} and", op1, StringComparison.Ordinal);
        Assert.Contains("Finance Officerc;", op1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en",
        "1. Approves the posts of Conversion Officersᵃ and (Finance)ᵇ of the 1ˢᵗ phase, the kʰa sound and ᵃ alone;",
        "1. Approves the posts of Conversion Officers{sup}a{/sup} and (Finance){sup}b{/sup} of the 1ˢᵗ phase, the kʰa sound and ᵃ alone;",
        "1 Of which the postsᵃ are funded from extrabudgetary resources.",
        "Of which the posts{sup}a{/sup} are funded from extrabudgetary resources.")]
    [InlineData("zh",
        "1. 核准改划员额ᵃ，第1ˢᵗ阶段；",
        "1. 核准改划员额{sup}a{/sup}，第1ˢᵗ阶段；",
        "1 其中员额ᵃ由预算外资源供资。",
        "其中员额{sup}a{/sup}由预算外资源供资。")]
    public void Text_AModifierLetterGluedToAWordInRunningText_IsANoteLetter_NotInsideAWordNorAfterAFigure(string language, string line, string expected, string noteLine, string note)
    {
        var chinese = language == "zh";
        var text = string.Join("\n",
            chinese ? "大会，" : "The General Assembly,",
            chinese ? "回顾其第75/246号决议，[1]" : "Recalling its resolution 75/246,1",
            line,
            chinese ? "2. 决定继续处理此案。" : "2. Decides to remain seized of the matter.",
            "__________________",
            noteLine).Replace("[1]", "1", StringComparison.Ordinal);

        var draft = Import(Encoding.UTF8.GetBytes(text), ImportFormat.Text, language);

        Assert.Equal(expected[3..], draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative).Text);
        Assert.Equal(note, Assert.Single(draft.Footnotes).Text);
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Para(params Run[] runs) => new(runs);

    private static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Superscript(string text) => new(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new Text(text));

    private static Run Styled(string text, string style, bool baseline = false) => new(
        baseline ? new RunProperties(new RunStyle { Val = style }, new VerticalTextAlignment { Val = VerticalPositionValues.Baseline }) : new RunProperties(new RunStyle { Val = style }),
        new Text(text));

    /// <summary>A Word file of another origin: a preamble, the paragraphs <paramref name="fill"/> adds, a last one; one footnote of <paramref name="note"/>'s runs.</summary>
    private static byte[] WordFile(bool chinese, Action<Body> fill, Run[]? note, params Style[] styles)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            if (note is not null)
            {
                var footnotes = main.AddNewPart<FootnotesPart>();
                footnotes.Footnotes = new Footnotes(
                    new WordFootnote(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new WordFootnote(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                    new WordFootnote(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                        new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                        Plain(" "))) { Id = 1 });
                footnotes.Footnotes.Elements<WordFootnote>().Last().GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()!.Append(note);
            }

            if (styles.Length > 0)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(styles);
            }

            var body = new Body(
                Para(Plain(chinese ? "大会，" : "The General Assembly,")),
                Para(Plain(chinese ? "回顾其第75/246号决议，" : "Recalling its resolution 75/246,")));
            fill(body);
            body.Append(Para(Plain(chinese ? "2. 决定继续处理此案。" : "2. Decides to remain seized of the matter.")));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
