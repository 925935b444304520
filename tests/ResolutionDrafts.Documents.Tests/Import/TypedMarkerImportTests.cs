using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using Draft = ResolutionDrafts.Domain.Drafts.Draft;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Sub-paragraph markers as people and the UN's files type them (issue 16, 75/101 A): "(iii)" followed by
/// a run of spaces and a tab; the Chinese texts' second-level numbers ㈠ ㈡ …, ⑴ ⑵ … and （一）（二）, which
/// stand where English prints (i), (ii); and, in AKN, a marker put in a paragraph's num instead of its text.
/// </summary>
public sealed class TypedMarkerImportTests
{
    private const string ChineseFront = """
        大会决议
        75/999. 信息的作用
        大会，
        回顾其以往各项决议，
        """;

    private static string Shape(Draft draft) => string.Join(" | ", draft.Paragraphs.Select(p => Node(p)));

    private static string Node(Domain.Drafts.ParagraphNode node) =>
        node.SubParagraphs.Count == 0 ? node.Text : node.Text + " [" + string.Join("; ", node.SubParagraphs.Select(Node)) + "]";

    private static Draft Import(byte[] bytes, ImportFormat? format = null)
    {
        var result = DraftImporter.Import(bytes, new ImportOptions { Format = format });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Theory]
    [InlineData("㈠", "㈡", "㈢")]
    [InlineData("⑴", "⑵", "⑶")]
    [InlineData("（一）", "（二）", "（三）")]
    [InlineData("(一)\t", "(二)\t", "(三)\t")]
    public void ChineseText_SecondLevelNumbers_AreSubParagraphsUnderTheLetteredItem(string one, string two, string three)
    {
        var text = ChineseFront + $"""

            1.	敦促所有国家：
            (a)	开展合作，以缩小信息流动方面的差距；
            (b)	力求向发展中国家提供一切可能的支助，以便：
            {one}开发不可或缺的人力和技术资源；
            {two}创造条件，使发展中国家拥有适合本国需要的通信技术；
            {three}协助建立电信联接；
            (c)	充分支持国际通信发展方案。
            2.	决定继续处理此案。
            """;

        var draft = Import(Encoding.UTF8.GetBytes(text), ImportFormat.Text);

        Assert.Equal(
            "回顾其以往各项决议， | 敦促所有国家： [开展合作，以缩小信息流动方面的差距；; 力求向发展中国家提供一切可能的支助，以便： "
            + "[开发不可或缺的人力和技术资源；; 创造条件，使发展中国家拥有适合本国需要的通信技术；; 协助建立电信联接；]; 充分支持国际通信发展方案。] | 决定继续处理此案。",
            Shape(draft));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    public void Text_ALetterAfterTheRomanItemsOfTheItemBefore_ContinuesTheOperativeParagraphsList(string between)
    {
        // 75/101 A's shape (issue 16, item 3): "(f)" after "(e) … including:" and its (i)–(iv) is the list's next item, not OP4.
        var lines = new[]
        {
            "Resolution adopted by the General Assembly on 10 December 2020", "75/999. Information in the service of humanity",
            "The General Assembly,", "Recalling its previous resolutions,", "1. Notes the report;", "2. Welcomes the cooperation;",
            "3. Urges all countries:", "(a) To cooperate;", "(b) To ensure;", "(c) To provide;", "(d) To enhance;",
            "(e) To aim at providing support, including:", "(i) The development of resources;", "(ii) The creation of conditions;",
            "(iii) Assistance;", "(iv) Facilitation;", "(f) To provide full support to the Programme;", "4. Decides to remain seized of the matter.",
        };

        var draft = Import(Encoding.UTF8.GetBytes(string.Join(between, lines) + "\n"), ImportFormat.Text);

        Assert.Equal(4, draft.Paragraphs.Count(p => p.Kind == Domain.Drafts.ParagraphKind.Operative));
        var urges = draft.Paragraphs[3];
        Assert.Equal(6, urges.SubParagraphs.Count);
        Assert.Equal(4, urges.SubParagraphs[4].SubParagraphs.Count);
        Assert.Equal("To provide full support to the Programme;", urges.SubParagraphs[5].Text);
    }

    [Fact]
    public void ChineseNumberOutOfSequence_StaysText()
    {
        var text = ChineseFront + """

            1.	敦促所有国家：
            (a)	力求提供支助，以便：
            ㈡开发资源；
            2.	决定继续处理此案。
            """;

        var draft = Import(Encoding.UTF8.GetBytes(text), ImportFormat.Text);

        Assert.Empty(draft.Paragraphs[1].SubParagraphs[0].SubParagraphs);
        Assert.Contains("㈡开发资源；", draft.Paragraphs[1].SubParagraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WordFile_RomanMarkerFollowedBySpacesAndATab_IsASubParagraph()
    {
        string[][] lines =
        [
            ["Resolution adopted by the General Assembly on 10 December 2020"],
            ["75/999. Information in the service of humanity"],
            ["The General Assembly,"],
            ["Recalling its previous resolutions,"],
            ["1.", "Urges all countries:"],
            ["(a)", "To cooperate with one another;"],
            ["(b)", "To aim at providing support for:"],
            ["(i)", "The development of human resources;"],
            ["(ii)", "The creation of conditions;"],
            ["(iii)          ", "Assistance in establishing telecommunication links;"],
            ["(iv)      ", "Facilitation of access to technology;"],
            ["(c)", "To provide full support to the Programme."],
            ["2.", "Decides to remain seized of the matter."],
        ];

        var draft = Import(WordFile(lines));

        Assert.Equal(
            "Recalling its previous resolutions, | Urges all countries: [To cooperate with one another;; To aim at providing support for: "
            + "[The development of human resources;; The creation of conditions;; Assistance in establishing telecommunication links;; Facilitation of access to technology;]; "
            + "To provide full support to the Programme.] | Decides to remain seized of the matter.",
            Shape(draft));
    }

    [Theory]
    [InlineData("en", "(iii)", "(iv)", "(i)\tThe development of resources;", "(ii)\tThe creation of conditions;")]
    [InlineData("zh", "㈢", "㈣", "㈠\t开发资源；", "㈡\t创造条件；")]
    public void Akn_MarkersTypedInTheTextOrStandingInTheNum_AreSubParagraphs(string language, string third, string fourth, string first, string second)
    {
        var xml = $"""
            <akomaNtoso><statement name="resolution"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="{(language == "zh" ? "zho" : "eng")}"/></FRBRExpression></identification></meta>
            <preamble><formula><p>{(language == "zh" ? "大会，" : "The General Assembly,")}</p></formula>
            <container><p>{(language == "zh" ? "回顾其各项决议，" : "Recalling its resolutions,")}</p></container></preamble>
            <mainBody>
            <paragraph><num>1.</num><content><p>{(language == "zh" ? "敦促所有国家：" : "Urges all countries:")}</p></content></paragraph>
            <paragraph><content><p>	(a)	{(language == "zh" ? "力求提供支助，以便：" : "To aim at providing support for:")}</p></content></paragraph>
            <paragraph><content><p>{first}</p></content></paragraph>
            <paragraph><content><p>{second}</p></content></paragraph>
            <paragraph><num>	{third}</num><content><p>	{(language == "zh" ? "协助建立联接；" : "Assistance in establishing links;")}</p></content></paragraph>
            <paragraph><num>	{fourth}</num><content><p>	{(language == "zh" ? "提供便利。" : "Facilitation of access.")}</p></content></paragraph>
            <paragraph><num>2.</num><content><p>{(language == "zh" ? "决定继续处理此案。" : "Decides to remain seized of the matter.")}</p></content></paragraph>
            </mainBody></statement></akomaNtoso>
            """;

        var draft = Import(Encoding.UTF8.GetBytes(xml), ImportFormat.Akn);

        Assert.Equal(3, draft.Paragraphs.Count);
        var item = Assert.Single(draft.Paragraphs[1].SubParagraphs);
        Assert.Equal(4, item.SubParagraphs.Count);
        Assert.Equal(language == "zh" ? "协助建立联接；" : "Assistance in establishing links;", item.SubParagraphs[2].Text);
        Assert.Equal(language == "zh" ? "提供便利。" : "Facilitation of access.", item.SubParagraphs[3].Text);
    }

    private static byte[] WordFile(IEnumerable<string[]> lines)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var cells in lines)
            {
                var run = new Run(new Text(cells[0]) { Space = SpaceProcessingModeValues.Preserve });
                if (cells.Length > 1)
                {
                    run.Append(new TabChar(), new Text(cells[1]) { Space = SpaceProcessingModeValues.Preserve });
                }

                body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(run));
            }

            word.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }
}
