using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// A resolution in parts printed as the UN prints A/RES/75/101 A–B (the letter and the title centred,
/// then the part's own author line, numbers from 1 in each part), and written to AKN as the UN's files
/// are (a documentCollection with its components); the round trips are in <see cref="ExportRoundTripTests"/>.
/// </summary>
public sealed class PartsExportTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    [Fact]
    public void Docx_PrintsEachPartsLetterTitleAndAuthorLine_BeforeItsParagraphs()
    {
        var file = new DocxFile(DocxExporter.Export(TestDrafts.InParts()));

        var lines = file.BodyParagraphs.Select(p => (Style: StyleOf(p), Text: VisibleText(p))).SkipWhile(l => l.Style != "ResolutionTitle").ToList();

        Assert.Empty(file.ValidationErrors);
        Assert.Equal(("ResolutionTitle", "Questions relating to information"), lines[0]);
        Assert.Equal(("PartLetter", "A"), lines[1]);
        Assert.Equal(("PartTitle", "Information in the service of humanity"), lines[2]);
        Assert.Equal(("AuthorLine", "The General Assembly,"), lines[3]);
        var b = lines.FindIndex(l => l == ("PartLetter", "B"));
        Assert.Equal(("PartTitle", "United Nations global communications policies and activities"), lines[b + 1]);
        Assert.Equal("AuthorLine", lines[b + 2].Style);
        // The draft's own author line is part A's: it is printed once, after part A's title.
        Assert.Equal(2, lines.Count(l => l.Style == "AuthorLine"));
        var operative = lines.Where(l => l.Style == "OP").Select(l => l.Text[..2]).ToList();
        Assert.Equal(["1.", "2.", "1.", "2."], operative);
    }

    [Fact]
    public void Docx_PartStyles_AreCentred()
    {
        var file = new DocxFile(DocxExporter.Export(TestDrafts.InParts()));

        foreach (var id in new[] { "PartLetter", "PartTitle" })
        {
            var style = file.Styles.Root!.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == id);
            Assert.Equal("center", (string?)style.Descendants(W + "jc").Single().Attribute(W + "val"));
        }
    }

    [Fact]
    public void Akn_WritesADocumentCollectionWithOneComponentAPart()
    {
        var xml = AknExporter.ToXml(TestDrafts.InParts());

        var root = xml.Root!;
        var collection = root.Element(Akn + "documentCollection")!;
        var statements = root.Element(Akn + "components")!.Elements(Akn + "component").Select(c => c.Element(Akn + "statement")!).ToList();

        Assert.Equal(["comp_0", "comp_1"], collection.Descendants(Akn + "documentRef").Select(r => (string?)r.Attribute("href")));
        Assert.Equal(["A", "B"], statements.Select(s => s.Descendants(Akn + "docNumber").Single().Value));
        Assert.Equal("United Nations global communications policies and activities", statements[1].Descendants(Akn + "docTitle").Single().Value);
        Assert.All(statements, s => Assert.Equal("The General Assembly,", s.Descendants(Akn + "formula").Single().Value.Trim()));
        Assert.Equal(["1.", "2."], statements[1].Descendants(Akn + "paragraph").Select(p => p.Element(Akn + "num")!.Value));
        Assert.Equal(2, root.Descendants(Akn + "authorialNote").Count());
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void Akn_EveryEIdIsUniqueAcrossTheWholeFile_AndTheFileReadsBackTheSame(string language)
    {
        // One note referred to from both parts, a section heading in each and sub-paragraphs: every
        // kind of element that carries an eId, in more than one component.
        var draft = TestDrafts.InParts(language);
        TestDrafts.Ok(draft.SetHeading("a-op2", "I. Follow-up"));
        TestDrafts.Ok(draft.SetHeading("b-op1", "II. Communications"));
        TestDrafts.Ok(draft.AddSubParagraph("b-op1", "[^1] cited again;", id: "b-op1-a").Untyped());
        TestDrafts.Ok(draft.AddSubParagraph("b-op1", "and more.", id: "b-op1-b").Untyped());

        var bytes = AknExporter.ExportBytes(draft);
        var ids = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Descendants().Select(e => (string?)e.Attribute("eId")).OfType<string>().ToList();

        Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
        var hrefs = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Descendants(Akn + "noteRef").Select(r => ((string)r.Attribute("href")!).TrimStart('#')).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.Contains(h, ids));
        var imported = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Akn });
        Assert.True(imported.IsSuccess, imported.Error);
        Assert.Equal(ExportRoundTripTests.Json(draft), ExportRoundTripTests.Json(imported.Draft!));
    }

    /// <summary>Part B of <see cref="TestDrafts.InParts"/> with footnote 2 referred to from its title first.</summary>
    private static Draft NoteInPartTitle(string language = DraftLanguage.English)
    {
        var draft = TestDrafts.InParts(language);
        var b = draft.Paragraphs.First(p => p.Id == "b-pp1").Part!;
        TestDrafts.Ok(draft.SetPart("b-pp1", b with { Title = b.Title + "[^2]" }));
        return draft;
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void Akn_AFootnoteOnAPartsTitle_IsAnAuthorialNoteInItsDocTitle_AndReadsBack(string language)
    {
        var draft = NoteInPartTitle(language);

        var bytes = AknExporter.ExportBytes(draft);

        var title = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!.Element(Akn + "components")!.Elements(Akn + "component").ElementAt(1).Descendants(Akn + "docTitle").Single();
        Assert.Equal("2", (string?)title.Element(Akn + "authorialNote")?.Attribute("marker"));
        Assert.DoesNotContain("[^", title.Value, StringComparison.Ordinal);
        var imported = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Akn });
        Assert.True(imported.IsSuccess, imported.Error);
        Assert.Equal(ExportRoundTripTests.Json(draft), ExportRoundTripTests.Json(imported.Draft!));
    }

    [Fact]
    public void Docx_AFootnoteOnAPartsTitle_IsARealFootnote()
    {
        var file = new DocxFile(DocxExporter.Export(NoteInPartTitle()));

        var title = file.BodyParagraphs.Where(p => StyleOf(p) == "PartTitle").ElementAt(1);

        Assert.Empty(file.ValidationErrors);
        Assert.Single(title.Descendants(W + "footnoteReference"));
        Assert.DoesNotContain("[^", VisibleText(title), StringComparison.Ordinal);
        Assert.Contains(file.RealFootnotes, f => string.Concat(f.Descendants(W + "t").Select(t => t.Value)).Contains("Resolution 13 (I).", StringComparison.Ordinal));
    }

    [Fact]
    public void Akn_WithoutParts_IsAStatementAsBefore()
    {
        var xml = AknExporter.ToXml(TestDrafts.CubaEmbargo());

        Assert.NotNull(xml.Root!.Element(Akn + "statement"));
        Assert.Null(xml.Root.Element(Akn + "components"));
    }
}
