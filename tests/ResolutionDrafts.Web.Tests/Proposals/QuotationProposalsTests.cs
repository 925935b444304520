using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Proposals;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>
/// From the page (the suggesting-mode commands the draft page sends), a delegation proposes a quotation where a paragraph
/// leading in with ":" has none, and quoted lines before the first line of a quotation; each is worded as ADR 0028 chose,
/// in English and Chinese, and the secretariat's acceptance puts the lines in the live text. A paragraph pasted with its
/// footnote reference as a raised figure ("Convention,¹") is proposed as that reference, not as the word “¹”.
/// </summary>
public sealed class QuotationProposalsTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    private ProposalService Proposals => app.Services.GetRequiredService<ProposalService>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static Draft Quoting(string language)
    {
        var chinese = language == "zh";
        var draft = Draft.Create(language).Value!;
        Assert.True(draft.AddFootnote(1, chinese ? "联合国，《条约汇编》，第2997卷。" : "United Nations, Treaty Series, vol. 2997.").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Preambular, chinese ? "回顾《公约》[^1]的规定，" : "Recalling the Convention,[^1] as adopted,", id: "pp1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "决定将议事规则第5条修正如下：" : "Decides to amend rule 5 to read as follows:", id: "op1").IsSuccess);
        Assert.True(draft.AddQuotedLine("op1", chinese ? "“第5条" : "“Rule 5", id: "op1-q1").IsSuccess);
        Assert.True(draft.AddQuotedLine("op1", chinese ? "主席应宣布会议开幕。”" : "The President shall open the session.”", id: "op1-q2").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "又决定增列第6条如下：" : "Also decides to add rule 6 to read as follows:", id: "op2").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "决定继续处理此案。" : "Decides to remain seized of the matter.", id: "op3").IsSuccess);
        return draft;
    }

    private async Task<(Guid Id, DraftAccess Delegation, DraftAccess Secretariat)> DraftAsync(string language)
    {
        var id = await app.CreateDraftAsync(Quoting(language), openToDirectEditing: false);
        return (id, await app.AccessAsync("cuba", id), await app.AccessAsync("secretariat", id));
    }

    private async Task<ProposalView> ProposeAsync(DraftAccess by, ParagraphCommand command)
    {
        var made = await Proposals.ProposeEditAsync(by, SuggestingEdits.For(command)!, null, CancellationToken.None);
        Assert.True(made.IsSuccess, made.Error);
        return made.Value!;
    }

    [Theory]
    [InlineData("en", "“Rule 6\r\n\r\nThe session shall close at noon.”",
        "Insert at the end of operative paragraph 2 the following quoted text: “‘Rule 6” and “The session shall close at noon.’”.")]
    [InlineData("zh", "“第6条\n会议应于中午结束。”",
        "在执行部分第2段末尾插入以下引文：“‘第6条”和“会议应于中午结束。’”。")]
    public async Task AQuotationProposed_WhereTheParagraphHasNone_IsWorded_AndAcceptedIntoTheLiveText(string language, string typed, string expected)
    {
        var (id, delegation, secretariat) = await DraftAsync(language);

        var proposal = await ProposeAsync(delegation, new ParagraphCommand(ParagraphAction.ProposeQuotedLines, "op2", typed));

        Assert.Equal(expected, proposal.Wording(language));
        Assert.Null((await Proposals.AcceptAsync(secretariat, proposal.Id, CancellationToken.None)).Error);
        var live = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        Assert.Equal(typed.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0), live.FindNode("op2")!.Quotation.Select(l => l.Text));
    }

    [Theory]
    [InlineData("en", "In the quoted text of operative paragraph 1, before the line “‘Rule 5”, insert a new line reading “‘Chapter II”.")]
    [InlineData("zh", "在执行部分第1段所引案文中，在“‘第5条”一行之前插入一个新行，内容如下：“‘第二章”。")]
    public async Task ALineProposed_BeforeTheFirstLine_IsWorded_AndAcceptedAtTheHeadOfTheQuotation(string language, string expected)
    {
        var (id, delegation, secretariat) = await DraftAsync(language);
        var line = language == "zh" ? "“第二章" : "“Chapter II";

        var proposal = await ProposeAsync(delegation, new ParagraphCommand(ParagraphAction.ProposeQuotedLines, "op1-q1", line));

        Assert.Equal(expected, proposal.Wording(language));
        Assert.Null((await Proposals.AcceptAsync(secretariat, proposal.Id, CancellationToken.None)).Error);
        var live = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft;
        Assert.Equal([line, "op1-q1", "op1-q2"], live.FindNode("op1")!.Quotation.Select((l, i) => i == 0 ? l.Text : l.Id));
    }

    /// <summary>
    /// Quoted text proposed under a paragraph that does not lead in (ADR 0028 amendment 4): the same proposal ends its words
    /// with ":" in place of its "." — one proposal, both changes worded, both accepted together.
    /// </summary>
    [Theory]
    [InlineData("en", "“Rule 7”", "1. In operative paragraph 3, replace the full stop at the end of the paragraph with a colon.\n2. Insert at the end of operative paragraph 3 the following quoted text: “‘Rule 7’”.")]
    [InlineData("zh", "“第7条”", "1. 在执行部分第3段中，将句末的句号改为冒号。\n2. 在执行部分第3段末尾插入以下引文：“‘第7条’”。")]
    public async Task AQuotationProposed_UnderWordsThatDoNotLeadIn_EndsThemWithAColon_InTheSameProposal(string language, string typed, string expected)
    {
        var (id, delegation, secretariat) = await DraftAsync(language);

        var proposal = await ProposeAsync(delegation, new ParagraphCommand(ParagraphAction.ProposeQuotedLines, "op3", typed));

        Assert.Equal(expected, proposal.Wording(language));
        Assert.Null((await Proposals.AcceptAsync(secretariat, proposal.Id, CancellationToken.None)).Error);
        var live = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op3")!;
        Assert.Equal(language == "zh" ? "决定继续处理此案：" : "Decides to remain seized of the matter:", live.Text);
        Assert.Equal([typed], live.Quotation.Select(l => l.Text));
    }

    [Fact]
    public async Task NoLinesTyped_IsRefusedWithTheReason_AndNothingIsProposed()
    {
        var (id, delegation, _) = await DraftAsync("en");

        var made = await Proposals.ProposeEditAsync(delegation, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeQuotedLines, "op2", " \n "))!, null, CancellationToken.None);

        Assert.False(made.IsSuccess);
        Assert.Contains("each line of the box is a line of the quotation", made.Error, StringComparison.Ordinal);
        Assert.Empty((await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op2")!.Quotation);
    }

    [Theory]
    [InlineData("en", "Recalling the Convention,¹ on Biological Diversity as adopted,", "In the first preambular paragraph, after the reference to footnote 1, insert the words “on Biological Diversity”.")]
    [InlineData("zh", "回顾《公约》¹及其议定书的规定，", "在序言部分第一段中，在对脚注1的引用之后插入“及其议定书”。")]
    public async Task AParagraphPastedWithARaisedFigure_WhereItsReferenceStood_KeepsTheReference(string language, string pasted, string expected)
    {
        var (id, delegation, secretariat) = await DraftAsync(language);

        var proposal = await ProposeAsync(delegation, new ParagraphCommand(ParagraphAction.Propose, "pp1", pasted));

        Assert.Equal(expected, proposal.Wording(language));
        Assert.Null((await Proposals.AcceptAsync(secretariat, proposal.Id, CancellationToken.None)).Error);
        var text = (await app.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("pp1")!.Text;
        Assert.Contains("[^1]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("¹", text, StringComparison.Ordinal);
    }
}
