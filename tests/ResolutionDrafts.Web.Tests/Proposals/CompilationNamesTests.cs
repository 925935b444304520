using System.Net;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>
/// The compilation of proposals names each paragraph as the proposals under it name it (issue 16, noticed at stop 28):
/// after a new paragraph was accepted before OP1, the proposals made against the old OP1 ("In operative paragraph 1,
/// …") stand under "OP1 (now OP2)", not mixed under the label the live text gives it, and a proposal made since
/// against the new OP1 stands under "OP1". English and Chinese.
/// </summary>
public sealed class CompilationNamesTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    private ProposalService Proposals => app.Services.GetRequiredService<ProposalService>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static Draft Text(string language)
    {
        var zh = language == DraftLanguage.Chinese;
        var draft = Draft.Create(language, DocumentKind.DraftResolution).Value!;
        Assert.True(draft.SetTitle(zh ? "新闻问题" : "Questions relating to information").IsSuccess);
        Assert.True(draft.SetAuthorLine(zh ? "大会，" : "The General Assembly,").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Preambular, zh ? "注意到报告，" : "Taking note of the report,", id: "pp1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "敦促所有国家合作；" : "Urges all countries to cooperate;", id: "op1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定将该项目列入议程。" : "Decides to include the item.", id: "op2").IsSuccess);
        return draft;
    }

    [Theory]
    [InlineData("en", "Urges", "Calls upon", "Welcomes the report;", "Notes the report;", "OP1 (now OP2)", "OP1")]
    [InlineData("zh", "敦促", "吁请", "欢迎报告；", "注意到报告；", "执行部分第1段（现为执行部分第2段）", "执行部分第1段")]
    public async Task AfterANewParagraphWasAccepted_ProposalsStandUnderTheParagraphAsTheyNameIt(
        string language, string word, string replacement, string inserted, string later, string before, string now)
    {
        var draftId = await app.CreateDraftAsync(Text(language), openToDirectEditing: false);
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var burundi = await app.AccessAsync("burundi", draftId);
        var cuba = await app.AccessAsync("cuba", draftId);

        // Burundi amends OP1; Cuba proposes a new paragraph before it, which the secretariat accepts.
        var op1 = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft.FindNode("op1")!.Text;
        Assert.True((await Proposals.ProposeTextAsync(burundi, "op1", op1.Replace(word, replacement, StringComparison.Ordinal), null, CancellationToken.None)).IsSuccess);
        var insert = await Proposals.ProposeEditAsync(cuba, d => d.InsertParagraph(ParagraphKind.Operative, inserted, index: 1).Untyped(), null, CancellationToken.None);
        Assert.True(insert.IsSuccess, insert.Error);
        Assert.Null((await Proposals.AcceptAsync(secretariat, insert.Value!.Id, CancellationToken.None)).Error);

        // Burundi amends the new OP1 too.
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        var newOp1 = live.Paragraphs.First(p => p.Kind == ParagraphKind.Operative);
        Assert.NotEqual("op1", newOp1.Id);
        Assert.True((await Proposals.ProposeTextAsync(burundi, newOp1.Id, later, null, CancellationToken.None)).IsSuccess);

        var rows = await CompilationAsync(draftId);

        Assert.Equal([(now, "3"), (before, "1"), (before, "2")], rows);
    }

    /// <summary>The compilation DOCX's rows as (paragraph cell, proposal number).</summary>
    private async Task<List<(string Paragraph, string Proposal)>> CompilationAsync(Guid draftId)
    {
        var response = await (await app.ClientAsAsync("secretariat")).GetAsync($"/drafts/{draftId}/proposals/compilation.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var table = document.MainDocumentPart!.Document!.Body!.Descendants<W.Table>().Single();
        return table.Elements<W.TableRow>().Skip(1)
            .Select(r => r.Elements<W.TableCell>().ToList())
            .Select(c => (c[0].InnerText, new string(c[1].Elements<W.Paragraph>().First().InnerText.Where(char.IsDigit).ToArray())))
            .ToList();
    }
}
