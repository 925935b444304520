using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Decisions (issue 16, ADR 0022): a draft decision is imported as a draft decision from text, Word and AKN,
/// whether written as one sentence ("The General Assembly decides to include …", with or without lettered
/// sub-paragraphs) or as a resolution is (author line, paragraphs), in English and Chinese.
/// </summary>
public sealed class DecisionImportTests
{
    private const string Masthead = """
        United Nations
        A/C.6/75/L.9
        General Assembly
        Distr.: Limited
        30 October 2020
        Original: English
        Seventy-fifth session
        Sixth Committee
        Agenda item 79
        Report of the International Law Commission
        Austria and Mexico: draft decision
        Report of the International Law Commission on the work of its seventy-second session

        """;

    private const string Sentence =
        "The General Assembly decides to include in the provisional agenda of its seventy-sixth session the item entitled “Report of the International Law Commission”.";

    [Fact]
    public void ADecisionInOneSentence_IsADraftDecisionWithTheSentenceAsItsOneParagraph()
    {
        var draft = Import(Masthead + Sentence + "\n");

        Assert.Equal(DocumentKind.DraftDecision, draft.Kind);
        Assert.Equal("", draft.AuthorLine);
        Assert.Equal("Report of the International Law Commission on the work of its seventy-second session", draft.Title);
        Assert.Equal(["Austria", "Mexico"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal("A/C.6/75/L.9", draft.Metadata.Symbol);
        var paragraph = Assert.Single(draft.Paragraphs);
        Assert.Equal(ParagraphKind.Operative, paragraph.Kind);
        Assert.Equal(Sentence, paragraph.Text);
    }

    [Fact]
    public void ADecisionInOneSentence_HardWrappedAsAPdfPrintsIt_IsStillOneParagraph()
    {
        var wrapped = """
            The General Assembly decides to include in the provisional agenda of its
            seventy-sixth session the item entitled “Report of the International Law
            Commission”.
            """;

        var draft = Import(Masthead + wrapped + "\n");

        Assert.Equal(Sentence, Assert.Single(draft.Paragraphs).Text);
    }

    [Fact]
    public void ADecisionWithLetteredSubParagraphs_IsOneParagraphWithThem()
    {
        var text = Masthead + """
            The General Assembly decides:
            (a) To include in the provisional agenda of its seventy-sixth session the item entitled “Report of the International Law Commission”;
            (b) To request the Secretary-General to report on the item at that session.
            """;

        var draft = Import(text);

        var paragraph = Assert.Single(draft.Paragraphs);
        Assert.Equal("The General Assembly decides:", paragraph.Text);
        Assert.Equal(2, paragraph.SubParagraphs.Count);
        Assert.StartsWith("To request the Secretary-General", paragraph.SubParagraphs[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADecisionWhoseSentenceRecallsBeforeItDecides_IsNotTakenForAnAuthorLine()
    {
        var text = Masthead + """
            The General Assembly, recalling its resolution 74/186 of 18 December 2019,
            decides to include the item in the provisional agenda of its seventy-sixth session.
            """;

        var draft = Import(text);

        Assert.Equal("", draft.AuthorLine);
        Assert.Equal(
            "The General Assembly, recalling its resolution 74/186 of 18 December 2019, decides to include the item in the provisional agenda of its seventy-sixth session.",
            Assert.Single(draft.Paragraphs).Text);
    }

    [Fact]
    public void ADecisionWhoseOrganStandsOnALineOfItsOwn_GoingOnInLowerCase_KeepsItAsItsAuthorLine()
    {
        var text = Masthead + """
            The General Assembly,
            recalling its resolution 74/186 of 18 December 2019, decides to include the item in the provisional agenda of its seventy-sixth session.
            """;

        var draft = Import(text);

        // The organ alone on its line prints as an author line and is kept as one (ADR 0022, amendment 1): the page prints the two
        // lines as they came, and a draft typed so reads back as it was (DecisionReadBackTests). No word is lost either way.
        Assert.Equal(DocumentKind.DraftDecision, draft.Kind);
        Assert.Equal("The General Assembly,", draft.AuthorLine);
        Assert.StartsWith("recalling its resolution 74/186", Assert.Single(draft.Paragraphs).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADraftDecisionSubmittedByTheChair_IsADecision()
    {
        var text = Masthead.Replace("Austria and Mexico: draft decision", "Draft decision submitted by the Chair on the basis of informal consultations", StringComparison.Ordinal) + Sentence + "\n";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(DocumentKind.DraftDecision, result.Draft!.Kind);
        Assert.Empty(result.Draft.Sponsors);
        Assert.Equal("the Chair on the basis of informal consultations", result.Draft.Metadata.SubmittedBy);
    }

    [Fact]
    public void AChineseAdoptedDecision_WithACommaAfterTheOrgan_IsOneSentence()
    {
        var text = """
            联合国
            大会
            大会通过的决定
            75/540. 国际法委员会的报告
            大会，回顾其2019年12月18日第74/186号决议，决定将该项目列入大会第七十六届会议临时议程。
            """;

        var draft = Import(text);

        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        Assert.Equal("国际法委员会的报告", draft.Title);
        Assert.Equal("", draft.AuthorLine);
        Assert.Equal("大会，回顾其2019年12月18日第74/186号决议，决定将该项目列入大会第七十六届会议临时议程。", Assert.Single(draft.Paragraphs).Text);
    }

    [Fact]
    public void AnAmendmentToADraftDecision_IsAnAmendment()
    {
        var text = Masthead.Replace("Austria and Mexico: draft decision", "Burundi: amendment to draft decision A/C.6/75/L.9", StringComparison.Ordinal)
            + "In the draft decision, replace the word “seventy-sixth” with the word “seventy-seventh”.\n";

        var draft = Import(text);

        Assert.Equal(DocumentKind.Amendment, draft.Kind);
        Assert.Equal("A/C.6/75/L.9", draft.Metadata.AmendsSymbol);
    }

    [Fact]
    public void ADecisionWrittenAsAResolution_IsADraftDecisionWithItsAuthorLineAndParagraphs()
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(Masthead + "The General Assembly,\nRecalling its resolution 74/186,\n1. Decides to include the item in its provisional agenda;\n2. Requests a report.\n"),
            new ImportOptions { Format = ImportFormat.Text });

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal(DocumentKind.DraftDecision, draft.Kind);
        Assert.Equal("The General Assembly,", draft.AuthorLine);
        Assert.Equal([ParagraphKind.Preambular, ParagraphKind.Operative, ParagraphKind.Operative], draft.Paragraphs.Select(p => p.Kind));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("decision", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ARevisedDraftDecision_TakesItsRevisionFromTheSymbol()
    {
        var text = Masthead.Replace("A/C.6/75/L.9", "A/C.6/75/L.9/Rev.2", StringComparison.Ordinal)
            .Replace(": draft decision", ": revised draft decision", StringComparison.Ordinal) + Sentence + "\n";

        var draft = Import(text);

        Assert.Equal(DocumentKind.RevisedDraftDecision, draft.Kind);
        Assert.Equal(2, draft.Revision);
    }

    [Fact]
    public void ADraftDecisionOfTheChair_HeadedDraftDecisionAlone_IsADecisionWithNoSponsors()
    {
        var text = Masthead.Replace("Austria and Mexico: draft decision", "Draft decision", StringComparison.Ordinal) + Sentence + "\n";

        var draft = Import(text);

        Assert.Equal(DocumentKind.DraftDecision, draft.Kind);
        Assert.Empty(draft.Sponsors);
        Assert.Equal("Report of the International Law Commission on the work of its seventy-second session", draft.Title);
        Assert.Equal(Sentence, Assert.Single(draft.Paragraphs).Text);
    }

    [Fact]
    public void AnAdoptedDecision_IsAnAdoptedDecisionWithItsTitleWithoutItsNumber()
    {
        var text = """
            United Nations
            A/75/PV.37
            General Assembly
            Decision adopted by the General Assembly on 15 December 2020
            75/540. Report of the International Law Commission
            The General Assembly decides to include in the provisional agenda of its seventy-sixth session the item entitled “Report of the International Law Commission”.
            """;

        var draft = Import(text);

        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        Assert.Equal("Report of the International Law Commission", draft.Title);
        Assert.Equal(Sentence, Assert.Single(draft.Paragraphs).Text);
    }

    private const string RecordSentence =
        "At its 37th plenary meeting, on 2 December 2021, the General Assembly, on the recommendation of the Sixth Committee, decided to include in the provisional agenda of its seventy-seventh session the item entitled “Report of the International Law Commission on the work of its seventy-third session”.";

    [Fact]
    public void AnAdoptedDecisionAsTheOfficialRecordsPrintIt_InThePastTense_IsAnAdoptedDecision()
    {
        var text = "76/515. Report of the International Law Commission on the work of its seventy-second session\n\n" + RecordSentence + "\n";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        Assert.Equal("Report of the International Law Commission on the work of its seventy-second session", draft.Title);
        Assert.Equal("", draft.AuthorLine);
        var sentence = Assert.Single(draft.Paragraphs);
        Assert.Equal(ParagraphKind.Operative, sentence.Kind);
        Assert.Equal(RecordSentence, sentence.Text);
        Assert.Equal("General Assembly", draft.Metadata.Body); // "Decision adopted by the General Assembly" when printed
        Assert.DoesNotContain(result.Warnings, w => w.Contains("read as a draft decision", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("At its 5th plenary meeting, on 17 September 2021, the General Assembly took note of the letter of the Secretary-General.")]
    [InlineData("At its 37th plenary meeting, on 2 December 2021, the General Assembly decided:\n(a) To include the item in the provisional agenda of its seventy-seventh session;\n(b) To request the Secretary-General to report on the item at that session.")]
    public void OtherPastTenseDecisionsOfTheRecords_AreAdoptedDecisions(string sentence)
    {
        var draft = Import("76/516. A decision of the General Assembly\n" + sentence + "\n");

        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        Assert.Equal(sentence.Split('\n')[0], Assert.Single(draft.Paragraphs).Text);
    }

    [Theory]
    [InlineData("大会2021年12月2日第37次全体会议根据第六委员会的建议，决定将题为“国际法委员会第七十三届会议工作报告”的项目列入大会第七十七届会议临时议程。")]
    [InlineData("在2021年12月2日第37次全体会议上，大会根据第六委员会的建议，决定将题为“国际法委员会第七十三届会议工作报告”的项目列入大会第七十七届会议临时议程。")]
    public void AChineseAdoptedDecisionOfTheRecords_IsAnAdoptedDecision(string sentence)
    {
        var draft = Import("76/515. 国际法委员会第七十二届会议工作报告\n" + sentence + "\n");

        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        Assert.Equal(DraftLanguage.Chinese, draft.Language);
        Assert.Equal("国际法委员会第七十二届会议工作报告", draft.Title);
        Assert.Equal(sentence, Assert.Single(draft.Paragraphs).Text);
        Assert.Equal(sentence.StartsWith("大会", StringComparison.Ordinal) ? "大会" : null, draft.Metadata.Body);
    }

    [Fact]
    public void AReportThatTellsOfItsMeetingsSo_IsStillRefused()
    {
        var text = "Report of the Committee on Information\n\nAt its 2nd meeting, on 5 October 2021, the Committee decided to hold its session in May.\nThe Committee met twice in 2021.\nIt adopted its report in October.\n";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void AChineseDecisionInOneSentence_IsADraftDecision()
    {
        var text = """
            联合国
            A/C.6/75/L.9
            大会
            Distr.: Limited
            2020年10月30日
            Chinese
            Original: English
            第七十五届会议
            第六委员会
            议程项目79
            国际法委员会的报告
            奥地利和墨西哥：决定草案
            国际法委员会第七十二届会议工作报告
            大会决定将题为“国际法委员会的报告”的项目列入大会第七十六届会议临时议程。
            """;

        var draft = Import(text);

        Assert.Equal(DocumentKind.DraftDecision, draft.Kind);
        Assert.Equal(DraftLanguage.Chinese, draft.Language);
        Assert.Equal("", draft.AuthorLine);
        Assert.Equal("国际法委员会第七十二届会议工作报告", draft.Title);
        Assert.Equal("大会决定将题为“国际法委员会的报告”的项目列入大会第七十六届会议临时议程。", Assert.Single(draft.Paragraphs).Text);
    }

    [Fact]
    public void ADecisionInOneSentence_FromAWordFile_IsTheSameAsFromText()
    {
        var fromText = Import(Masthead + Sentence + "\n");

        var result = DraftImporter.Import(WordFile((Masthead + Sentence).Split('\n').Where(l => l.Trim().Length > 0)));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(DocumentKind.DraftDecision, result.Draft!.Kind);
        Assert.Equal(ResolutionDrafts.Documents.Json.DraftJson.Serialize(fromText), ResolutionDrafts.Documents.Json.DraftJson.Serialize(result.Draft));
    }

    [Fact]
    public void ADecisionsSentencePastedAlone_IsADraftDecision_WithAWarningSayingWhy()
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(Sentence + "\n"), new ImportOptions { Format = ImportFormat.Text });

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(DocumentKind.DraftDecision, result.Draft!.Kind);
        Assert.Equal(Sentence, Assert.Single(result.Draft.Paragraphs).Text);
        Assert.Contains(result.Warnings, w => w.Contains("read as a draft decision", StringComparison.Ordinal));
    }

    [Fact]
    public void TextsWithADecidingSentenceThatAreNotOneSentence_AreStillRefused()
    {
        var text = "Note by the Secretariat\n\nThe General Assembly decided at its seventy-fifth session to consider the item.\nThe Committee met twice in 2021.\nIt adopted its report in October.\n";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });

        Assert.False(result.IsSuccess);
        Assert.Contains("not one sentence as a decision is", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADraftDecisionWithNeitherAuthorLineNorDecidingSentence_IsRefusedSayingWhatIsMissing()
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(Masthead + "Some notes on the item, to be discussed later.\n"), new ImportOptions { Format = ImportFormat.Text });

        Assert.False(result.IsSuccess);
        Assert.Contains("nor a sentence in which the organ decides", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAknDecision_StatementNamedDecision_IsAnAdoptedDecisionWithNoFormula()
    {
        const string xml = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="decision">
            <meta><identification source="#DGACM"><FRBRWork><FRBRthis value="/akn/un/statement/decision/unga/2020-12-15/75-540/!main/"/></FRBRWork>
            <FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
            <coverPage><p><docAuthority refersTo="#issuingBody">General Assembly</docAuthority></p></coverPage>
            <preface><p><docTitle refersTo="#resolutionTitle">75/540. Report of the International Law Commission</docTitle></p></preface>
            <mainBody><paragraph eId="para_1"><content><p>The General Assembly decides to include in the provisional agenda of its seventy-sixth session the item entitled “Report of the International Law Commission”.</p></content></paragraph></mainBody>
            </statement></akomaNtoso>
            """;

        var draft = ImportAkn(xml);

        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        Assert.Equal("Report of the International Law Commission", draft.Title);
        Assert.Equal("", draft.AuthorLine);
        Assert.Equal(Sentence, Assert.Single(draft.Paragraphs).Text);
    }

    [Fact]
    public void AnAknDraftDecision_ItsSponsorsLineSayingSo_IsADraftDecision()
    {
        const string xml = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="draftResolution">
            <meta><identification source="#x"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
            <coverPage><p><docNumber refersTo="#symbol">A/C.6/75/L.9</docNumber></p></coverPage>
            <preface><p><docTitle refersTo="sponsors">Austria and Mexico: draft decision</docTitle></p>
            <p><docTitle refersTo="#resolutionTitle">Report of the International Law Commission</docTitle></p></preface>
            <mainBody><p>The General Assembly decides to include the item in the provisional agenda of its seventy-sixth session.</p></mainBody>
            </statement></akomaNtoso>
            """;

        var draft = ImportAkn(xml);

        Assert.Equal(DocumentKind.DraftDecision, draft.Kind);
        Assert.Equal(["Austria", "Mexico"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal("The General Assembly decides to include the item in the provisional agenda of its seventy-sixth session.", Assert.Single(draft.Paragraphs).Text);
    }

    private static Draft Import(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static Draft ImportAkn(string xml)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml), new ImportOptions { Format = ImportFormat.Akn });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static byte[] WordFile(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            foreach (var line in lines)
            {
                body.Append(new W.Paragraph(new W.Run(new W.Text(line.TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve })));
            }

            word.AddMainDocumentPart().Document = new W.Document(body);
        }

        return stream.ToArray();
    }
}
