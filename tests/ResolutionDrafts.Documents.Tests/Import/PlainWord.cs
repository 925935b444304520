using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>A Word file not ours, as a PDF's text saved as Word: a Word paragraph a line, no styles, no numbering.</summary>
internal static class PlainWord
{
    public static byte[] Of(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            foreach (var line in lines)
            {
                body.Append(new W.Paragraph(new W.Run(new W.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            word.AddMainDocumentPart().Document = new W.Document(body);
        }

        return stream.ToArray();
    }
}
