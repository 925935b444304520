using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// The UN's Chinese texts number the second level of sub-paragraphs ㈠, ㈡ where the English print (i), (ii) (the
/// corpus's Chinese AKN: &lt;num&gt;㈠&lt;/num&gt;). Our Chinese DOCX printed "(i)"; it prints ㈠ and reads back the same
/// draft. The English DOCX keeps (i).
/// </summary>
public sealed class ChineseSubParagraphMarkerTests
{
    private static Draft WithTwoLevels(string language, string author, string lead, string item, string sub1, string sub2)
    {
        var draft = Draft.Create(language).Value!;
        Assert.True(draft.SetAuthorLine(author).IsSuccess);
        draft.InsertParagraph(ParagraphKind.Operative, lead, id: "op1");
        Assert.True(draft.AddSubParagraph("op1", item, id: "op1-a").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1-a", sub1, id: "op1-a-i").IsSuccess);
        Assert.True(draft.AddSubParagraph("op1-a", sub2, id: "op1-a-ii").IsSuccess);
        draft.InsertParagraph(ParagraphKind.Operative, "决定继续审议这一问题。", id: "op2");
        return draft;
    }

    [Fact]
    public void AChineseDraftsSecondLevel_PrintsParenthesizedIdeographs_AndReadsBackTheSame()
    {
        var draft = WithTwoLevels(DraftLanguage.Chinese, "大会，", "请秘书长：", "向大会报告：", "执行情况；", "所涉经费；");

        var bytes = DocxExporter.Export(draft);
        var texts = new DocxFile(bytes).Document.Descendants(W + "p").Select(VisibleText).ToList();

        Assert.Contains(texts, t => t.StartsWith("㈠\t执行情况", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("㈡\t所涉经费", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("(i)", StringComparison.Ordinal));
        var imported = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx });
        Assert.True(imported.IsSuccess, imported.Error);
        var a = Assert.Single(imported.Draft!.Paragraphs[0].SubParagraphs);
        Assert.Equal(["执行情况；", "所涉经费；"], a.SubParagraphs.Select(s => s.Text));
    }

    /// <summary>
    /// A Chinese text whose second level prints "i)" (ADR 0036) prints "i)", never ㈠, in DOCX and AKN, and reads back with
    /// its numbering, labelled as it prints (ADR 0016 amendment 16).
    /// </summary>
    [Fact]
    public void AChineseDraftNumberedIParen_PrintsIParen_InDocxAndAkn_AndIsLabelledSo()
    {
        var draft = WithTwoLevels(DraftLanguage.Chinese, "大会，", "请秘书长：", "向大会报告：", "执行情况；", "所涉经费；");
        Assert.True(draft.SetMetadata(draft.Metadata with { SubParagraphNumbering = "(a) i)" }).IsSuccess);

        var texts = new DocxFile(DocxExporter.Export(draft)).Document.Descendants(W + "p").Select(VisibleText).ToList();
        var akn = AknExporter.ExportBytes(draft);
        var nums = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(akn)).Descendants()
            .Where(e => e.Name.LocalName == "num").Select(e => e.Value).ToList();
        var back = DraftImporter.Import(akn);

        Assert.Contains(texts, t => t.StartsWith("ii)\t所涉经费", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('㈡', StringComparison.Ordinal));
        Assert.Equal(["1.", "(a)", "i)", "ii)", "2."], nums);
        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal("OP1 (a) ii)", Domain.Numbering.ParagraphLabels.Compute(back.Draft!)["op1-a-ii"].Label);
    }

    [Fact]
    public void AChineseDraftsAkn_WritesTheSecondLevelsNumAsTheUnsFilesDo_AndReadsBackTheSame()
    {
        var draft = WithTwoLevels(DraftLanguage.Chinese, "大会，", "请秘书长：", "向大会报告：", "执行情况；", "所涉经费；");

        var akn = AknExporter.ExportBytes(draft);
        var nums = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(akn)).Descendants()
            .Where(e => e.Name.LocalName == "num").Select(e => e.Value).ToList();
        var back = DraftImporter.Import(akn);

        Assert.Equal(["1.", "(a)", "㈠", "㈡", "2."], nums); // the corpus's Chinese files: <num>㈠</num> (75/325 OP4 (a))
        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal(draft.AllNodes().Select(n => (n.Id, n.Text)), back.Draft!.AllNodes().Select(n => (n.Id, n.Text)));
        Assert.Equal(["执行情况；", "所涉经费；"], back.Draft.Paragraphs[0].SubParagraphs[0].SubParagraphs.Select(s => s.Text));
    }

    [Fact]
    public void AnEnglishDraftsAkn_KeepsRomanNumerals()
    {
        var draft = WithTwoLevels(DraftLanguage.English, "The General Assembly,", "Requests the Secretary-General:", "To report on:", "The implementation;", "The costs;");

        var xml = System.Text.Encoding.UTF8.GetString(AknExporter.ExportBytes(draft));

        Assert.Contains("<num>(i)</num>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("㈠", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnglishDraftsSecondLevel_StillPrintsRomanNumerals()
    {
        var draft = WithTwoLevels(DraftLanguage.English, "The General Assembly,", "Requests the Secretary-General:", "To report on:", "The implementation;", "The costs;");

        var texts = new DocxFile(DocxExporter.Export(draft)).Document.Descendants(W + "p").Select(VisibleText).ToList();

        Assert.Contains(texts, t => t.StartsWith("(i)\tThe implementation", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("(ii)\tThe costs", StringComparison.Ordinal));
    }
}
