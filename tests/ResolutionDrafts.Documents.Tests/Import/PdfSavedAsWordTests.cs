using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// The issued PDF's text saved as a Word file, as a converter or a copy into Word makes it: one Word
/// paragraph a printed line, no styles, the footnotes typed at the page ends. It must import as the
/// PDF's text does, not as one paragraph a line (issue 16: 28 preambular paragraphs instead of 5).
/// </summary>
public sealed class PdfSavedAsWordTests
{
    public static TheoryData<string> PdfTexts => new()
    {
        "A_80_L.6.txt", "A_C.1_80_L.5.txt", "A_C.3_80_L.24.txt", "A_C.6_80_L.10.txt", "A_RES_80_4.txt", "cosp7-technical-assistance-rev-draft.zh.txt",
    };

    [Theory]
    [MemberData(nameof(PdfTexts))]
    public void Import_PdfTextSavedAsWordOneParagraphAPrintedLine_GivesWhatTheTextGives(string file)
    {
        var text = File.ReadAllText(Fixtures.Path_("text", file));
        var expected = Fixtures.Import("text", file);

        var result = DraftImporter.Import(WordFile(text.Split('\n').SkipWhile(l => l.StartsWith("# source:", StringComparison.Ordinal))));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(DraftJson.Serialize(expected), DraftJson.Serialize(result.Draft!));
        Assert.Contains("The Word file holds a PDF's lines, one paragraph each; it was read as the PDF's text.", result.Warnings);
    }

    private static byte[] WordFile(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var line in lines)
            {
                body.Append(new Paragraph(new Run(new Text(line.TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve })));
            }

            word.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }
}
