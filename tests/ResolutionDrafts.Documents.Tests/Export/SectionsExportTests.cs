using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Documents.Tests.Import;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// A budget resolution whose sections number their paragraphs from 1 again (76/246: "I" 1.–4., "II" 1.–…) prints
/// its numbers as the UN does in Word and AKN, and comes back from each with the same sections (ADR 0016).
/// </summary>
public sealed class SectionsExportTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static Draft Budget(string folder, string file)
    {
        var result = DraftImporter.Import(File.ReadAllBytes(Fixtures.Path_(Path.Combine("corpus", "ga", folder), file)));
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static List<string> Sections(Draft draft)
    {
        var labels = ParagraphLabels.Compute(draft);
        return draft.Paragraphs.Where(p => p.OpensSection).Select(p => labels[p.Id].Label).ToList();
    }

    [Theory]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml")]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml")]
    public void Import_OpensASectionAtEachRestart_WithTheHeadingsNumeral(string folder, string file)
    {
        var draft = Budget(folder, file);

        var sections = Sections(draft);
        var chinese = folder.EndsWith("zh", StringComparison.Ordinal);
        Assert.True(sections.Count >= 10, string.Join(", ", sections));
        Assert.Equal(chinese ? "一 PP1" : "I PP1", sections[0]);
        Assert.Equal(chinese ? "二 PP1" : "II PP1", sections[1]);
        Assert.Equal(sections.Count, DraftImporter.Import(File.ReadAllBytes(Fixtures.Path_(Path.Combine("corpus", "ga", folder), file))).Review!.Sections);
        Assert.Equal(JsonRoundTrip(draft), DraftJson.Serialize(draft));
    }

    [Fact]
    public void Docx_PrintsTheNumbersFrom1InEachSection_AndReadsBackTheSections()
    {
        var draft = Budget("76-en", "A_RES_76_246-2119713E.xml");

        var bytes = DocxExporter.Export(draft);
        var file = new DocxFile(bytes);
        var again = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx });

        Assert.Empty(file.ValidationErrors);
        var numbers = file.BodyParagraphs.Where(p => StyleOf(p) == "OP").Select(p => VisibleText(p).Split('.')[0]).Take(6).ToList();
        Assert.Equal(["1", "2", "3", "4", "1", "2"], numbers);
        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(Sections(draft), Sections(again.Draft!));
    }

    [Fact]
    public void Akn_WritesTheNumbersFrom1InEachSection_AndReadsBackTheSections()
    {
        var draft = Budget("76-en", "A_RES_76_246-2119713E.xml");

        var xml = AknExporter.ToXml(draft);
        var again = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });

        var nums = xml.Descendants(Akn + "mainBody").Single().Descendants(Akn + "paragraph").Select(p => p.Element(Akn + "num")?.Value).Take(6).ToList();
        Assert.Equal(["1.", "2.", "3.", "4.", "1.", "2."], nums);
        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(Sections(draft), Sections(again.Draft!));
        Assert.DoesNotContain(again.Warnings, w => w.Contains("straight through", StringComparison.Ordinal));
    }

    /// <summary>PP1; then, when <paramref name="plainFirst"/>, OP1–OP2 numbered with nothing else; then one section ("I. …" or "II. …") of three operative paragraphs, the only one.</summary>
    private static Draft LoneSection(bool plainFirst, string language = DraftLanguage.English)
    {
        var chinese = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { Symbol = "A/RES/80/999", Body = "General Assembly" }));
        Ok(draft.SetTitle(chinese ? "方案预算所涉问题" : "Questions relating to the programme budget"));
        Ok(draft.SetAuthorLine(chinese ? "大会，" : "The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, chinese ? "回顾其各项决议，" : "Recalling its resolutions on the programme budget,", id: "pp1").Untyped());
        if (plainFirst)
        {
            Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "重申其作用；" : "Reaffirms its role in the budget process;", id: "op1").Untyped());
            Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "注意到报告；" : "Takes note of the report of the Secretary-General;", id: "op2").Untyped());
        }

        var name = plainFirst ? (chinese ? "二" : "II") : (chinese ? "一" : "I");
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "核准订正概算；" : "Approves the revised estimates;", id: "s-op1",
            heading: chinese ? $"{name}. 订正概算" : $"{name}. Revised estimates").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "决定批款；" : "Decides to appropriate an additional amount;", id: "s-op2").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, chinese ? "又决定审议该事项。" : "Also decides to consider the matter again.", id: "s-op3").Untyped());
        Ok(draft.SetSection("s-op1", true));
        return draft;
    }

    [Theory]
    [InlineData(false, DraftLanguage.English)]
    [InlineData(false, DraftLanguage.Chinese)]
    [InlineData(true, DraftLanguage.English)]
    public void Akn_ALoneSection_IsASectionWithItsNum_AndReadsBackAsTextAndWordDo(bool plainFirst, string language)
    {
        // After numbered paragraphs its numbers start again and it reads back; from the first operative paragraph it prints as a
        // heading over 1., 2. … and reads back as that heading, from AKN as from text and Word (ADR 0016, amendment 6).
        var draft = LoneSection(plainFirst, language);

        var xml = AknExporter.ToXml(draft);
        var again = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });

        var section = xml.Descendants(Akn + "mainBody").Single().Elements(Akn + "section").Single();
        Assert.Equal(plainFirst ? "II" : (DraftLanguage.IsChinese(language) ? "一" : "I"), section.Element(Akn + "num")?.Value);
        Assert.Equal(DraftLanguage.IsChinese(language) ? "订正概算" : "Revised estimates", section.Element(Akn + "heading")?.Value);
        Assert.Equal(["1.", "2.", "3."], section.Elements(Akn + "paragraph").Select(p => p.Element(Akn + "num")?.Value));
        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(plainFirst ? Sections(draft) : [], Sections(again.Draft!));
        Assert.Equal(draft.Paragraphs.Select(p => p.Heading), again.Draft!.Paragraphs.Select(p => p.Heading));
        Assert.Equal(draft.Paragraphs.Select(p => ParagraphLabels.Compute(draft)[p.Id].Marker), again.Draft!.Paragraphs.Select(p => ParagraphLabels.Compute(again.Draft!)[p.Id].Marker));
        if (plainFirst)
        {
            Assert.Equal(ParagraphLabels.Compute(draft).Values.Select(l => l.Label).Order(), ParagraphLabels.Compute(again.Draft!).Values.Select(l => l.Label).Order());
        }
    }

    [Fact]
    public void Akn_HeadingsThatOpenNoSection_StayHcontainers_AndNumberStraightThrough()
    {
        var draft = LoneSection(plainFirst: false);
        Ok(draft.SetSection("s-op1", false));

        var xml = AknExporter.ToXml(draft);
        var again = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });

        Assert.Empty(xml.Descendants(Akn + "section"));
        Assert.Single(xml.Descendants(Akn + "hcontainer"));
        Assert.True(again.IsSuccess, again.Error);
        Assert.Empty(Sections(again.Draft!));
    }

    [Fact]
    public void Docx_ALoneSectionAfterNumberedParagraphs_ReadsBack_ForItsNumbersRestart()
    {
        var draft = LoneSection(plainFirst: true);

        var again = DraftImporter.Import(DocxExporter.Export(draft), new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(["II OP1"], Sections(again.Draft!));
    }

    private static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);

    private static string JsonRoundTrip(Draft draft)
    {
        var json = DraftJson.Serialize(draft);
        Assert.Contains("\"section\": true", json, StringComparison.Ordinal);
        var back = DraftJson.Deserialize(json);
        Assert.True(back.IsSuccess, back.Error);
        return DraftJson.Serialize(back.Value!);
    }
}
