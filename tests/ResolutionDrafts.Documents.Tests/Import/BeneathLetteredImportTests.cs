using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// ADR 0038 amendment 2: a lettered draft typed in the app, with no sub-paragraph numbering chosen, prints its sub-paragraphs
/// "(i)", "(ii)" in DOCX and AKN and reads back from both the same draft, storing nothing for them; a lettered text imported
/// stores nothing either (its "(i)" is what the draft numbers beneath letters), English and Chinese.
/// </summary>
public sealed class BeneathLetteredImportTests
{
    private static Draft Typed(string language, string leadIn)
    {
        var zh = language == "zh";
        var draft = Draft.Create(language).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = "A/AC.96/L.1", OperativeNumbering = OperativeNumbering.Lettered }).IsSuccess);
        Assert.True(draft.SetAuthorLine(zh ? "执行委员会，" : "The Executive Committee,").IsSuccess);
        draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其关于国际保护的结论，" : "Recalling its conclusions on international protection,", id: "pp1");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "注意到难民问题长期存在；" : "Notes the persistent dimension of refugee problems;", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, leadIn, id: "op2");
        draft.AddSubParagraph("op2", zh ? "报告保护情况；" : "to report on the protection situation;", id: "op2-a");
        draft.AddSubParagraph("op2", zh ? "就分担负担问题与各国协商；" : "to consult States on burden-sharing;", id: "op2-b");
        draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定继续审查这一事项。" : "Decides to keep the matter under review.", id: "op3");
        return draft;
    }

    private static string Shape(Draft draft)
    {
        var labels = ParagraphLabels.Compute(draft);
        return string.Join("\n", draft.Paragraphs.Select(p => $"{p.Kind} {labels[p.Id].Marker}")
            .Concat(draft.AllNodes().Select(n => $"{labels[n.Id].Marker} {n.Text}")));
    }

    private static Draft Ok(ImportResult result)
    {
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Theory]
    [InlineData("en", "Requests the High Commissioner:")]
    [InlineData("zh", "请高级专员：")]
    [InlineData("en", "Requests the High Commissioner, in cooperation with States,")]
    public void OurDocx_PrintsRomanItemsUnderLetters_AndReadsBackTheSameDraft(string language, string leadIn)
    {
        var draft = Typed(language, leadIn);

        var bytes = DocxExporter.Export(draft);
        var texts = new Export.DocxFile(bytes).Document.Descendants(W + "p").Select(VisibleText).ToList();
        var second = SubParagraphNumbering.Printed(NumberStyle.ParenRoman, 2, language == "zh");
        Assert.Contains(texts, t => t.StartsWith(second + "\t", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("(a)\t", StringComparison.Ordinal) && !t.Contains("Notes", StringComparison.Ordinal) && !t.Contains("注意到", StringComparison.Ordinal));

        var back = Ok(DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx }));
        Assert.Equal(OperativeNumbering.Lettered, back.Metadata.OperativeNumbering);
        Assert.Null(back.Metadata.SubParagraphNumbering);
        Assert.Equal(Shape(draft), Shape(back));
    }

    [Theory]
    [InlineData("en", "Requests the High Commissioner:")]
    [InlineData("zh", "请高级专员：")]
    public void OurAkn_PrintsRomanItemsUnderLetters_AndReadsBackTheSameDraft(string language, string leadIn)
    {
        var draft = Typed(language, leadIn);

        var xml = AknExporter.ToXml(draft).ToString();
        Assert.Contains($"<num>{SubParagraphNumbering.Printed(NumberStyle.ParenRoman, 2, language == "zh")}</num>", xml, StringComparison.Ordinal);

        var back = Ok(DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn }));
        Assert.Equal(OperativeNumbering.Lettered, back.Metadata.OperativeNumbering);
        Assert.Null(back.Metadata.SubParagraphNumbering);
        Assert.Equal(Shape(draft), Shape(back));
    }

    [Theory]
    [InlineData("The Executive Committee,\nRecalling its conclusions on international protection,\n(a) Notes the persistent dimension of refugee problems;\n(b) Requests the High Commissioner:\n(i) to report on the protection situation;\n(ii) to consult States on burden-sharing;\n(c) Decides to keep the matter under review.")]
    [InlineData("执行委员会，\n回顾其关于国际保护的结论，\n(a) 呼吁各国重视难民问题；\n(b) 请高级专员：\n(i) 报告保护情况；\n(ii) 就分担负担问题与各国协商；\n(c) 决定继续审查这一事项。")]
    public void ALetteredText_StoresNothingForItsRomanItems_AndThePreviewSaysHowTheyAreNumbered(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });
        var draft = Ok(result);

        Assert.Equal(OperativeNumbering.Lettered, draft.Metadata.OperativeNumbering);
        Assert.Null(draft.Metadata.SubParagraphNumbering);
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal(["(i)", "(ii)"], draft.Paragraphs.Single(p => p.SubParagraphs.Count > 0).SubParagraphs.Select(s => labels[s.Id].Marker));
        var guess = Assert.Single(result.Review!.Guesses, g => g.What == "Sub-paragraph numbering");
        Assert.StartsWith("(i), (ii) …", guess.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void LetteredItemsUnderLetteredParagraphs_AreNumberedAsTheDraftNumbersThem_AndTheDoubtIsListed()
    {
        // An AKN file that letters both levels: no word lost, the items numbered "(i)" and the reason listed, never silent.
        var xml = AknExporter.ToXml(Typed("en", "Requests the High Commissioner:")).ToString()
            .Replace("<num>(i)</num>", "<num>(a)</num>", StringComparison.Ordinal).Replace("<num>(ii)</num>", "<num>(b)</num>", StringComparison.Ordinal);

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml), new ImportOptions { Format = ImportFormat.Akn });
        var draft = Ok(result);

        Assert.Equal(OperativeNumbering.Lettered, draft.Metadata.OperativeNumbering);
        Assert.Equal(2, draft.Paragraphs.Single(p => p.Id == "op2" || p.SubParagraphs.Count > 0).SubParagraphs.Count);
        Assert.Contains(result.Warnings, w => w.Contains("lettered too", StringComparison.Ordinal) && w.Contains("“(i)”", StringComparison.Ordinal));
        Assert.Equal(ImportConfidence.Medium, Assert.Single(result.Review!.Guesses, g => g.What == "Sub-paragraph numbering").Confidence);
    }
}
