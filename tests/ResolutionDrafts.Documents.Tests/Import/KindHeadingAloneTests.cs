using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16: a draft that names no sponsors prints its kind as a heading of its own above the title ("Draft resolution" /
/// 决议草案, "Draft decision" / 决定草案), as a WHO draft with no States and a Chair's text do. That heading reads back as the kind,
/// never as the first words of the title — from our DOCX, our AKN, a Word file not ours and plain text, English and Chinese. Only
/// "Draft decision" was known: a WHO draft resolution with no sponsors came back from our DOCX titled "Draft resolution
/// Strengthening …". A title that merely begins with those words keeps them.
/// </summary>
public sealed class KindHeadingAloneTests
{
    private static Draft Typed(string language, DocumentKind kind, bool who, string? title = null)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, kind, kind.IsRevised() ? 1 : null).Value!;
        var symbol = who ? "A79/A/CONF./3" : "A/C.2/80/L.7";
        Assert.True(draft.SetMetadata(who
            ? new DraftMetadata
            {
                Symbol = kind.IsRevised() ? symbol + "/Rev.1" : symbol, Body = zh ? "世界卫生大会" : "World Health Assembly",
                Session = zh ? "第七十九届会议" : "Seventy-ninth session", AgendaItem = new AgendaItem("13.4", ""), Date = zh ? "2026年5月24日" : "24 May 2026",
            }
            : new DraftMetadata
            {
                Symbol = kind.IsRevised() ? symbol + "/Rev.1" : symbol, Body = zh ? "大会" : "General Assembly", Committee = zh ? "第二委员会" : "Second Committee",
                Session = zh ? "第八十届会议" : "Eightieth session", Distribution = "Limited", Date = zh ? "2025年11月3日" : "3 November 2025",
                AgendaItem = new AgendaItem("18", zh ? "可持续发展" : "Sustainable development"),
            }).IsSuccess);
        Assert.True(draft.SetTitle(title ?? (zh ? "加强初级卫生保健" : "Strengthening primary health care")).IsSuccess);
        Assert.True(draft.SetAuthorLine(who ? zh ? "第七十九届世界卫生大会，" : "The Seventy-ninth World Health Assembly," : zh ? "大会，" : "The General Assembly,").IsSuccess);
        if (!kind.IsDecision())
        {
            Assert.True(draft.InsertParagraph(ParagraphKind.Preambular, who ? zh ? "审议了总干事的报告；" : "Having considered the report by the Director-General;" : zh ? "回顾其以往各项决议，" : "Recalling its previous resolutions,", id: "pp1").IsSuccess);
        }

        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "要求总干事报告进展情况。" : "Requests the Director-General to report on progress.", id: "op1").IsSuccess);
        return draft;
    }

    public static TheoryData<string, DocumentKind, bool> Kinds => new()
    {
        { "en", DocumentKind.DraftResolution, true },
        { "zh", DocumentKind.DraftResolution, true },
        { "en", DocumentKind.RevisedDraftResolution, true },
        { "zh", DocumentKind.RevisedDraftResolution, true },
        { "en", DocumentKind.DraftDecision, true },
        { "zh", DocumentKind.DraftDecision, true },
        { "en", DocumentKind.DraftResolution, false },
        { "zh", DocumentKind.DraftResolution, false },
        { "en", DocumentKind.RevisedDraftResolution, false },
        { "en", DocumentKind.DraftDecision, false },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AKindHeadingAlone_ReadsBackAsTheKind_FromOurDocxAndAkn(string language, DocumentKind kind, bool who)
    {
        var draft = Typed(language, kind, who);

        foreach (var (form, back) in new[]
                 {
                     ("our docx", WhoSamples.Back(DocxExporter.Export(draft), ImportFormat.Docx)),
                     ("our akn", WhoSamples.Back(AknExporter.ExportBytes(draft), ImportFormat.Akn)),
                 })
        {
            // Was (our DOCX, a WHO draft resolution): the title "Draft resolution Strengthening primary health care".
            Assert.True((draft.Kind, draft.Title) == (back.Kind, back.Title), $"{form}: {back.Kind} | {back.Title}");
            Assert.True(DraftJson.Serialize(draft) == DraftJson.Serialize(back), $"{form}: {DraftJson.Serialize(back)}");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AKindHeadingAlone_IsTheKind_FromTextAndAWordFileNotOurs(string language, DocumentKind kind, bool who)
    {
        var draft = Typed(language, kind, who);
        var lines = PrintedLines(draft);

        foreach (var (form, bytes, format) in new[]
                 {
                     ("text", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), ImportFormat.Text),
                     ("text with blank lines", Encoding.UTF8.GetBytes(string.Join("\n\n", lines) + "\n"), ImportFormat.Text),
                     ("a Word file not ours", PlainWord.Of(lines), ImportFormat.Docx),
                 })
        {
            var result = DraftImporter.Import(bytes, new ImportOptions { Format = format });
            Assert.True(result.IsSuccess, $"{form}: {result.Error}");
            var back = result.Draft!;
            Assert.True((draft.Kind, draft.Title, draft.AuthorLine) == (back.Kind, back.Title, back.AuthorLine), $"{form}: {back.Kind} | {back.Title} | {back.AuthorLine}");
            Assert.Empty(back.Sponsors);
            Assert.Equal(draft.Paragraphs.Select(p => p.Text), back.Paragraphs.Select(p => p.Text));
            Assert.Empty(result.Review!.UnreadLines);
        }
    }

    [Theory]
    [InlineData("en", "Draft resolutions submitted to the Health Assembly: procedure for their consideration")]
    [InlineData("en", "Draft resolution on the programme budget")]
    [InlineData("zh", "决议草案的审议程序")]
    [InlineData("zh", "决定草案和决议草案的提交")]
    public void ATitleThatBeginsWithTheKindsWords_KeepsThem(string language, string title)
    {
        foreach (var who in new[] { true, false })
        {
            var draft = Typed(language, DocumentKind.DraftResolution, who, title);
            var lines = PrintedLines(draft);
            foreach (var (form, back) in new[]
                     {
                         ("our docx", WhoSamples.Back(DocxExporter.Export(draft), ImportFormat.Docx)),
                         ("text", WhoSamples.Back(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), ImportFormat.Text)),
                         ("a Word file not ours", WhoSamples.Back(PlainWord.Of(lines), ImportFormat.Docx)),
                     })
            {
                Assert.True((DocumentKind.DraftResolution, title) == (back.Kind, back.Title), $"{form}, who {who}: {back.Kind} | {back.Title}");
            }
        }
    }

    /// <summary>The draft's lines as its page prints them, a paragraph a line, written here rather than by the product's exporters.</summary>
    private static List<string> PrintedLines(Draft draft)
    {
        var zh = DraftLanguage.IsChinese(draft.Language);
        var m = draft.Metadata;
        var who = WorldHealthAssembly.Is(draft);
        var heading = (draft.Kind, zh) switch
        {
            (DocumentKind.DraftResolution, false) => "Draft resolution",
            (DocumentKind.RevisedDraftResolution, false) => "Revised draft resolution",
            (DocumentKind.DraftDecision, false) => "Draft decision",
            (DocumentKind.DraftResolution, true) => "决议草案",
            (DocumentKind.RevisedDraftResolution, true) => "决议修订草案",
            (DocumentKind.DraftDecision, true) => "决定草案",
            _ => throw new ArgumentOutOfRangeException(nameof(draft)),
        };
        var lines = who
            ? new List<string> { zh ? "第七十九届世界卫生大会" : "SEVENTY-NINTH WORLD HEALTH ASSEMBLY", m.Symbol!, (zh ? "议程项目" : "Agenda item ") + m.AgendaItem!.Number, m.Date! }
            : [zh ? "联合国" : "United Nations", m.Symbol!, m.Body!, "Distr.: Limited", m.Date!, m.Session!, m.Committee!, (zh ? "议程项目" : "Agenda item ") + m.AgendaItem!.Number, m.AgendaItem.Title];
        lines.Add(heading);
        lines.Add(draft.Title);
        lines.Add(draft.AuthorLine);
        lines.AddRange(draft.Paragraphs.Select(p => p.Kind == ParagraphKind.Operative && !draft.Kind.IsDecision() ? $"1. {p.Text}" : p.Text));
        return lines;
    }
}
