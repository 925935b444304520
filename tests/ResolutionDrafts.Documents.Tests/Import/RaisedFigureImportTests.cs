using System.Text;
using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Text copied with its superscripts (a PDF viewer or a web page keeps them as ¹ ² ³ …, U+00B9/U+00B2/U+00B3/U+2070–2079):
/// a raised figure of a note's number is that note's reference, in the text and on the note itself ("¹ Resolution 70/1."),
/// in English and Chinese; a figure that raises a number or a unit ("10⁶", "5 km²") stays the text's own.
/// </summary>
public sealed class RaisedFigureImportTests
{
    [Fact]
    public void RaisedFigures_AreTheReferences_AndTheNotesNumberedByThemAreRead()
    {
        var draft = Import(string.Join("\n",
            "United Nations", "A/RES/75/900", "General Assembly", "Seventy-fifth session", "Resolution adopted by the General Assembly", "Sustainable development",
            "The General Assembly,",
            "Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,¹",
            "Noting that more than 10⁶ hectares, some 12,000 km², were restored under the Paris Agreement² and the Convention,³",
            "1. Welcomes the report of the Secretary-General;⁴",
            "2. Decides to include the item in the provisional agenda of its seventy-sixth session, and recalls the Paris Agreement.²",
            "__________________",
            "¹ Resolution 70/1.",
            "² See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.",
            "³United Nations, Treaty Series, vol. 1771, No. 30822.",
            "⁴ A/75/200.") + "\n");

        Assert.EndsWith("Sustainable Development”,[^1]", draft.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("Noting that more than 10⁶ hectares, some 12,000 km², were restored under the Paris Agreement[^2] and the Convention,[^3]", draft.Paragraphs[1].Text);
        Assert.Equal("Welcomes the report of the Secretary-General;[^4]", draft.Paragraphs[2].Text);
        Assert.EndsWith("recalls the Paris Agreement.[^2]", draft.Paragraphs[3].Text, StringComparison.Ordinal);
        Assert.Equal(4, draft.Paragraphs.Count);
        Assert.Equal([1, 2, 3, 4], draft.Footnotes.Select(f => f.Number));
        Assert.Equal("United Nations, Treaty Series, vol. 1771, No. 30822.", draft.Footnotes[2].Text);
    }

    [Fact]
    public void RaisedFigures_InAChineseText_AreTheReferences()
    {
        var draft = Import(string.Join("\n",
            "联合国", "A/RES/75/900", "大会", "第七十五届会议", "大会通过的决议", "可持续发展",
            "大会，",
            "回顾《联合国气候变化框架公约》¹及其《巴黎协定》²，",
            "1. 欢迎秘书长的报告；³",
            "2. 决定将该项目列入第七十六届会议临时议程。",
            "__________________",
            "¹ 联合国，《条约汇编》，第1771卷，第30822号。",
            "² 见FCCC/CP/2015/10/Add.1，第1/CP.21号决定，附件。",
            "³ A/75/200。") + "\n");

        Assert.Equal("回顾《联合国气候变化框架公约》[^1]及其《巴黎协定》[^2]，", draft.Paragraphs[0].Text);
        Assert.Equal("欢迎秘书长的报告；[^3]", draft.Paragraphs[1].Text);
        Assert.Equal([1, 2, 3], draft.Footnotes.Select(f => f.Number));
    }

    private static Domain.Drafts.Draft Import(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not referred to", StringComparison.Ordinal));
        return result.Draft!;
    }
}
