using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>Word files carrying more than text: imported for their text, with the doubt listed.</summary>
public sealed class WordDoubtsTests
{
    private static readonly string[] Lines = ["The General Assembly,", "Recalling its resolution 75/1,", "1. Decides to remain seized of the matter;", "2. Requests a report."];

    private static byte[] WordFile(WordprocessingDocumentType type, Action<MainDocumentPart> extra)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, type))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(Lines.Select(l => new Paragraph(new Run(new Text(l))))));
            extra(main);
        }

        return stream.ToArray();
    }

    [Fact]
    public void Import_MacroEnabledWordFile_ImportsTheTextAndSaysTheMacrosWereNotRun()
    {
        var result = DraftImporter.Import(WordFile(WordprocessingDocumentType.MacroEnabledDocument, _ => { }));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(3, result.Draft!.Paragraphs.Count);
        Assert.Contains("The Word file holds macros; they were neither run nor read, only the text was imported.", result.Warnings);
    }

    [Fact]
    public void Import_WordFileWithAnExternalImageLink_SaysTheLinkWasNotFetched()
    {
        var bytes = WordFile(WordprocessingDocumentType.Document, main =>
            main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri("http://example.org/tracker.png")));

        var result = DraftImporter.Import(bytes);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Contains("The Word file links to 1 outside resource(s) (such as http://example.org/tracker.png); they were not fetched.", result.Warnings);
    }
}
