using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Documents.Tests.Export;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// ADR 0028 amendment 2's rule for a quoted-style paragraph typed right after a sub-paragraph, checked on a real round
/// trip: our own DOCX, a quoted line inserted as a tracked change after the last sub-paragraph in each of our two quoted
/// styles, then opened and saved again by LibreOffice (which rewrites the styles, the numbering and the revision marks)
/// and read back as proposals. The line must land where the style puts it, as it does in the file we wrote. Before,
/// LibreOffice's ids made of the styles' names ("Quotedtext", "Quotedtextinasubparagraph") hid the quoted style, and the
/// line came back as a new operative paragraph.
/// </summary>
public sealed class LibreOfficeQuotationRoundTripTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("rd-lo-quote-");

    public void Dispose() => dir.Delete(recursive: true);

    [SofficeFact]
    public async Task AQuotedLineTypedAfterASubParagraph_SavedByLibreOffice_JoinsTheQuotationItsStyleSays()
    {
        foreach (var (style, expected) in new[]
        {
            (StyleIds.QuotedText, "Insert at the end of operative paragraph 2 the following quoted text: “‘Article 9 States shall cooperate.’”."),
            (StyleIds.QuotedTextInSubParagraph, "Insert at the end of operative paragraph 2 (a) the following quoted text: “‘Article 9 States shall cooperate.’”."),
        })
        {
            var draft = TestDrafts.Rich();
            var markup = new WordMarkup(DocxExporter.Export(draft))
                .InsertParagraphAfter("To report on the implementation", "“Article 9 States shall cooperate.”", "Cuba Delegate", style: style);

            var result = MarkupAmendments.Read(draft, await ThroughLibreOffice(markup.ToBytes(), style));

            Assert.True(result.IsSuccess, result.Error);
            var cuba = result.Authors.Single(a => a.Name == "Cuba Delegate");
            Assert.Empty(cuba.Skipped.Select(s => s.Where + ": " + s.Reason));
            Assert.Equal([expected], cuba.Proposals.Select(p => p.Wording("en")));
        }
    }

    private async Task<byte[]> ThroughLibreOffice(byte[] docx, string name)
    {
        var source = Path.Combine(Directory.CreateDirectory(Path.Combine(dir.FullName, name)).FullName, "marked-up.docx");
        await File.WriteAllBytesAsync(source, docx);
        return await LibreOffice.SaveAsDocxAsync(source, dir.FullName);
    }
}
