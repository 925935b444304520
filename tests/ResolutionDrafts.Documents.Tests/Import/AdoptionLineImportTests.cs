using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16, left item 7: how a text was adopted is kept from every form it comes in. A Security Council resolution's line
/// under its number was read from text and our own DOCX and AKN only; a Word file of other origin (the line a plain paragraph
/// under "Resolution 2799 (2026)") and the UN's kind of AKN markup (the line in the preface, its date a docDate) are read too.
/// A General Assembly resolution's heading kept only "Resolution adopted by the General Assembly" and dropped "on 29 October
/// 2025" (A/RES/80/4's PDF; the corpus's cover-page docTitle): it is kept whole, English and Chinese.
/// </summary>
public sealed class AdoptionLineImportTests
{
    private const string CouncilLine = "Adopted by the Security Council at its 9912th meeting, on 14 May 2026";

    private static Draft Imported(byte[] bytes, ImportOptions? options = null)
    {
        var result = DraftImporter.Import(bytes, options);
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    /// <summary>
    /// A Word file as someone types an S/RES text in Word: plain paragraphs, the number bold and centred, the line in italics;
    /// with <paramref name="oneParagraph"/> the number and the line are one centred paragraph, a line break between them.
    /// </summary>
    private static byte[] CouncilWordFile(bool chinese, bool oneParagraph = false)
    {
        string[] lines = chinese
            ?
            [
                "联合国", "S/RES/2799 (2026)", "安全理事会", "Distr.: General", "2026年5月14日",
                "第2799(2026)号决议", "2026年5月14日安全理事会第9912次会议通过",
                "安全理事会，", "回顾其以往关于该区域局势的各项决议，",
                "1.\t决定将措施延长至2027年5月31日；", "2.\t决定继续积极处理此案。",
            ]
            :
            [
                "United Nations", "S/RES/2799 (2026)", "Security Council", "Distr.: General", "14 May 2026",
                "Resolution 2799 (2026)", CouncilLine,
                "The Security Council,", "Recalling its previous resolutions concerning the situation in the Region,",
                "1.\tDecides to renew until 31 May 2027 the measures imposed by paragraph 2 of resolution 2701 (2023);", "2.\tDecides to remain seized of the matter.",
            ];
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var line in lines)
            {
                var number = line.StartsWith("Resolution 2799", StringComparison.Ordinal) || line.StartsWith("第2799", StringComparison.Ordinal);
                var adoption = line == CouncilLine || line.EndsWith("会议通过", StringComparison.Ordinal);
                var run = new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve });
                if (number || adoption)
                {
                    run.RunProperties = number ? new RunProperties(new Bold()) : new RunProperties(new Italic());
                }

                if (oneParagraph && adoption && body.LastChild is DocumentFormat.OpenXml.Wordprocessing.Paragraph numberParagraph)
                {
                    numberParagraph.Append(new Run(new Break()), run);
                    continue;
                }

