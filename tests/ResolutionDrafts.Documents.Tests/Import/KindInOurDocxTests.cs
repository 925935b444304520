using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0036, amendment 5): our DOCX carries the draft's kind in a custom property (<c>ResolutionDrafts.Kind</c>, beside
/// ADR 0033's mark), so an adopted text whose page says nothing of its adoption — a WHO text printed with no "adopted by" heading,
/// with neither a WHA/EB symbol nor a closing meeting — reads back adopted. A Word file not ours is still read by what it says.
/// </summary>
public sealed class KindInOurDocxTests
{
    private static Draft Typed(string language, DocumentKind kind)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, kind, kind.IsRevised() ? 2 : null).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata
        {
            Body = zh ? "世界卫生大会" : "World Health Assembly", Session = zh ? "第七十九届会议" : "Seventy-ninth session",
            AgendaItem = new AgendaItem("13.4", ""), Date = zh ? "2026年5月27日" : "27 May 2026",
        }).IsSuccess);
        Assert.True(draft.SetTitle(zh ? "加强初级卫生保健" : "Strengthening primary health care").IsSuccess);
        Assert.True(draft.SetAuthorLine(zh ? "第七十九届世界卫生大会，" : "The Seventy-ninth World Health Assembly,").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Preambular, zh ? "审议了总干事的报告；" : "Having considered the report by the Director-General;", id: "pp1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "敦促会员国加强初级卫生保健；" : "URGES Member States to strengthen primary health care;", id: "op1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "要求总干事报告进展情况。" : "REQUESTS the Director-General to report on progress.", id: "op2").IsSuccess);
        return draft;
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void AWhoAdoptedText_WithNoSymbolNorMeeting_ReadsBackAdoptedFromOurDocx(string language)
    {
        var draft = Typed(language, DocumentKind.AdoptedResolution);
        var docx = DocxExporter.Export(draft);

        // Was a draft resolution: nothing on the page says it was adopted (WHO prints no "Resolution adopted by …").
        var back = WhoSamples.Back(docx, ImportFormat.Docx);
        Assert.Equal(DocumentKind.AdoptedResolution, back.Kind);
        Assert.Equal(DraftJson.Serialize(draft), DraftJson.Serialize(back));
    }

    [Theory]
    [InlineData("en", DocumentKind.DraftResolution)]
    [InlineData("zh", DocumentKind.DraftResolution)]
    [InlineData("en", DocumentKind.RevisedDraftResolution)]
    public void EveryKind_ReadsBackAsItWas(string language, DocumentKind kind)
    {
        var draft = Typed(language, kind);
        // A revision's number is its symbol's ("/Rev.2"), as the page prints it.
        Assert.True(draft.SetMetadata(draft.Metadata with { Symbol = kind.IsRevised() ? "A79/A/CONF./3/Rev.2" : "A79/A/CONF./3" }).IsSuccess);
        var back = WhoSamples.Back(DocxExporter.Export(draft), ImportFormat.Docx);
        Assert.Equal((kind, draft.Revision), (back.Kind, back.Revision));
    }

    [Theory]
    [InlineData("en", DocumentKind.RevisedDraftResolution, 2)]
    [InlineData("zh", DocumentKind.RevisedDraftResolution, 2)]
    [InlineData("en", DocumentKind.RevisedDraftResolution, 1)]
    [InlineData("en", DocumentKind.RevisedDraftDecision, 3)]
    [InlineData("zh", DocumentKind.RevisedDraftDecision, 4)]
    [InlineData("en", DocumentKind.DraftResolution, null)]
    [InlineData("zh", DocumentKind.DraftDecision, null)]
    public void TheRevisionADraftIsAt_ReadsBackFromOurDocx_WithNoSymbolToSayIt(string language, DocumentKind kind, int? revision)
    {
        // ADR 0033, amendment 1: the page of a draft with no symbol prints its revision nowhere; the property keeps it.
        var draft = Draft.Create(language, kind, revision).Value!;
        var typed = Typed(language, kind);
        Assert.True(draft.SetMetadata(typed.Metadata).IsSuccess);
        // Proposed by a State, as a WHO draft prints it under its title ("Draft resolution proposed by Brazil").
        Assert.True(draft.AddSponsor(new Sponsor(DraftLanguage.IsChinese(language) ? "巴西" : "Brazil")).IsSuccess);
        Assert.True(draft.SetTitle(typed.Title).IsSuccess);
        Assert.True(draft.SetAuthorLine(typed.AuthorLine).IsSuccess);
        foreach (var paragraph in typed.Paragraphs)
        {
            Assert.True(draft.InsertParagraph(paragraph.Kind, paragraph.Text, id: paragraph.Id).IsSuccess);
        }

        Assert.Null(draft.Metadata.Symbol);
        var back = WhoSamples.Back(DocxExporter.Export(draft), ImportFormat.Docx);

        // Was: Rev.2, Rev.3 and Rev.4 read back as Rev.1.
        Assert.Equal((kind, revision), (back.Kind, back.Revision));
        Assert.Equal(DraftJson.Serialize(draft), DraftJson.Serialize(back));
    }

    [Fact]
    public void ARevisionNumber_IsWrittenOnlyForARevisedDraft()
    {
        using var revised = WordprocessingDocument.Open(new MemoryStream(DocxExporter.Export(Draft.Create("en", DocumentKind.RevisedDraftResolution, 2).Value!)), false);
        using var plain = WordprocessingDocument.Open(new MemoryStream(DocxExporter.Export(Draft.Create("en", DocumentKind.DraftResolution).Value!)), false);
        Assert.Equal((2, (int?)null), (OurExport.Revision(revised), OurExport.Revision(plain)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void AWordFileNotOurs_IsStillReadByWhatItSays(string language)
    {
        var docx = DocxExporter.Export(Typed(language, DocumentKind.AdoptedResolution));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            // A file of ours made elsewhere's: its custom properties gone, its application another's.
            word.DeletePart(word.CustomFilePropertiesPart!);
            word.ExtendedFilePropertiesPart!.Properties = new Properties(new Application("Microsoft Office Word"));
        }

        Assert.Equal(DocumentKind.DraftResolution, WhoSamples.Back(stream.ToArray(), ImportFormat.Docx).Kind);
    }

    [Fact]
    public void TheKind_IsWrittenAsTheDraftJsonNamesIt()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxExporter.Export(Typed("en", DocumentKind.AdoptedResolution))), false);
        Assert.Equal("adoptedResolution", OurExport.Kind(word));
    }
}
