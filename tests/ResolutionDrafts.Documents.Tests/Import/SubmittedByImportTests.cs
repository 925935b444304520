using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A text no State sponsors (issue 16): "Draft resolution submitted by the Chair of the Committee following informal
/// consultations", "… by the President of the General Assembly", a workflow step "submitted by the Committee on
/// Information". Who submitted it is no sponsor and no "not on the list of Member States" warning: the draft keeps it
/// (<see cref="DraftMetadata.SubmittedBy"/>) and prints it as the UN does.
/// </summary>
public sealed class SubmittedByImportTests
{
    private const string Front = """
        United Nations
        A/C.5/76/L.17
        General Assembly
        Distr.: Limited
        20 December 2021
        Original: English
        Seventy-sixth session
        Fifth Committee
        Agenda item 138
        Proposed programme budget for 2022
        {0}
        Questions relating to the proposed programme budget for 2022
        The General Assembly,
        Recalling its resolutions on the programme budget,
        1. Approves the programme budget for 2022.
        """;

    private static ImportResult ImportText(string text) =>
        DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });

    [Theory]
    [InlineData("Draft resolution submitted by the Chair of the Committee following informal consultations", "the Chair of the Committee following informal consultations", DocumentKind.DraftResolution)]
    [InlineData("Draft resolution submitted by the President of the General Assembly", "the President of the General Assembly", DocumentKind.DraftResolution)]
    [InlineData("Draft decision submitted by the Vice-Chair of the Committee", "the Vice-Chair of the Committee", DocumentKind.DraftDecision)]
    public void AText_SubmittedByAChairOrAPresident_KeepsWhoSubmittedIt_WithNoSponsorAndNoWarning(string line, string by, DocumentKind kind)
    {
        var result = ImportText(string.Format(System.Globalization.CultureInfo.InvariantCulture, Front, line));

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal(kind, draft.Kind);
        Assert.Empty(draft.Sponsors);
        Assert.Equal(by, draft.Metadata.SubmittedBy);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not on the list", StringComparison.Ordinal));
        Assert.Empty(result.Review!.UnknownSponsors);
        Assert.Equal(line, SponsorsLine.Format(draft)); // printed back as written
    }

    [Fact]
    public void AChineseText_SubmittedByTheChair_KeepsWhoSubmittedIt()
    {
        var text = """
            联合国
            A/C.5/76/L.17
            大会
            第七十六届会议
            第五委员会
            议程项目138
            2022年拟议方案预算
            委员会主席经非正式协商后提交的决议草案
            与2022年拟议方案预算有关的问题
            大会，
            回顾其关于方案预算的各项决议，
            1. 核准2022年方案预算。
            """;

        var result = ImportText(text);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(DocumentKind.DraftResolution, result.Draft!.Kind);
        Assert.Empty(result.Draft.Sponsors);
        Assert.Equal("委员会主席经非正式协商后", result.Draft.Metadata.SubmittedBy);
        Assert.Equal("与2022年拟议方案预算有关的问题", result.Draft.Title);
        Assert.Equal("委员会主席经非正式协商后提交的决议草案", SponsorsLine.Format(result.Draft));
    }

    [Fact]
    public void TheCorpusResolutionOfTheChair_HasNoSponsorWarning_AndSaysWhoSubmittedIt()
    {
        var result = DraftImporter.Import(Fixtures.Bytes(Path.Combine("corpus", "ga", "76-en"), "A_RES_76_246-2119713E.xml"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not on the list", StringComparison.Ordinal));
        Assert.Empty(result.Draft!.Sponsors);
        Assert.Equal("the Chair of the Committee following informal consultations", result.Draft.Metadata.SubmittedBy);
        var again = DraftImporter.Import(AknExporter.ExportBytes(result.Draft)); // this app's AKN of the adopted text keeps it
        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(result.Draft.Metadata.SubmittedBy, again.Draft!.Metadata.SubmittedBy);
        Assert.Empty(again.Draft.Sponsors);
    }

    [Fact]
    public void AChineseCorpusResolutionOfTheChair_KeepsNoEnglishWordingOfWhoSubmittedIt()
    {
        // The UN's Chinese files give the workflow's words in English ("submitted by the Chair of the Committee …", ADR 0025):
        // a Chinese draft must not carry English it would print in its sponsors line; nothing is better than that.
        var result = DraftImporter.Import(Fixtures.Bytes(Path.Combine("corpus", "ga", "76-zh"), "A_RES_76_246-2119713C.xml"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(DraftLanguage.Chinese, result.Draft!.Language);
        Assert.Empty(result.Draft.Sponsors);
        Assert.Null(result.Draft.Metadata.SubmittedBy);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not on the list", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("submitted by the Chair of the Committee following informal consultations", null)]
    [InlineData("submitted by 委员会主席经非正式协商后", "委员会主席经非正式协商后")]
    public void AChineseAknWorkflowStep_GivesWhoSubmittedItOnlyInChinese(string by, string? submittedBy)
    {
        var xml = $"""
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="draftResolution">
            <meta><identification source="#DGACM"><FRBRExpression><FRBRlanguage language="zho"/></FRBRExpression></identification>
            <workflow source="#DGACM"><step date="2021-12-01" outcome="draftResolution" as="A/C.5/76/L.17" by="{by}"/></workflow></meta>
            <coverPage><p><docNumber refersTo="#symbol">A/C.5/76/L.17</docNumber></p><p><docAuthority refersTo="#issuingBody">大会</docAuthority></p></coverPage>
            <preface><p><docTitle refersTo="#resolutionTitle">与2022年拟议方案预算有关的问题</docTitle></p></preface>
            <preamble><formula name="enactingFormula"><p>大会，</p></formula></preamble>
            <mainBody><paragraph eId="para_1"><content><p>核准2022年方案预算。</p></content></paragraph></mainBody>
            </statement></akomaNtoso>
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml), new ImportOptions { Format = ImportFormat.Akn });

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Draft!.Sponsors);
        Assert.Equal(submittedBy, result.Draft.Metadata.SubmittedBy);
    }

    [Theory]
    [InlineData("submitted by the Committee on Information", "the Committee on Information")]
    [InlineData("submitted by the President of the General Assembly", "the President of the General Assembly")]
    [InlineData("introduced in the Committee by the representative of Austria on behalf of the Bureau", null)]
    [InlineData("on the basis of the report of the Credentials Committee", null)]
    public void AnAknWorkflowStep_ThatSaysHowTheTextCame_IsNoSponsor(string by, string? submittedBy)
    {
        var xml = $"""
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
            <meta><identification source="#DGACM"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification>
            <workflow source="#DGACM"><step date="2021-12-01" outcome="draftResolution" as="A/76/L.1" by="{by}"/></workflow></meta>
            <coverPage><p><docNumber refersTo="#symbol">A/RES/76/999</docNumber></p><p><docAuthority refersTo="#issuingBody">General Assembly</docAuthority></p></coverPage>
            <preface><p><docTitle refersTo="#resolutionTitle">76/999. Questions relating to information</docTitle></p></preface>
            <preamble><formula name="enactingFormula"><p>The General Assembly,</p></formula></preamble>
            <mainBody><paragraph eId="para_1"><content><p>Decides to continue its consideration of the question.</p></content></paragraph></mainBody>
            </statement></akomaNtoso>
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml), new ImportOptions { Format = ImportFormat.Akn });

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Draft!.Sponsors);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not on the list", StringComparison.Ordinal));
        Assert.Equal(submittedBy, result.Draft.Metadata.SubmittedBy);
    }

    [Fact]
    public void ADraftSubmittedByTheChair_PrintsSoInWord_AndComesBackFromWordJsonAndAkn()
    {
        var result = ImportText(string.Format(System.Globalization.CultureInfo.InvariantCulture, Front, "Draft resolution submitted by the Chair of the Committee following informal consultations"));
        var draft = result.Draft!;

        var docx = new DocxFile(DocxExporter.Export(draft));

        Assert.Equal("Draft resolution submitted by the Chair of the Committee following informal consultations",
            DocxFile.VisibleText(Assert.Single(docx.ParagraphsWithStyle(StyleIds.SponsorsLine))));
        var fromWord = DraftImporter.Import(docx.Bytes);
        Assert.True(fromWord.IsSuccess, fromWord.Error);
        Assert.Equal(draft.Metadata.SubmittedBy, fromWord.Draft!.Metadata.SubmittedBy);
        Assert.Empty(fromWord.Draft.Sponsors);
        var json = DraftJson.Deserialize(DraftJson.Serialize(draft));
        Assert.Equal(draft.Metadata.SubmittedBy, json.Value!.Metadata.SubmittedBy);
        var fromAkn = DraftImporter.Import(AknExporter.ExportBytes(draft));
        Assert.True(fromAkn.IsSuccess, fromAkn.Error);
        Assert.Equal(draft.Metadata.SubmittedBy, fromAkn.Draft!.Metadata.SubmittedBy);
        Assert.Empty(fromAkn.Draft.Sponsors);
    }
}
