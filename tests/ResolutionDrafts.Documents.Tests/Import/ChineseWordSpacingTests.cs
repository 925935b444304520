using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16, docs/import.md "Canonical Chinese spacing": a Chinese Word file of any origin loses the PDF's spaces
/// between Chinese and digits or Latin words ("2024 年 7 月" → "2024年7月") as text does, while the app's own DOCX
/// (known by its custom property, <see cref="OurExport"/>) reads back exactly as it was written — also after
/// LibreOffice saved it again. Before, every Word file read as Word kept the spaces.
/// </summary>
public sealed class ChineseWordSpacingTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("rd-zh-spacing-");

    public void Dispose() => dir.Delete(recursive: true);

    private static readonly string[] ChineseLines =
    [
        "第 2024/12 号决议",
        "防治非传染性疾病",
        "大会，",
        "回顾其 2024 年 7 月 24 日第 2024/12 号决议及 A/79/23 号文件，",
        "注意到 United Nations 机构间工作队的报告，",
        "1. 请秘书长在 2026 年 9 月前提交 8 800 万美元的报告；",
        "2. 决定继续审议这一问题。",
    ];

    [Fact]
    public void ChineseWordFileOfOtherOrigin_ReadsCanonical()
    {
        var result = DraftImporter.Import(WordFile(ChineseLines), new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal(DraftLanguage.Chinese, draft.Language);
        Assert.Equal(
            ["回顾其2024年7月24日第2024/12号决议及A/79/23号文件，", "注意到United Nations机构间工作队的报告，"],
            draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Preambular).Select(p => p.Text));
        Assert.Equal(
            ["请秘书长在2026年9月前提交8 800万美元的报告；", "决定继续审议这一问题。"],
            draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).Select(p => p.Text));
    }

    [Fact]
    public void EnglishWordFile_KeepsItsSpaces()
    {
        string[] lines =
        [
            "The General Assembly,",
            "Recalling its resolution 2024/12 of 24 July 2024 and document A/79/23 ,",
            "1. Requests the Secretary-General to report by September 2026 on the 88 000 000 dollars;",
            "2. Decides to continue its consideration of the question.",
        ];

        var result = DraftImporter.Import(WordFile(lines), new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Recalling its resolution 2024/12 of 24 July 2024 and document A/79/23 ,", result.Draft!.Paragraphs[0].Text);
        Assert.Equal("Requests the Secretary-General to report by September 2026 on the 88 000 000 dollars;", result.Draft.Paragraphs[1].Text);
    }

    [Fact]
    public void OurOwnDocx_ReadsBackWithItsSpaces_TheSameFileWithoutOurMark_ReadsCanonical()
    {
        var draft = TestDrafts.ChineseCosp7();
        Assert.Contains(draft.Paragraphs, p => p.Text.Contains("2009 年 11 月 13 日", StringComparison.Ordinal));
        var ours = DocxExporter.Export(draft);

        var back = DraftImporter.Import(ours, new ImportOptions { Format = ImportFormat.Docx });
        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal(ExportRoundTripTests.Json(draft), ExportRoundTripTests.Json(back.Draft!));

        // The same file as another program would write it: no custom property, another application's name.
        var other = WithoutOurMark(ours);
        var canonical = DraftImporter.Import(other, new ImportOptions { Format = ImportFormat.Docx });
        Assert.True(canonical.IsSuccess, canonical.Error);
        Assert.Contains(canonical.Draft!.Paragraphs, p => p.Text.Contains("2009年11月13日", StringComparison.Ordinal));
        Assert.DoesNotContain(canonical.Draft.AllNodes(), n => n.Text.Contains(" 年", StringComparison.Ordinal) || n.Text.Contains("年 ", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOlderExport_KnownByItsApplicationName_ReadsBackWithItsSpaces()
    {
        var draft = TestDrafts.ChineseCosp7();
        var older = WithoutOurMark(DocxExporter.Export(draft), application: "ResolutionDrafts");

        var back = DraftImporter.Import(older, new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal(ExportRoundTripTests.Json(draft), ExportRoundTripTests.Json(back.Draft!));
    }

    [SofficeFact]
    public async Task OurOwnDocx_SavedAgainByLibreOffice_KeepsOurMark()
    {
        var draft = TestDrafts.ChineseCosp7();

        var saved = await ThroughLibreOffice(DocxExporter.Export(draft));

        using (var word = WordprocessingDocument.Open(new MemoryStream(saved), false))
        {
            Assert.True(OurExport.IsOurs(word), "LibreOffice dropped the custom property " + OurExport.PropertyName);
        }

        var back = DraftImporter.Import(saved, new ImportOptions { Format = ImportFormat.Docx });
        Assert.True(back.IsSuccess, back.Error);
        Assert.Contains(back.Draft!.Paragraphs, p => p.Text.Contains("2009 年 11 月 13 日", StringComparison.Ordinal));
    }

    private static byte[] WithoutOurMark(byte[] docx, string application = "LibreOffice/24.2")
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            if (word.CustomFilePropertiesPart is { } custom)
            {
                word.DeletePart(custom);
            }

            word.ExtendedFilePropertiesPart!.Properties.GetFirstChild<DocumentFormat.OpenXml.ExtendedProperties.Application>()!.Text = application;
        }

        return stream.ToArray();
    }

    private static byte[] WordFile(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var line in lines)
            {
                body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            word.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private async Task<byte[]> ThroughLibreOffice(byte[] docx)
    {
        var source = Path.Combine(dir.FullName, "ours.docx");
        await File.WriteAllBytesAsync(source, docx);
        return await LibreOffice.SaveAsDocxAsync(source, dir.FullName);
    }
}
