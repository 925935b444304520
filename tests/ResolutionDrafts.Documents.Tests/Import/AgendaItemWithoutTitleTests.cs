using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0034, amendment 6): a text whose agenda item has a number and no title ("Agenda item 13.4", as WHO prints it) keeps
/// its title through our DOCX. A WHO draft decision names its sponsors under its title ("Draft decision proposed by Brazil"); read
/// back, the title was taken for the agenda item's and the draft had none. Every kind with sponsors, English and Chinese.
/// </summary>
public sealed class AgendaItemWithoutTitleTests
{
    [Theory]
    [InlineData("en", DocumentKind.DraftDecision)]
    [InlineData("zh", DocumentKind.DraftDecision)]
    [InlineData("en", DocumentKind.DraftResolution)]
    [InlineData("zh", DocumentKind.DraftResolution)]
    [InlineData("en", DocumentKind.RevisedDraftDecision)]
    public void AWhoDraftsTitle_SurvivesOurDocx_WhenItsAgendaItemHasNoTitle(string language, DocumentKind kind)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, kind, kind.IsRevised() ? 1 : null).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata
        {
            Body = zh ? "世界卫生大会" : "World Health Assembly", Session = zh ? "第七十九届会议" : "Seventy-ninth session",
            AgendaItem = new AgendaItem("13.4", ""), Symbol = kind.IsRevised() ? "A79/A/CONF./5/Rev.1" : "A79/A/CONF./5", Date = zh ? "2026年5月24日" : "24 May 2026",
        }).IsSuccess);
        Assert.True(draft.SetTitle(zh ? "加强初级卫生保健" : "Strengthening primary health care").IsSuccess);
        Assert.True(draft.SetAuthorLine(zh ? "第七十九届世界卫生大会，" : "The Seventy-ninth World Health Assembly,").IsSuccess);
        Assert.True(draft.AddSponsor(new Sponsor(zh ? "巴西" : "Brazil")).IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定：" : "decided:", id: "op1").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1", zh ? "推迟审议此事项；" : "to defer the consideration of the matter;", id: "op1-a").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1", zh ? "请总干事报告。" : "to request the Director-General to report.", id: "op1-b").IsSuccess);

        var back = WhoSamples.Back(DocxExporter.Export(draft), ImportFormat.Docx);

        // Was: title "", agenda item "13.4" titled "Strengthening primary health care" (a draft decision).
        Assert.Equal(draft.Title, back.Title);
        Assert.Equal(draft.Metadata.AgendaItem, back.Metadata.AgendaItem);
        Assert.Equal((draft.Kind, draft.Revision), (back.Kind, back.Revision));
        Assert.Equal(draft.Sponsors.Select(s => s.Name), back.Sponsors.Select(s => s.Name));
        // The author line stays the author line over "decided:" (ADR 0022 amendment 1; it was taken into the paragraph's text).
        Assert.Equal(draft.AuthorLine, back.AuthorLine);
        Assert.Equal(draft.Paragraphs.Select(p => p.Text), back.Paragraphs.Select(p => p.Text));
        Assert.Equal(draft.Paragraphs.SelectMany(p => p.SubParagraphs).Select(s => s.Text), back.Paragraphs.SelectMany(p => p.SubParagraphs).Select(s => s.Text));
    }
}
