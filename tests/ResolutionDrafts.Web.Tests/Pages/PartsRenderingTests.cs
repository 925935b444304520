using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Comparison;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>A resolution in parts on the draft page and in a comparison (ADR 0016): each part's letter, title and author line.</summary>
public sealed class PartsRenderingTests : BunitContext
{
    private readonly RecordingDraftService service = new();

    public PartsRenderingTests()
    {
        Services.AddSingleton<IDraftService>(service);
        Services.AddSingleton<ResolutionDrafts.Web.Access.IDraftAccess>(new FixedDraftAccess(ResolutionDrafts.Web.Access.DraftRole.Secretariat));
        Services.AddSingleton<ResolutionDrafts.Web.Audit.IAuditLog>(new NullAuditLog());
        var none = new NoProposals();
        Services.AddSingleton<ResolutionDrafts.Web.Proposals.IProposalService>(none);
        Services.AddSingleton<ISponsorshipService>(none);
        Services.AddSingleton(sp => new ResolutionDrafts.Web.Precedents.PrecedentSearch(sp, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ResolutionDrafts.Web.Precedents.PrecedentSearch>.Instance));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<ResolutionDrafts.Web.Collaboration.IDraftEvents>(new ResolutionDrafts.Web.Collaboration.LocalDraftEvents(Microsoft.Extensions.Logging.Abstractions.NullLogger<ResolutionDrafts.Web.Collaboration.LocalDraftEvents>.Instance));
        Services.AddSingleton<ResolutionDrafts.Web.Room.MeetingRoom>();
        AddAuthorization().SetAuthorized("secretariat");
    }

    private static Draft InParts()
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetTitle("Questions relating to information"));
        Ok(draft.SetAuthorLine("The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, "Taking note of the report,", id: "a-pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Urges all countries to cooperate;", id: "a-op1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "a-op2").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, "Emphasizing the role of the United Nations,", id: "b-pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Requests a report;", id: "b-op1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Decides to include the item.", id: "b-op2").Untyped());
        Ok(draft.SetPart("a-pp1", new DraftPart("Information in the service of humanity", "The General Assembly,")));
        Ok(draft.SetPart("b-pp1", new DraftPart("United Nations global communications policies and activities", "The General Assembly,")));
        return draft;
    }

    private static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);

    [Fact]
    public void DraftPage_ShowsEachPartsLetterTitleAndAuthorLine_AndNumbersFrom1InEach()
    {
        var id = service.Add(InParts());

        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        Assert.Equal(["A", "B"], page.FindAll(".part-heading .part-letter").Select(e => e.TextContent));
        Assert.Equal("United Nations global communications policies and activities", page.Find("[data-testid=part-B] .part-title").TextContent);
        Assert.Equal("The General Assembly", page.Find("[data-testid=part-B] .author-line em").TextContent);
        // The draft's author line is part A's, printed once under part A's title, not above it.
        Assert.Equal(2, page.FindAll(".author-line").Count);
        Assert.Equal(["1.", "2.", "1.", "2."], page.FindAll(".para.op > .text > .marker").Select(e => e.TextContent));
        Assert.Equal(["A PP1", "A OP1", "A OP2", "B PP1", "B OP1", "B OP2"], page.FindAll(".para > .label").Select(e => e.TextContent));
        // Part B's heading comes right before its first paragraph.
        Assert.Equal("para-b-pp1", page.Find("[data-testid=part-B]").NextElementSibling!.Id);
    }

    [Theory]
    [InlineData("The General Assembly, on the recommendation of the Fifth Committee,", "The General Assembly")]
    [InlineData("The Economic and Social Council:", "The Economic and Social Council")]
    [InlineData("The Conference of the States Parties to the United Nations Convention against Corruption,", "The Conference of the States Parties to the United Nations Convention against Corruption")]
    public void APartsExtendedAuthorLine_PrintsItsOrganInItalics_OnThePageAsInTheDocx(string authorLine, string italic)
    {
        // As the UN's own files mark it (<span class="italic">The General Assembly</span>,): the organ, not the whole line.
        var draft = InParts();
        Ok(draft.SetPart("b-pp1", new DraftPart("United Nations global communications policies and activities", authorLine)));
        var id = service.Add(draft);

        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        var line = page.Find("[data-testid=part-B] .author-line");
        Assert.Equal(authorLine, line.TextContent);
        Assert.Equal(italic, Assert.Single(line.QuerySelectorAll("em")).TextContent);

        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(ResolutionDrafts.Documents.Export.DocxExporter.Export(draft)), false);
        var printed = docx.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Single(p => p.InnerText == authorLine);
        var italicRuns = printed.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().Where(r => r.RunProperties?.Italic is not null).Select(r => r.InnerText);
        Assert.Equal(italic, string.Concat(italicRuns));
    }

    [Fact]
    public void AChinesePartsAuthorLine_HasNoItalics()
    {
        var draft = Draft.Create(DraftLanguage.Chinese, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetAuthorLine("大会，"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "请提交报告；", id: "a-op1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "决定列入项目。", id: "b-op1").Untyped());
        Ok(draft.SetPart("a-op1", new DraftPart("信息", "大会，")));
        Ok(draft.SetPart("b-op1", new DraftPart("新闻政策", "大会，根据第五委员会的建议，")));
        var id = service.Add(draft);

        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        Assert.Equal("大会，根据第五委员会的建议，", page.Find("[data-testid=part-B] .author-line").TextContent);
        Assert.Empty(page.FindAll(".author-line em"));
    }

    [Fact]
    public void DraftPage_AFootnoteOnAPartsTitle_IsRaised_NotPrintedAsTyped()
    {
        var draft = InParts();
        Ok(draft.AddFootnote(1, "A/75/21."));
        Ok(draft.SetPart("b-pp1", new DraftPart("United Nations global communications policies and activities[^1]", "The General Assembly,")));
        var id = service.Add(draft);

        var page = Render<DraftPage>(p => p.Add(x => x.Id, id));

        var title = page.Find("[data-testid=part-B] .part-title");
        Assert.Equal("1", title.QuerySelector("sup.fn-ref")?.TextContent);
        Assert.DoesNotContain("[^", title.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_ShowsThePartAParagraphOpens_AndAChangedTitle()
    {
        var old = InParts();
        var now = old.Clone();
        Ok(now.SetPart("b-pp1", new DraftPart("Global communications", "The General Assembly,")));
        var comparison = DraftComparer.Compare(old, now);

        var opener = Render<ParagraphDiff>(p => p.Add(x => x.P, comparison.Paragraphs.Single(x => x.Id == "b-pp1")));
        var first = Render<ParagraphDiff>(p => p.Add(x => x.P, comparison.Paragraphs.Single(x => x.Id == "a-pp1")));

        Assert.Contains("Global communications", opener.Find("[data-testid=part-changed] ins").TextContent, StringComparison.Ordinal);
        Assert.Contains("United Nations global communications", opener.Find("[data-testid=part-changed] del").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("A. Information in the service of humanity", first.Find("[data-testid=part-A]").TextContent, StringComparison.Ordinal);
    }
}
