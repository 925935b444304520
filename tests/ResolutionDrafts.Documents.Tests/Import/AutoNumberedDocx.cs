using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>A Word file as capitals often send it: operative paragraphs and sub-paragraphs numbered by Word's lists, not typed.</summary>
internal static class AutoNumberedDocx
{
    /// <param name="secondLevel">How the list prints its second level (the sub-paragraphs): "(%2)".</param>
    /// <param name="secondFormat">Its number format: lower letters unless given (decimal for another body's "(1)").</param>
    public static byte[] Build(string secondLevel = "(%2)", NumberFormatValues? secondFormat = null, string firstLevel = "%1.")
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.Decimal, firstLevel),
                    Level(1, secondFormat ?? NumberFormatValues.LowerLetter, secondLevel),
                    Level(2, NumberFormatValues.LowerRoman, "(%3)")) { AbstractNumberId = 10 },
                new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 3 });
            main.Document = new Document(new Body(
                P("Chile and Peru: draft resolution"),
                P("Protection of oceans"),
                P("The General Assembly,"),
                P("Recalling its resolution 79/144,"),
                P("Welcomes the report;", 0),
                P("Requests the Secretary-General:", 0),
                P("To report;", 1),
                P("To consult:", 1),
                P("States;", 2),
                P("organizations;", 2),
                P("Decides to remain seized of the matter.", 0)));
        }

        return buffer.ToArray();
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

    private static Paragraph P(string text, int? level = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (level is { } l)
        {
            paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = l }, new NumberingId { Val = 3 })));
        }

        return paragraph;
    }
}
