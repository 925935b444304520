using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Style;

namespace ResolutionDrafts.Documents.Tests.Export;

public sealed class AknExporterTests
{
    private static readonly XNamespace A = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static XElement Statement(ResolutionDrafts.Domain.Drafts.Draft draft) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(AknExporter.ExportBytes(draft))).Root!.Element(A + "statement")!;

    [Fact]
    public void Export_Draft_HasTheStatementShapeOfTheUnFiles()
    {
        var statement = Statement(TestDrafts.CubaEmbargo());

        Assert.Equal("draftResolution", statement.Attribute("name")!.Value);
        Assert.Equal(["meta", "coverPage", "preface", "preamble", "mainBody"], statement.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("A/80/L.6", statement.Descendants(A + "docNumber").Single().Value);
        Assert.Equal("eng", statement.Descendants(A + "FRBRlanguage").Single().Attribute("language")!.Value);
        Assert.Equal("2025-10-07", statement.Descendants(A + "docDate").Single().Attribute("date")!.Value);
        Assert.Equal("Cuba", statement.Descendants(A + "step").First().Attribute("by")!.Value);
        var preface = statement.Element(A + "preface")!.Descendants(A + "docTitle").ToList();
        Assert.Equal("Cuba: draft resolution", preface[0].Value);
        Assert.Equal("sponsors", preface[0].Attribute("refersTo")!.Value);
        Assert.StartsWith("Necessity of ending", preface[1].Value, StringComparison.Ordinal);

        var preamble = statement.Element(A + "preamble")!;
        Assert.Equal("enactingFormula", preamble.Element(A + "formula")!.Attribute("name")!.Value);
        Assert.Equal("The General Assembly", preamble.Element(A + "formula")!.Descendants(A + "span").Single().Value);
        Assert.Equal(8, preamble.Elements(A + "container").Count());
        var paragraphs = statement.Element(A + "mainBody")!.Elements(A + "paragraph").ToList();
        Assert.Equal(["1.", "2.", "3.", "4.", "5."], paragraphs.Select(p => p.Element(A + "num")!.Value));
        Assert.All(paragraphs, p => Assert.NotNull(p.Element(A + "content")!.Element(A + "p")));
    }

    [Fact]
    public void Export_EnglishParagraphs_ItaliciseExactlyTheOpeningPhrase()
    {
        var draft = TestDrafts.CubaEmbargo();
        var statement = Statement(draft);

        var ps = statement.Element(A + "preamble")!.Elements(A + "container").Select(c => c.Element(A + "p")!)
            .Concat(statement.Element(A + "mainBody")!.Descendants(A + "content").Select(c => c.Element(A + "p")!))
            .ToList();
        Assert.Equal(draft.Paragraphs.Count, ps.Count);
        foreach (var (p, paragraph) in ps.Zip(draft.Paragraphs))
        {
            Assert.Equal(OpeningPhrase.Of(paragraph.Text, "en"), p.Elements(A + "span").Single(s => s.Attribute("class")!.Value == "italic").Value);
            Assert.Equal("\t" + paragraph.Text.Replace("[^1]", "", StringComparison.Ordinal), string.Concat(p.Nodes().OfType<XText>().Select(t => t.Value)).Insert(1, OpeningPhrase.Of(paragraph.Text, "en")));
        }
    }

    [Fact]
    public void Export_SubParagraphs_AreListsWithIntroAndPoints()
    {
        var body = Statement(TestDrafts.Rich()).Element(A + "mainBody")!;
        var paragraphs = body.Descendants(A + "paragraph").ToList();

        var op2 = paragraphs[1].Element(A + "list")!;
        Assert.Equal("\tRequests also the Secretary-General:", op2.Element(A + "intro")!.Element(A + "p")!.Value);
        Assert.Equal(["(a)", "(b)"], op2.Elements(A + "point").Select(p => p.Element(A + "num")!.Value));
        var b = op2.Elements(A + "point").Last().Element(A + "list")!;
        Assert.Equal("\tTo consult:", b.Element(A + "intro")!.Value);
        Assert.Equal(["(i)", "(ii)"], b.Elements(A + "point").Select(p => p.Element(A + "num")!.Value));
        var ii = b.Elements(A + "point").Last().Element(A + "list")!;
        Assert.Equal("a.", ii.Element(A + "point")!.Element(A + "num")!.Value);
        Assert.Equal("\tintergovernmental organizations.", ii.Element(A + "point")!.Element(A + "content")!.Value);
        var sections = body.Elements(A + "hcontainer").ToList();
        Assert.Equal(["I. General", "II. Follow-up"], sections.Select(h => h.Element(A + "heading")!.Value));
        Assert.Equal(2, sections[0].Elements(A + "paragraph").Count());
        Assert.Equal("op2b2a", ii.Element(A + "point")!.Attribute("wId")!.Value);
    }

    [Fact]
    public void Export_Footnotes_AreAuthorialNotesAndRepeatsAreNoteRefs()
    {
        var statement = Statement(TestDrafts.ChineseCosp7());

        var notes = statement.Descendants(A + "authorialNote").ToList();
        Assert.Equal(["1", "2", "3"], notes.Select(n => n.Attribute("marker")!.Value));
        Assert.Equal("\t联合国，《条约汇编》，第 2349 卷，第 42146 号。", notes[0].Value);
        var repeats = statement.Descendants(A + "noteRef").ToList();
        Assert.Equal(2, repeats.Count);
        Assert.All(repeats, r => Assert.Equal("#authorialNote_1", r.Attribute("href")!.Value));
        Assert.All(repeats, r => Assert.Equal("1", r.Attribute("marker")!.Value));
    }

    [Fact]
    public void Export_Chinese_HasNoItalicSpansAndNamesItsLanguage()
    {
        var statement = Statement(TestDrafts.ChineseCosp7());

        Assert.Equal("zho", statement.Descendants(A + "FRBRlanguage").Single().Attribute("language")!.Value);
        Assert.DoesNotContain(statement.Descendants(A + "span"), s => s.Attribute("class")?.Value == "italic");
        Assert.Equal("2017-11-09", statement.Descendants(A + "docDate").Single().Attribute("date")!.Value);
        Assert.Equal("澳大利亚、巴西、以色列和美利坚合众国：决议修订草案", statement.Element(A + "preface")!.Descendants(A + "docTitle").First().Value);
    }

    [Fact]
    public void Export_AdoptedResolution_IsAResolutionWithoutSponsorsLine()
    {
        var statement = Statement(TestDrafts.Adopted());

        Assert.Equal("resolution", statement.Attribute("name")!.Value);
        Assert.Single(statement.Element(A + "preface")!.Descendants(A + "docTitle"));
        Assert.Equal("Resolution adopted by the General Assembly", statement.Element(A + "coverPage")!.Descendants(A + "docTitle").Single().Value);
    }

    [Fact]
    public void Export_UsesOnlyElementsTheUnFilesUseOrAkn30Defines()
    {
        var fixtures = Directory.GetFiles(FixtureDirectory(), "*.xml")
            .SelectMany(f => XDocument.Load(f).Root!.Descendants().Select(e => e.Name.LocalName))
            .ToHashSet();
        // Needed for what the UN's sample files happen not to have: repeated notes, preambular sub-paragraphs, section headings.
        string[] akn30 = ["noteRef", "blockList", "item", "heading", "hcontainer"];

        var used = XDocument.Parse(System.Text.Encoding.UTF8.GetString(AknExporter.ExportBytes(TestDrafts.Rich()))).Root!.Descendants()
            .Select(e => e.Name.LocalName).Distinct();

        Assert.All(used, name => Assert.True(fixtures.Contains(name) || akn30.Contains(name), $"<{name}> is in neither the UN files nor the list"));
    }

    internal static string FixtureDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "akn");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return "/work/shared/fixtures/akn";
    }
}
