using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Quoted text inside an operative paragraph (issue 16, ADR 0028): a rule or article "to read as follows:"
/// becomes the quotation of the paragraph that quotes it, line by line, with its own numbers and letters as
/// words of its lines, in text, Word and AKN; they never become operative paragraphs or sub-paragraphs.
/// </summary>
public sealed class QuotationImportTests
{
    private const string Text = """
        The General Assembly,
        Recalling its rules of procedure,
        1. Decides to amend rule 5 of its rules of procedure to read as follows:
        “Rule 5
        1. The Conference shall elect a President;
        (a) From among the representatives;
        2. It shall also elect a Vice-President.”
        2. Requests the Secretary-General to issue the rules as amended;
        3. Decides to remain seized of the matter.
        """;

    [Fact]
    public void QuotedRule_StaysInsideTheParagraphThatQuotesIt()
    {
        var draft = Import(Encoding.UTF8.GetBytes(Text), ImportFormat.Text);

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        Assert.Equal("Decides to amend rule 5 of its rules of procedure to read as follows:", operative[0].Text);
        Assert.Equal(
            ["“Rule 5", "1. The Conference shall elect a President;", "(a) From among the representatives;", "2. It shall also elect a Vice-President.”"],
            operative[0].Quotation.Select(l => l.Text));
        Assert.Equal(["op1-q1", "op1-q2", "op1-q3", "op1-q4"], operative[0].Quotation.Select(l => l.Id));
        Assert.Empty(operative[0].SubParagraphs);
        Assert.StartsWith("Requests the Secretary-General", operative[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePreview_CountsTheQuotedLines_AndListsNoneOfThemAsUnread()
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(Text), new ImportOptions { Format = ImportFormat.Text });

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(4, result.Review!.QuotedLines);
        Assert.Empty(result.Review.UnreadLines);
    }

    [Fact]
    public void AQuotationLeftOpen_HoldsAtMostFortyLines()
    {
        var lines = new StringBuilder("The General Assembly,\nRecalling its rules,\n1. Decides to add the following text:\n“The Conference shall meet\n");
        for (var i = 0; i < 45; i++)
        {
            lines.Append("and shall meet again\n");
        }

        lines.Append("2. Requests a report;\n3. Decides to remain seized of the matter.\n");

        var draft = Import(Encoding.UTF8.GetBytes(lines.ToString()), ImportFormat.Text);

        Assert.Equal(3, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
    }

    [Fact]
    public void AknQuotedStructure_KeepsItsNumbersAsWordsOfTheParagraph()
    {
        const string xml = """
            <akomaNtoso><statement name="resolution"><preamble><formula><p>The General Assembly,</p></formula></preamble>
            <mainBody><paragraph><num>1.</num><content><p>Decides to amend rule 5 to read as follows:</p>
            <quotedStructure><paragraph><num>“1.</num><content><p>The Conference shall elect a President;</p></content></paragraph>
            <paragraph><num>2.</num><content><p>It shall also elect a Vice-President.”</p></content></paragraph></quotedStructure></content></paragraph>
            <paragraph><num>2.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var draft = Import(Encoding.UTF8.GetBytes(xml), ImportFormat.Akn);

        Assert.Equal(2, draft.Paragraphs.Count);
        Assert.Equal("Decides to amend rule 5 to read as follows:", draft.Paragraphs[0].Text);
        Assert.Equal(["“1. The Conference shall elect a President;", "2. It shall also elect a Vice-President.”"], draft.Paragraphs[0].Quotation.Select(l => l.Text));
        Assert.Empty(draft.Paragraphs[0].SubParagraphs);
    }

    [Fact]
    public void ATitleNamingSomethingQuoted_AfterALeadIn_IsAHeadingNotAQuotation()
    {
        // 76/3 in Chinese: "通过以下文件：" then the adopted document's title, which opens with a quoted name.
        const string chinese = """
            大会决议
            76/999. 空间议程
            大会，
            回顾其以往各项决议，
            1. 通过以下文件：
            “空间2030”议程：空间作为可持续发展的驱动因素
            一. 导言
            2. 自空间时代开始以来，联合国一直处于空间活动国际合作的中心地位。
            3. 决定继续处理此案。
            """;

        var draft = Import(Encoding.UTF8.GetBytes(chinese), ImportFormat.Text);

        Assert.Equal("通过以下文件：", draft.Paragraphs[1].Text);
        Assert.Equal("“空间2030”议程：空间作为可持续发展的驱动因素一. 导言", draft.Paragraphs[2].Heading);
        Assert.StartsWith("自空间时代开始以来", draft.Paragraphs[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AknUnnumberedTitleNamingSomethingQuoted_IsAHeading_AndAWholeQuotationIsNot()
    {
        const string xml = """
            <akomaNtoso><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="chi"/></FRBRExpression></identification></meta>
            <preamble><formula><p>大会，</p></formula><container><p>回顾其以往决议，</p></container></preamble>
            <mainBody><paragraph><num>1.</num><content><p>通过以下文件：</p></content></paragraph>
            <paragraph><content><p>“空间2030”议程：空间作为可持续发展的驱动因素</p></content></paragraph>
            <paragraph><num>2.</num><content><p>欢迎该议程；</p></content></paragraph>
            <paragraph><content><p>“各国应当合作”</p></content></paragraph>
            <paragraph><num>3.</num><content><p>决定继续处理此案。</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var draft = Import(Encoding.UTF8.GetBytes(xml), ImportFormat.Akn);

        Assert.Equal("“空间2030”议程：空间作为可持续发展的驱动因素", draft.Paragraphs[2].Heading);
        Assert.Null(draft.Paragraphs[3].Heading);
        Assert.DoesNotContain(draft.Paragraphs, p => p.Text.StartsWith("“空间2030”", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuotationLeftOpen_KeepsItsFortyLines_AndTheRestAreTheParagraphsWords()
    {
        var lines = new StringBuilder("The General Assembly,\nRecalling its rules,\n1. Decides to add the following text:\n“The Conference shall meet;\n");
        for (var i = 0; i < 45; i++)
        {
            // Each line ends as a quoted item does: a printed line that does not would go on the one before (amendment 7).
            lines.Append("and shall meet again;\n");
        }

        lines.Append("2. Requests a report;\n3. Decides to remain seized of the matter.\n");

        var draft = Import(Encoding.UTF8.GetBytes(lines.ToString()), ImportFormat.Text);

        var quoting = draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative);
        Assert.Equal(41, quoting.Quotation.Count);
        Assert.Contains("and shall meet again", quoting.Text, StringComparison.Ordinal); // no word lost
    }

    [Fact]
    public void ChineseCornerBrackets_AndAQuotationInASubParagraph_AreQuotations()
    {
        const string chinese = """
            大会，
            回顾其议事规则，
            1. 决定：
            (a) 将第5条修正如下：
            「第5条
            1. 大会应选举主席一人；
            2. 大会还应选举副主席一人。」
            (b) 请秘书长印发经修正的规则；
            2. 决定继续处理此案。
            """;

        var draft = Import(Encoding.UTF8.GetBytes(chinese), ImportFormat.Text);

        var op1 = draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative);
        Assert.Equal(2, op1.SubParagraphs.Count);
        Assert.Equal("将第5条修正如下：", op1.SubParagraphs[0].Text);
        Assert.Equal(["「第5条", "1. 大会应选举主席一人；", "2. 大会还应选举副主席一人。」"], op1.SubParagraphs[0].Quotation.Select(l => l.Text));
        Assert.Equal("op1-a-q3", op1.SubParagraphs[0].Quotation[2].Id);
        Assert.Equal(2, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
    }

    [Fact]
    public void AknQuotedStructureInsideTheParagraphsText_WithItsQuoteMarksAsAttributes_IsItsQuotation()
    {
        const string xml = """
            <akomaNtoso><statement name="resolution"><preamble><formula><p>The General Assembly,</p></formula></preamble>
            <mainBody><paragraph><num>1.</num><content><p>Decides that article 5 shall read as follows: <mod><quotedStructure startQuote="“" endQuote="”">
            <article><num>Article 5</num><heading>Officers</heading><paragraph><num>1.</num><content><p>The Conference shall elect a <i>President</i>;</p></content></paragraph>
            <paragraph><num>2.</num><content><p>It shall also elect a Vice-President.</p></content></paragraph></article></quotedStructure></mod></p></content></paragraph>
            <paragraph><num>2.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var draft = Import(Encoding.UTF8.GetBytes(xml), ImportFormat.Akn);

        Assert.Equal(2, draft.Paragraphs.Count);
        Assert.Equal("Decides that article 5 shall read as follows:", draft.Paragraphs[0].Text);
        Assert.Equal(
            ["“Article 5", "Officers", "1. The Conference shall elect a {i}President{/i};", "2. It shall also elect a Vice-President.”"],
            draft.Paragraphs[0].Quotation.Select(l => l.Text));
    }

    /// <summary>
    /// The UN's AKN of other bodies (the Security Council's and Human Rights Council's files' shape: a paragraph per
    /// block, class "SingleTxt", the text after a tab) writes a quoted rule as unnumbered paragraphs of their own after
    /// the paragraph that quotes it. None of the 1,281 corpus files has one; this sample is made in that shape.
    /// </summary>
    private static string UnShapedAkn(string language, string leadIn, string[] quoted, string next, string after) => $"""
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
        <meta><identification source="#un"><FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression></identification></meta>
        <preamble><formula name="enactingFormula"><p>{(language == "chi" ? "人权理事会，" : "The Human Rights Council,")}</p></formula>
        <container eId="container_1" class="SingleTxt"><p xml:space="preserve">	{(language == "chi" ? "回顾其议事规则，" : "Recalling its rules of procedure,")}</p></container></preamble>
        <mainBody>
        <paragraph eId="para_1" class="SingleTxt"><num>1.</num><content eId="para_1__content"><p xml:space="preserve">	{leadIn}</p></content></paragraph>
        {string.Concat(quoted.Select((q, k) => $"<paragraph eId=\"para_{k + 2}\" class=\"SingleTxt\"><content eId=\"para_{k + 2}__content\"><p xml:space=\"preserve\">	{q}</p></content></paragraph>\n"))}
        <paragraph eId="para_20" class="SingleTxt"><num>2.</num><content eId="para_20__content"><p xml:space="preserve">	{next}</p></content></paragraph>
        <paragraph eId="para_21" class="SingleTxt"><content eId="para_21__content"><p xml:space="preserve">	{after}</p></content></paragraph>
        </mainBody></statement></akomaNtoso>
        """;

    [Fact]
    public void AknParagraphsOfTheirOwnOpeningWithAQuoteAfterAColon_AreTheQuotationOfTheParagraphBefore()
    {
        var xml = UnShapedAkn("eng", "Decides to amend rule 5 of its rules of procedure to read as follows:",
            ["“Rule 5", "1. The Council shall elect a President;", "2. It shall also elect four Vice-Presidents.”"],
            "Requests the Secretariat to issue the rules as amended;", "Decides to remain seized of the matter.");

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml), new ImportOptions { Format = ImportFormat.Akn });

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal("Decides to amend rule 5 of its rules of procedure to read as follows:", operative[0].Text);
        Assert.Equal(["“Rule 5", "1. The Council shall elect a President;", "2. It shall also elect four Vice-Presidents.”"], operative[0].Quotation.Select(l => l.Text));
        Assert.Equal(["op1-q1", "op1-q2", "op1-q3"], operative[0].Quotation.Select(l => l.Id));
        // The quoted lines are not paragraphs; an unnumbered paragraph after a closed quotation stays what it was.
        Assert.Equal(3, operative.Count);
        Assert.StartsWith("Requests the Secretariat", operative[1].Text, StringComparison.Ordinal);
        Assert.Equal("Decides to remain seized of the matter.", operative[2].Text);
        Assert.Equal(3, result.Review!.QuotedLines);
        Assert.Empty(result.Review.UnreadLines);
    }

    [Fact]
    public void AknChineseParagraphsOfTheirOwnInCornerBrackets_AfterAColon_AreItsQuotation_AndWithoutTheColonAreNot()
    {
        var xml = UnShapedAkn("chi", "决定将其议事规则第5条修正如下：",
            ["「第5条", "1. 理事会应选举主席一人；", "2. 理事会还应选举副主席四人。」"],
            "请秘书处印发经修正的规则；", "“各国应当合作”");

        var draft = Import(Encoding.UTF8.GetBytes(xml), ImportFormat.Akn);

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal("决定将其议事规则第5条修正如下：", operative[0].Text);
        Assert.Equal(["「第5条", "1. 理事会应选举主席一人；", "2. 理事会还应选举副主席四人。」"], operative[0].Quotation.Select(l => l.Text));
        // "请秘书处印发经修正的规则；" ends with "；", not a colon: the quoted paragraph after it is no quotation of it.
        Assert.Empty(operative[1].Quotation);
        Assert.Contains(draft.Paragraphs, p => p.Text.Contains("各国应当合作", StringComparison.Ordinal));
    }

    [Fact]
    public void AknQuotedParagraphAfterASubParagraphEndingWithAColon_IsThatSubParagraphsQuotation()
    {
        const string xml = """
            <akomaNtoso><statement name="resolution"><preamble><formula><p>The Security Council,</p></formula>
            <container><p>Recalling its previous resolutions,</p></container></preamble>
            <mainBody><paragraph><num>1.</num><content><p>Decides:</p></content></paragraph>
            <paragraph><num>(a)</num><content><p>That paragraph 3 of resolution 2231 (2015) shall read as follows:</p></content></paragraph>
            <paragraph><content><p>“3. Decides to extend the mandate until 31 December 2026.”</p></content></paragraph>
            <paragraph><num>(b)</num><content><p>To remain seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var draft = Import(Encoding.UTF8.GetBytes(xml), ImportFormat.Akn);

        var op1 = Assert.Single(draft.Paragraphs, p => p.Kind == ParagraphKind.Operative);
        Assert.Equal(2, op1.SubParagraphs.Count);
        Assert.Equal(["“3. Decides to extend the mandate until 31 December 2026.”"], op1.SubParagraphs[0].Quotation.Select(l => l.Text));
        Assert.Empty(op1.Quotation);
    }

    private static Draft Import(byte[] bytes, ImportFormat format)
    {
        var result = DraftImporter.Import(bytes, new ImportOptions { Format = format });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }
}
