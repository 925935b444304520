using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Raised letters that are no footnote reference (ADR 0035): 76/246's staffing tables print a note letter after
/// "Conversion" and open the note with it ("ᵃ From extrabudgetary funds."). Read from the UN's AKN (<c>&lt;sup&gt;</c>),
/// from a Word file (a run set superscript), from text (a modifier letter in a table), kept as a raised mark, and
/// printed raised by our DOCX (<c>w:vertAlign</c>) and AKN (<c>&lt;sup&gt;</c>), each of which reads back the same.
/// </summary>
public sealed class RaisedLetterFormsTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("rd-raised-");

    public void Dispose() => dir.Delete(recursive: true);

    public static TheoryData<string, string, string, string> Files => new()
    {
        // folder, file, the cell with the note letter, the note's words
        { "76-en", "A_RES_76_246-2119713E.xml", "Conversion", "From extrabudgetary funds." },
        { "76-zh", "A_RES_76_246-2119713C.xml", "改划", "自预算外资金" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Akn_ANoteLetterInACellAndAtItsNote_IsARaisedMark(string folder, string file, string cell, string note)
    {
        var table = Staffing(Fixtures.Import("corpus/ga/" + folder, file));

        Assert.Contains(table.Rows.SelectMany(r => r.Cells), c => InlineItalics.Letters(c.Text) == cell + "a" && Raised(c.Text) == "a");
        var noteRow = Assert.Single(table.Rows, r => r.Kind == TableRowKind.Note && r.Cells[0].Text.Contains(note, StringComparison.Ordinal));
        Assert.StartsWith(InlineItalics.RaisedOpen + "a" + InlineItalics.RaisedClose, noteRow.Cells[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("ᵃ", InlineItalics.Strip(noteRow.Cells[0].Text), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void OurDocx_PrintsTheLetterRaised_AndReadsItBack(string folder, string file, string cell, string note)
    {
        var draft = Fixtures.Import("corpus/ga/" + folder, file);

        var docx = DocxExporter.Export(draft);

        Assert.Contains(RaisedRuns(docx), r => r == "a");
        AssertSameTable(draft, Read(docx, ImportFormat.Docx));
        Assert.NotEmpty(cell + note);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void OurAkn_WritesSup_AndReadsItBack(string folder, string file, string cell, string note)
    {
        var draft = Fixtures.Import("corpus/ga/" + folder, file);

        var akn = AknExporter.ExportBytes(draft);

        var sups = XDocument.Parse(Encoding.UTF8.GetString(akn)).Descendants().Where(e => e.Name.LocalName == "sup" && !e.Ancestors().Any(a => a.Name.LocalName == "authorialNote")).ToList();
        Assert.Contains(sups, s => s.Value == "a" && s.Parent!.Parent!.Value.Contains(cell, StringComparison.Ordinal));
        Assert.Contains(sups, s => s.Value == "a" && s.Parent!.Value.Contains(note, StringComparison.Ordinal));
        AssertSameTable(draft, Read(akn, ImportFormat.Akn));
    }

    [Theory]
    [InlineData("en", "Conversionᵃ\tAccounting Assistant\tG-6", "ᵃ From extrabudgetary funds.", "Conversion", "Resolves to approve the changes set out in the table below:")]
    [InlineData("zh", "改划ᵃ\t会计助理\tG-6", "ᵃ 自预算外资金。", "改划", "决定核准下表所列的变动：")]
    public void Text_AModifierLetterGluedToACellsWordOrOpeningANote_IsARaisedLetter_AFigureStaysACharacter(string language, string row, string noteLine, string cell, string lead)
    {
        var chinese = language == "zh";
        var text = string.Join("\n",
            chinese ? "大会，" : "The General Assembly,",
            "1. " + lead,
            chinese ? "A. 养恤金委员会秘书处" : "A. Secretariat of the Pension Board",
            chinese ? "职类\t职称\t职等" : "Category\tTitle\tLevel",
            row,
            chinese ? "面积\t10 m²\t2" : "Area\t10 m²\t2",
            noteLine,
            chinese ? "2. 决定继续审议这一问题。" : "2. Decides to remain seized of the matter.");

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text, Language = language });

        Assert.True(result.IsSuccess, result.Error);
        var table = Assert.Single(result.Draft!.AllNodes(), n => n.Table is not null).Table!;
        var cells = table.Rows.SelectMany(r => r.Cells).Select(c => c.Text).ToList();
        Assert.Contains(cell + "{sup}a{/sup}", cells);
        Assert.Contains("10 m²", cells);
        Assert.DoesNotContain(cells, c => c.Contains('ᵃ', StringComparison.Ordinal));
        Assert.Equal("{sup}a{/sup} " + noteLine[2..], Assert.Single(table.Rows, r => r.Kind == TableRowKind.Note).Cells[0].Text);
    }

    [Fact]
    public void WordFileOfOtherOrigin_ARunSetSuperscript_IsRaised_UnlessItIsAFigure()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(
                Para(new Run(new Text("The General Assembly,"))),
                Para(new Run(new Text("Recalling its resolution 75/246,"))),
                Para(Plain("1. Approves the post of Conversion Officer"), Raised("a"), Plain(" and a hall of 10 m"), Raised("2"), Plain(";")),
                Para(Plain("2. Decides to remain seized of the matter.")));
            word.AddMainDocumentPart().Document = new Document(body);
        }

        var result = DraftImporter.Import(stream.ToArray(), new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(result.IsSuccess, result.Error);
        var op1 = result.Draft!.Paragraphs.First(p => p.Kind == ParagraphKind.Operative);
        Assert.Contains("Conversion Officer{sup}a{/sup} and", op1.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{sup}2", op1.Text, StringComparison.Ordinal);

        static DocumentFormat.OpenXml.Wordprocessing.Paragraph Para(params Run[] runs) => new(runs);
        static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        static Run Raised(string text) => new(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new Text(text));
    }

    [SofficeFact]
    public async Task OurDocx_SavedAgainByLibreOffice_KeepsTheLetterRaised()
    {
        var draft = Fixtures.Import("corpus/ga/76-en", "A_RES_76_246-2119713E.xml");

        var saved = await ThroughLibreOffice(DocxExporter.Export(draft));

        Assert.Contains(RaisedRuns(saved), r => r == "a");
        AssertSameTable(draft, Read(saved, ImportFormat.Docx));
    }

    private static DraftTable Staffing(Draft draft) => draft.AllNodes().Single(n => n.Table?.HasCaptions == true).Table!;

    private static string Raised(string text) => string.Concat(InlineItalics.Runs(text).Where(r => r.Raised).Select(r => r.Text));

    /// <summary>The raised letters of every cell, and the cells' words, in order: what a reader sees of the table.</summary>
    private static void AssertSameTable(Draft expected, Draft actual)
    {
        static List<string> Cells(Draft d) => Staffing(d).Rows.SelectMany(r => r.Cells).Select(c => InlineItalics.Letters(c.Text) + " ^" + Raised(c.Text)).ToList();
        Assert.Equal(Cells(expected), Cells(actual));
        Assert.Contains(Cells(actual), c => c.EndsWith(" ^a", StringComparison.Ordinal));
    }

    private static Draft Read(byte[] bytes, ImportFormat format)
    {
        var result = DraftImporter.Import(bytes, new ImportOptions { Format = format });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static List<string> RaisedRuns(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return word.MainDocumentPart!.Document!.Descendants<Run>()
            .Where(r => r.RunProperties?.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Superscript && r.GetFirstChild<FootnoteReference>() is null)
            .Select(r => r.InnerText).ToList();
    }

    private async Task<byte[]> ThroughLibreOffice(byte[] docx)
    {
        var source = Path.Combine(dir.FullName, "ours.docx");
        await File.WriteAllBytesAsync(source, docx);
        return await LibreOffice.SaveAsDocxAsync(source, dir.FullName);
    }
}
