using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A World Health Assembly text's front matter and masthead (issue 16; ADR 0036, amendment 3): "SEVENTY-NINTH WORLD HEALTH
/// ASSEMBLY" is the Assembly and its session, not the organ's name in capitals; the masthead of the page, DOCX and AKN prints
/// "World Health Organization" / "世界卫生组织" over it where a UN text prints "United Nations"; a text that says it was adopted
/// (its symbol "WHA79.12", the meeting it closes with) is an adopted resolution, one proposed by States a draft. English and
/// Chinese; read back from our DOCX and AKN the same.
/// </summary>
public sealed class WorldHealthAssemblyMastheadTests
{
    private const string Adopted = WhoSamples.Adopted;

    private const string AdoptedZh = WhoSamples.AdoptedZh;

    private const string Proposed = WhoSamples.Proposed;

    private const string ProposedZh = WhoSamples.ProposedZh;

    private const string Decision = WhoSamples.Decision;

    private const string DecisionZh = WhoSamples.DecisionZh;

    /// <summary>A draft of WHO's Executive Board, its session a number ("158th session"), its symbol a document's ("EB158/CONF./4").</summary>
    private const string BoardDraft = WhoSamples.BoardDraft;

    [Fact]
    public void AnExecutiveBoardDraft_KeepsItsNumberedSession_AndIsPrintedAsWhosByItsSymbol()
    {
        var draft = Imported(BoardDraft);
        Assert.Equal("Executive Board", draft.Metadata.Body);
        Assert.Equal("158th session", draft.Metadata.Session); // it was dropped, and the preview said every line was in the draft
        Assert.Equal("EB158/CONF./4", draft.Metadata.Symbol);
        Assert.Equal("World Health Organization", Organisation.Of(draft));
        Assert.True(ResolutionDrafts.Domain.Numbering.SponsorsLine.UnderTitle(draft));
        Assert.Equal("Draft resolution proposed by Canada, Colombia and Ghana", ResolutionDrafts.Domain.Numbering.SponsorsLine.Format(draft));
        Assert.DoesNotContain(ResolutionDrafts.Domain.Style.StyleChecker.Check(draft), w => w.Message.Contains("should end with", StringComparison.Ordinal));
    }

