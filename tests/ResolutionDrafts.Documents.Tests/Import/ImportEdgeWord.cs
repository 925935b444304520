using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A Word file of another origin made of lines, one Word paragraph each: a line starting "&gt;" is set off in Word's "Quote"
/// style; a line starting "#N " is numbered by Word's list at level N ("#0 " the paragraphs' "1.", "#1 " their "(1)") —
/// the list's first level prints "%1.", its second <c>secondLevel</c> in decimal.
/// </summary>
internal static class ImportEdgeWord
{
    public static byte[] Build(IEnumerable<string> lines, string secondLevel = "(%2)")
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "Quote" }, new BasedOn { Val = "Normal" },
                    new StyleParagraphProperties(new Indentation { Left = "864", Right = "864" })) { Type = StyleValues.Paragraph, StyleId = "Quote" });
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.Decimal, "%1."),
                    Level(1, NumberFormatValues.Decimal, secondLevel)) { AbstractNumberId = 20 },
                new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 5 });
            var body = new Body();
            foreach (var raw in lines)
            {
                var line = raw.TrimEnd('\r');
                var paragraph = new Paragraph();
                if (line.StartsWith('>'))
                {
                    paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = "Quote" }));
                    line = line[1..];
                }
                else if (line.Length > 3 && line[0] == '#' && char.IsAsciiDigit(line[1]) && line[2] == ' ')
                {
                    paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = line[1] - '0' }, new NumberingId { Val = 5 })));
                    line = line[3..];
                }

                paragraph.Append(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve }));
                body.Append(paragraph);
            }

            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
