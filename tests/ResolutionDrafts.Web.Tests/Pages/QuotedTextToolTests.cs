using Bunit;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// "Propose quoted text" (ADR 0028 amendment 4): offered on every paragraph and sub-paragraph that quotes nothing yet, not
/// only on one ending with ":", after the tools used more often; its box says when the proposal also ends the words with ":".
/// </summary>
public sealed class QuotedTextToolTests : BunitContext
{
    private static Draft Draft(string language = DraftLanguage.English)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var draft = ResolutionDrafts.Domain.Drafts.Draft.Create(language).Value!;
        draft.InsertParagraph(ParagraphKind.Preambular, chinese ? "回顾《公约》，" : "Recalling the Convention,", id: "pp1");
        draft.InsertParagraph(ParagraphKind.Operative, chinese ? "决定将议事规则第5条修正如下：" : "Decides to amend rule 5 to read as follows:", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, chinese ? "决定增列第6条如下" : "Decides to add rule 6 as follows", id: "op2");
        draft.InsertParagraph(ParagraphKind.Operative, chinese ? "决定继续处理此案。" : "Decides to remain seized of the matter.", id: "op3");
        draft.AddSubParagraph("op3", chinese ? "审查议事规则；" : "to review the rules;", id: "op3-a");
        draft.InsertParagraph(ParagraphKind.Operative, chinese ? "请秘书长报告：" : "Requests the Secretary-General to report:", id: "op4");
        draft.AddQuotedLine("op4", chinese ? "“第7条”" : "“Rule 7”", id: "op4-q1");
        return draft;
    }

    private IRenderedComponent<ParagraphBlock> Block(Draft draft, string id, string? suggesting = null)
    {
        var view = new DraftView(draft) { Editable = false, CanPropose = true, SuggestingQuotedLines = suggesting };
        return Render<ParagraphBlock>(p => p.Add(x => x.Node, draft.FindNode(id)!).AddCascadingValue(view));
    }

    private static string[] ToolNames(IRenderedComponent<ParagraphBlock> block, string id) =>
        [.. block.FindAll($"#para-{id} > .tools button").Select(b => b.TextContent.Trim())];

    [Theory]
    [InlineData("op1", false)]
    [InlineData("op2", true)]
    [InlineData("op3", true)]
    [InlineData("op3-a", true)]
    public void EveryNodeWithoutAQuotation_IsOfferedQuotedText_SayingWhenItsWordsWillEndWithAColon(string id, bool addsColon)
    {
        var block = Block(Draft(), id);

        var tool = block.FindAll($"#para-{id} > .tools button").Single(b => b.TextContent.Trim() == "Propose quoted text");
        Assert.Equal(addsColon, tool.GetAttribute("title")!.Contains("its words will end with “:”", StringComparison.Ordinal));
        // After the tools used more often: a change, a paragraph after, the moves.
        var tools = ToolNames(block, id);
        Assert.True(Array.IndexOf(tools, "Propose quoted text") > Array.IndexOf(tools, "Propose ↓"), string.Join(" | ", tools));
    }

    [Fact]
    public void ANodeThatQuotesAlready_IsNotOfferedAQuotationOfItsOwn()
    {
        var block = Block(Draft(), "op4");

        Assert.DoesNotContain("Propose quoted text", ToolNames(block, "op4"));
    }

    [Fact]
    public void APreambularParagraph_IsOfferedQuotedTextToo_ItsCommaToBecomeAColon()
    {
        var draft = Draft();
        Assert.Contains("Propose quoted text", ToolNames(Block(draft, "pp1"), "pp1"));

        draft.SetText("pp1", "Recalling article 5 of the Convention, which reads:");
        Assert.Contains("Propose quoted text", ToolNames(Block(draft, "pp1"), "pp1"));
    }

    [Theory]
    [InlineData(DraftLanguage.English, "op3", "The proposal also ends the words of OP3 with “:”: Decides to remain seized of the matter:")]
    [InlineData(DraftLanguage.English, "op2", "The proposal also ends the words of OP2 with “:”: Decides to add rule 6 as follows:")]
    [InlineData(DraftLanguage.Chinese, "op3", "The proposal also ends the words of OP3 with “：”: 决定继续处理此案：")]
    public void TheBox_UnderWordsThatDoNotLeadIn_SaysHowTheyWillEnd(string language, string id, string note)
    {
        var block = Block(Draft(language), id, suggesting: id);

        Assert.Equal(note, block.Find($"[data-testid='quotation-{id}'] [data-testid='lead-in-note']").TextContent.Trim());
    }

    [Fact]
    public void TheBox_UnderALeadIn_HasNoSuchNote()
    {
        var block = Block(Draft(), "op1", suggesting: "op1");

        Assert.NotNull(block.Find("[data-testid='quotation-op1'] textarea"));
        Assert.Empty(block.FindAll("[data-testid='lead-in-note']"));
    }
}