    private static Draft Imported(string text, string? language = null)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text, Language = language });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Theory]
    [InlineData(Adopted, "en", "World Health Assembly", "Seventy-ninth session", "27 May 2026", "Seventh plenary meeting")]
    [InlineData(AdoptedZh, "zh", "世界卫生大会", "第七十九届会议", "2026年5月27日", "第七次全体会议")]
    public void AnAdoptedResolution_ItsAssemblyLineIsTheBodyAndSession_AndItIsAdopted(string text, string language, string body, string session, string date, string meeting)
    {
        var draft = Imported(text, language);

        // Was: body "SEVENTY-NINTH WORLD HEALTH ASSEMBLY", no session, a draft resolution; the meeting line left out.
        Assert.Equal(body, draft.Metadata.Body);
        Assert.Equal(session, draft.Metadata.Session);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal("WHA79.12", draft.Metadata.Symbol);
        Assert.Equal(new AgendaItem("13.4", ""), draft.Metadata.AgendaItem);
        Assert.Equal(date, draft.Metadata.Date);
        Assert.Equal(meeting, draft.Metadata.MeetingLine);
        Assert.Equal(date, draft.Metadata.MeetingDate);
        Assert.Equal(language == "zh" ? "加强初级卫生保健" : "Strengthening primary health care", draft.Title);
        Assert.Equal(2, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
        Assert.Equal("(1)", draft.Metadata.SubParagraphNumbering);
    }

    [Theory]
    [InlineData(Proposed, "en", "World Health Assembly", "Seventy-ninth session")]
    [InlineData(ProposedZh, "zh", "世界卫生大会", "第七十九届会议")]
    public void ADraftProposedByStates_WithAnAgendaItemAndADate_IsADraft_WithItsSponsors(string text, string language, string body, string session)
    {
        var draft = Imported(text, language);

        Assert.Equal(DocumentKind.DraftResolution, draft.Kind);
        Assert.Equal(body, draft.Metadata.Body);
        Assert.Equal(session, draft.Metadata.Session);
        Assert.Equal("A79/A/CONF./3", draft.Metadata.Symbol);
        // Was: "Strengthening primary health care Draft resolution proposed by Brazil, Ghana and Thailand", no sponsors.
        Assert.Equal(language == "zh" ? "加强初级卫生保健" : "Strengthening primary health care", draft.Title);
        Assert.Equal(language == "zh" ? ["巴西", "加纳", "泰国"] : ["Brazil", "Ghana", "Thailand"], draft.Sponsors.Select(s => s.Name));
    }

    [Theory]
    [InlineData("WHA79.12", DocumentKind.AdoptedResolution)]
    [InlineData("EB158.R3", DocumentKind.AdoptedResolution)]
    [InlineData("A79/A/CONF./3", DocumentKind.DraftResolution)]
    [InlineData("EB158/CONF./2", DocumentKind.DraftResolution)]
    public void TheSymbolSaysWhetherItWasAdopted_NotTheAgendaItemAndDate(string symbol, DocumentKind kind)
    {
        var text = Proposed.Replace("A79/A/CONF./3", symbol, StringComparison.Ordinal)
            .Replace("Draft resolution proposed by Brazil, Ghana and Thailand\n\n", "", StringComparison.Ordinal);

        Assert.Equal(kind, Imported(text).Kind);
    }

    [Theory]
    [InlineData(Decision, "en")]
    [InlineData(DecisionZh, "zh")]
    public void ADecisionsSymbol_MakesItAnAdoptedDecision_ItsSentenceItsText(string text, string language)
    {
        // Was refused: "no author line found", the symbol saying nothing of a decision.
        var draft = Imported(text, language);

        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        Assert.Equal("WHA79(8)", draft.Metadata.Symbol);
        Assert.Contains(language == "zh" ? "决定推迟" : "decided to defer", Assert.Single(draft.Paragraphs).Text, StringComparison.Ordinal);
        Assert.Equal(language == "zh" ? "第七次全体会议" : "Seventh plenary meeting", draft.Metadata.MeetingLine);
    }

    [Fact]
    public void WithNoSymbol_TheMeetingItClosesWith_SaysItWasAdopted()
    {
        var text = string.Join('\n', Adopted.Split('\n').Skip(1).Prepend("SEVENTY-NINTH WORLD HEALTH ASSEMBLY"))
            .Replace("27 May 2026\n\nStrengthening", "\n\nStrengthening", StringComparison.Ordinal);
        Assert.DoesNotContain("WHA79.12", text, StringComparison.Ordinal);

        var draft = Imported(text);

        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal("Seventh plenary meeting", draft.Metadata.MeetingLine);
        Assert.Equal("27 May 2026", draft.Metadata.MeetingDate);
        // The agenda item printed as a number alone: the one group of lines before the author line is the title.
        Assert.Equal("Strengthening primary health care", draft.Title);
        Assert.Equal("", draft.Metadata.AgendaItem!.Title);
    }

    [Theory]
    [InlineData(Adopted, "en", "World Health Organization")]
    [InlineData(AdoptedZh, "zh", "世界卫生组织")]
    [InlineData(Proposed, "en", "World Health Organization")]
    [InlineData(ProposedZh, "zh", "世界卫生组织")]
    [InlineData(Decision, "en", "World Health Organization")]
    public void TheDocxAndAkn_PrintTheOrganisationTheBodyBelongsTo_AndReadBackTheSameDraft(string text, string language, string organisation)
    {
        var draft = Imported(text, language);

        var docx = DocxExporter.Export(draft);
        var masthead = new Export.DocxFile(docx).Masthead.Descendants(W + "p").Select(VisibleText).Where(t => t.Length > 0).ToList();
        Assert.Equal(organisation, masthead[0]); // was "United Nations" / "联合国"
        Assert.DoesNotContain(masthead, t => t is "United Nations" or "联合国");
        var akn = AknExporter.ToXml(draft);
        var publisher = akn.Descendants().Single(e => e.Name.LocalName == "docAuthority" && (string?)e.Attribute("refersTo") == "#publisher");
        Assert.Equal(organisation, publisher.Value);

        foreach (var (bytes, format) in new[] { (docx, ImportFormat.Docx), (AknExporter.ExportBytes(draft), ImportFormat.Akn) })
        {
            var back = DraftImporter.Import(bytes, new ImportOptions { Format = format });
            Assert.True(back.IsSuccess, back.Error);
            Assert.Equal(Json(draft), Json(back.Draft!));
        }
    }

    [Theory]
    [InlineData(Adopted, "en")]
    [InlineData(AdoptedZh, "zh")]
    [InlineData(Proposed, "en")]
    [InlineData(ProposedZh, "zh")]
    public void AWordFileOfAnotherOrigin_OneParagraphALine_ReadsAsTheText(string text, string language)
    {
        // The masthead's two columns typed as two paragraphs each, as a delegate pastes them into Word.
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0)
            .SelectMany(l => System.Text.RegularExpressions.Regex.Split(l.Trim(), @"\s{3,}"));
        using var buffer = new MemoryStream();
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                lines.Select(l => new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(
                    new DocumentFormat.OpenXml.Wordprocessing.Text(l) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))));
        }

        var result = DraftImporter.Import(buffer.ToArray(), new ImportOptions { Format = ImportFormat.Docx, Language = language });

        Assert.True(result.IsSuccess, result.Error);
        var fromText = Imported(text, language);
        var draft = result.Draft!;
        Assert.Equal(fromText.Kind, draft.Kind);
        Assert.Equal(fromText.Metadata, draft.Metadata);
        Assert.Equal(fromText.Title, draft.Title);
        Assert.Equal(fromText.Sponsors.Select(s => s.Name), draft.Sponsors.Select(s => s.Name));
        Assert.Equal(language == "zh" ? "世界卫生大会" : "World Health Assembly", draft.Metadata.Body);
    }

    [Fact]
    public void AGeneralAssemblyDraft_StillPrintsTheUnitedNations()
    {
        var draft = Fixtures.Import("text", "A_80_L.6.txt");

        Assert.Equal("United Nations", new Export.DocxFile(DocxExporter.Export(draft)).Masthead.Descendants(W + "p").Select(VisibleText).First(t => t.Length > 0));
        Assert.Equal("United Nations", AknExporter.ToXml(draft).Descendants().First(e => e.Name.LocalName == "docAuthority").Value);
        Assert.Equal("General Assembly", draft.Metadata.Body);
    }

    private static string Json(Draft draft) => DraftJson.Serialize(draft);
}