                body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(run) { ParagraphProperties = number || adoption ? new ParagraphProperties(new Justification { Val = JustificationValues.Center }) : null });
            }

            word.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    [Theory]
    [InlineData(false, false, CouncilLine)]
    [InlineData(true, false, "2026年5月14日安全理事会第9912次会议通过")]
    [InlineData(false, true, CouncilLine)]
    [InlineData(true, true, "2026年5月14日安全理事会第9912次会议通过")]
    public void WordFileOfOtherOrigin_KeepsTheCouncilsAdoptionLine(bool chinese, bool oneParagraph, string line)
    {
        var draft = Imported(CouncilWordFile(chinese, oneParagraph));

        Assert.Equal(line, draft.Metadata.AdoptionLine);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal("S/RES/2799 (2026)", draft.Metadata.Symbol);
        Assert.Equal("", draft.Title);
        Assert.Equal(2, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
    }

    /// <summary>
    /// An S/RES file marked up as the UN marks up its resolutions (the corpus's GA files: masthead in the cover page, the
    /// heading a docTitle, dates as docDate): the number in the preface, the adoption line a docProponent with its meeting and
    /// date marked inside. No such file is in our fixtures; this is the Council's analogue of what the corpus does.
    /// </summary>
    private static byte[] CouncilAkn(string numberElement, string lineElement) => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <statement name="resolution">
            <meta>
              <identification source="#un">
                <FRBRWork><FRBRthis value="/akn/un/statement/deliberation/unsc/2026-05-14/2799/!main" /><FRBRuri value="/akn/un/statement/deliberation/unsc/2026-05-14/2799" /><FRBRdate date="2026-05-14" name="adoption" /><FRBRauthor href="#unsc" /><FRBRcountry value="un" /></FRBRWork>
                <FRBRExpression><FRBRthis value="/akn/un/statement/deliberation/unsc/2026-05-14/2799/eng@/!main" /><FRBRuri value="/akn/un/statement/deliberation/unsc/2026-05-14/2799/eng@" /><FRBRdate date="2026-05-14" name="adoption" /><FRBRauthor href="#unsc" /><FRBRlanguage language="eng" /></FRBRExpression>
              </identification>
            </meta>
            <coverPage>
              <p class="upperRight"><docNumber refersTo="#symbol">S/RES/2799 (2026)</docNumber></p>
              <p class="upperLeft"><docAuthority refersTo="#issuingBody">Security Council</docAuthority></p>
              <p><docStatus refersTo="#generalDistribution">Distr.: General</docStatus></p>
              <p><docDate date="2026-05-14" refersTo="#dateOfIssuance">14 May 2026</docDate></p>
            </coverPage>
            <preface>
              <p>{numberElement}</p>
              <p>{lineElement}</p>
            </preface>
            <preamble>
              <formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>
              <container name="Recalling"><p><span class="italic">Recalling</span> its previous resolutions concerning the situation in the Region,</p></container>
            </preamble>
            <mainBody>
              <paragraph eId="para_1"><num>1.</num><content><p><span class="italic">Decides</span> to renew the measures until 31 May 2027;</p></content></paragraph>
              <paragraph eId="para_2"><num>2.</num><content><p><span class="italic">Decides</span> to remain seized of the matter.</p></content></paragraph>
            </mainBody>
          </statement>
        </akomaNtoso>
        """);

    [Theory]
    [InlineData("<docNumber>Resolution 2799 (2026)</docNumber>",
        """<docProponent refersTo="#unsc">Adopted by the Security Council at its <inline name="adoptionMeeting">9912th meeting</inline>, on <docDate date="2026-05-14" refersTo="#adoptionDate">14 May 2026</docDate></docProponent>""")]
    [InlineData("<docTitle>Resolution 2799 (2026)</docTitle>", "<docIntroducer>Adopted by the Security Council at its 9912th meeting, on 14 May 2026</docIntroducer>")]
    [InlineData("<docTitle>Resolution 2799 (2026)</docTitle>", "Adopted by the Security Council at its 9912th meeting,\n on 14 May 2026")]
    public void TheUnsKindOfAknMarkup_KeepsTheCouncilsAdoptionLine_AndTakesTheNumberForNoTitle(string number, string line)
    {
        var draft = Imported(CouncilAkn(number, line));

        Assert.Equal(CouncilLine, draft.Metadata.AdoptionLine);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal("S/RES/2799 (2026)", draft.Metadata.Symbol);
        Assert.Equal("", draft.Title);
        Assert.Equal(2, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
    }

    [Fact]
    public void TheCouncilsNumber_GivesTheSymbol_WhenTheFileHasNone()
    {
        var xml = Encoding.UTF8.GetString(CouncilAkn("<docNumber>Resolution 2799 (2026)</docNumber>", "<docProponent>" + CouncilLine + "</docProponent>"))
            .Replace("""<p class="upperRight"><docNumber refersTo="#symbol">S/RES/2799 (2026)</docNumber></p>""", "", StringComparison.Ordinal);

        var draft = Imported(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("S/RES/2799 (2026)", draft.Metadata.Symbol);
        Assert.Equal(CouncilLine, draft.Metadata.AdoptionLine);
    }

    [Theory]
    [InlineData("akn", "A_RES_80_4-2517552E.xml", "Resolution adopted by the General Assembly on 29 October 2025")]
    [InlineData("akn", "A_RES_80_4-2517552C.xml", "2025年10月29日大会决议")]
    [InlineData("text", "A_RES_80_4.txt", "Resolution adopted by the General Assembly on 29 October 2025")] // two lines in the PDF's text
    [InlineData("akn", "A_HRC_RES_55_2E.xml", "Resolution adopted by the Human Rights Council on 3 April 2024")]
    public void AnAdoptedResolutionsHeading_KeepsItsDate(string folder, string file, string heading)
    {
        var draft = Fixtures.Import(folder, file);

        Assert.Equal(heading, draft.Metadata.AdoptionLine);
        Assert.True(draft.Kind.IsAdopted());
    }

    [Fact]
    public void AHeadingWithoutADate_KeepsNothing()
    {
        var draft = Fixtures.Import("text", "A_RES_50_72_A_zh.txt"); // "大会决议": the heading every adopted text prints

        Assert.Null(draft.Metadata.AdoptionLine);
    }

    [Theory]
    [InlineData("A_RES_80_4-2517552E.xml")]
    [InlineData("A_RES_80_4-2517552C.xml")]
    public void AnAdoptedGeneralAssemblyResolution_PrintsItsHeadingWithItsDate_AndEveryFormReadsItBack(string file)
    {
        var draft = Fixtures.Import("akn", file);
        var heading = draft.Metadata.AdoptionLine!;

        var docx = new DocxFile(DocxExporter.Export(draft));
        var akn = AknExporter.ExportBytes(draft);
        var fromDocx = Imported(DocxExporter.Export(draft));
        var fromAkn = Imported(akn);

        Assert.Equal(heading, DocxFile.VisibleText(Assert.Single(docx.ParagraphsWithStyle(StyleIds.AdoptedHeading))));
        Assert.Empty(docx.ParagraphsWithStyle(StyleIds.AdoptionLine)); // the heading is the line: printed once, where the UN prints it
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(Encoding.UTF8.GetString(akn), System.Text.RegularExpressions.Regex.Escape(heading)));
        Assert.Equal(heading, fromDocx.Metadata.AdoptionLine);
        Assert.Equal(heading, fromAkn.Metadata.AdoptionLine);
        Assert.Equal(draft.AllNodes().Select(n => (n.Id, n.Text)), fromAkn.AllNodes().Select(n => (n.Id, n.Text)));
        Assert.Equal(draft.Title, fromDocx.Title);
        Assert.Equal(draft.Title, fromAkn.Title);
        Assert.Equal(draft.Metadata, fromAkn.Metadata); // the whole masthead, the heading's date with it
    }
}
