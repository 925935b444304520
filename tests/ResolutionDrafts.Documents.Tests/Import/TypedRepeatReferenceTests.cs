using System.Text;
using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A note's later reference left as the digit the page prints: the UN's AKN marks a note's first reference
/// (authorialNote) and mostly its later ones (noteRef), but some files leave a later one as typed text
/// ("Peoples4 and", 75/115; "建议；7", 75/114 C). The AKN reader reads it as the same text from a PDF is read
/// — glued, after the note's first reference — and leaves every other number alone. And a number before
/// "per cent" is a share, never a note ("making100 per cent", 76/72, where the space was lost).
/// </summary>
public sealed class TypedRepeatReferenceTests
{
    private static string Akn(string language, string preamble, string body) => $"""
        <akomaNtoso><statement name="resolution"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression></identification></meta>
        <preamble><formula><p>{(language == "zho" ? "大会，" : "The General Assembly,")}</p></formula>{preamble}</preamble>
        <mainBody>{body}</mainBody></statement></akomaNtoso>
        """;

    private static Domain.Drafts.Draft Import(string xml)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml), new ImportOptions { Format = ImportFormat.Akn });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Fact]
    public void Akn_ALaterReferenceTypedAsADigit_IsTheNotesReference()
    {
        var draft = Import(Akn("eng",
            """<container><p>Recalling the Declaration on the Granting of Independence to Colonial Countries and Peoples,<authorialNote marker="1" placement="bottom"><p>Resolution 1514 (XV).</p></authorialNote></p></container>""",
            """
            <paragraph><num>1.</num><content><p>Reaffirms the Charter, the Declaration on the Granting of Independence to Colonial Countries and Peoples1 and the relevant resolutions, and the 2 reports before it;</p></content></paragraph>
            <paragraph><num>2.</num><content><p>Decides to remain seized of the matter in 2021, with 1 report.</p></content></paragraph>
            """));

        Assert.Equal("Reaffirms the Charter, the Declaration on the Granting of Independence to Colonial Countries and Peoples[^1] and the relevant resolutions, and the 2 reports before it;", draft.Paragraphs[1].Text);
        Assert.Equal("Decides to remain seized of the matter in 2021, with 1 report.", draft.Paragraphs[2].Text);
    }

    [Fact]
    public void Akn_ADigitBeforeTheNotesFirstReference_OrOfNoNote_StaysText()
    {
        var draft = Import(Akn("eng",
            """<container><p>Recalling the reports of Peoples1 and Nations2,</p></container>""",
            """
            <paragraph><num>1.</num><content><p>Takes note of the report of the Special Committee;<authorialNote marker="1" placement="bottom"><p>A/75/23.</p></authorialNote></p></content></paragraph>
            <paragraph><num>2.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph>
            """));

        Assert.Equal("Recalling the reports of Peoples1 and Nations2,", draft.Paragraphs[0].Text);
    }

    [Fact]
    public void Akn_ChineseLaterReferenceAfterClosingPunctuation_IsTheNotesReference()
    {
        var draft = Import(Akn("zho",
            """<container><p>注意到2019年11月在该领土举行的选举，<authorialNote marker="1" placement="bottom"><p>A/AC.109/2019/20。</p></authorialNote></p></container>""",
            """
            <paragraph><num>1.</num><content><p>核可视察团的报告、结论和建议；1</p></content></paragraph>
            <paragraph><num>2.</num><content><p>决定继续处理此案。</p></content></paragraph>
            """));

        Assert.Equal("核可视察团的报告、结论和建议；[^1]", draft.Paragraphs[1].Text);
    }

    [Fact]
    public void Text_ANumberBeforePerCent_IsNeverANote()
    {
        var notes = Enumerable.Range(1, 5).Select(n => $"{n} Report number {n}, annex.");
        var text = string.Join("\n", new[]
        {
            "United Nations", "A/RES/75/900", "General Assembly", "Seventy-fifth session", "Resolution adopted by the General Assembly", "Oceans", "The General Assembly,",
            "Recalling the reports,1 the outcome,2 the declaration,3 the agenda4 and the plan,5",
            "1. Aims at making5 per cent of communities ready and at sharing the plan5 with all;",
            "2. Decides to remain seized of the matter.",
            "__________________",
        }.Concat(notes)) + "\n";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Aims at making5 per cent of communities ready and at sharing the plan[^5] with all;", result.Draft!.Paragraphs[1].Text);
    }
}
