using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>Word documents: a DGACM-style one built here, and this product's own DOCX export read back.</summary>
public sealed class DocxImportTests
{
    [Fact]
    public void Import_DgacmStyleDocx_ReadsMastheadFromTheTable()
    {
        var result = DraftImporter.Import(DgacmDocx.Build());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(ImportFormat.Docx, result.Format);
        var m = result.Draft!.Metadata;
        Assert.Equal("A/C.2/80/L.99", m.Symbol);
        Assert.Equal("General Assembly", m.Body);
        Assert.Equal("Limited", m.Distribution);
        Assert.Equal("1 November 2025", m.Date);
        Assert.Equal("en", m.OriginalLanguage);
        Assert.Equal("Second Committee", m.Committee);
        Assert.Equal(new AgendaItem("18 (a)", "Sustainable development"), m.AgendaItem);
    }

    [Fact]
    public void Import_DgacmStyleDocx_ReadsParagraphsSubParagraphsAndHeadings()
    {
        var draft = DraftImporter.Import(DgacmDocx.Build()).Draft!;

        Assert.Equal("Sustainable development and the 2030 Agenda", draft.Title);
        Assert.Equal("The General Assembly,", draft.AuthorLine);
        Assert.Equal(["pp1", "pp2", "op1", "op2", "op3"], draft.Paragraphs.Select(p => p.Id));
        Assert.Equal("I. General matters", draft.Paragraphs[2].Heading);
        Assert.Equal("II. Follow-up", draft.Paragraphs[4].Heading);
        var op2 = draft.Paragraphs[3];
        Assert.Equal("Calls upon all States:", op2.Text);
        Assert.Equal(["op2-a", "op2-b"], op2.SubParagraphs.Select(s => s.Id));
        Assert.Equal(["op2-b-i", "op2-b-ii"], op2.SubParagraphs[1].SubParagraphs.Select(s => s.Id));
    }

    [Fact]
    public void Import_DgacmStyleDocx_ReadsFootnotesRepeatsAndTheStarNote()
    {
        var draft = DraftImporter.Import(DgacmDocx.Build()).Draft!;

        Assert.Equal([(1, "Resolution 70/1."), (2, "A/80/123.")], draft.Footnotes.Select(f => (f.Number, f.Text)));
        Assert.EndsWith("Development”,[^1]", draft.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("Reaffirms its commitment to the 2030 Agenda;[^1]", draft.Paragraphs[2].Text);
        var sponsor = Assert.Single(draft.Sponsors);
        Assert.Equal(new Sponsor("Uganda", OnBehalfOf: "the States Members of the United Nations that are members of the Group of 77 and China"), sponsor);
    }

    [Fact]
    public void Import_WordListNumbering_GivesOperativeParagraphsAndSubParagraphs()
    {
        var result = DraftImporter.Import(AutoNumberedDocx.Build());

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal(["pp1", "op1", "op2", "op3"], draft.Paragraphs.Select(p => p.Id));
        Assert.Equal("Requests the Secretary-General:", draft.Paragraphs[2].Text);
        Assert.Equal(["op2-a", "op2-b"], draft.Paragraphs[2].SubParagraphs.Select(s => s.Id));
        Assert.Equal(["op2-b-i", "op2-b-ii"], draft.Paragraphs[2].SubParagraphs[1].SubParagraphs.Select(s => s.Id));
        Assert.Equal("Decides to remain seized of the matter.", draft.Paragraphs[3].Text);
    }

    public static TheoryData<string, string> Fixtures_() => new()
    {
        { "text", "A_80_L.6.txt" }, { "text", "A_C.1_80_L.5.txt" }, { "text", "A_C.3_80_L.24.txt" }, { "text", "A_C.3_80_L.64.txt" },
        { "text", "A_C.3_80_L.65.txt" }, { "text", "A_C.6_80_L.10.txt" }, { "text", "A_RES_80_4.txt" }, { "text", "A_RES_50_72_A_zh.txt" },
        { "text", "cosp7-technical-assistance-rev-draft.zh.txt" }, { "akn", "S_2024_383-2408982E.xml" }, { "akn", "S_2024_383-2408982C.xml" },
        { "akn", "S_2024_255-2405905E.xml" },
    };

    [Theory]
    [MemberData(nameof(Fixtures_))]
    public void Import_ExportDocxOfAnImportedFixture_GivesTheSameJson(string folder, string file)
    {
        var first = Fixtures.Import(folder, file);

        var again = DraftImporter.Import(DocxExporter.Export(first));

        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(DraftJson.Serialize(first), DraftJson.Serialize(again.Draft!));
    }

    [Fact]
    public void Import_SameFileTwice_GivesTheSameIds()
    {
        var a = Fixtures.Import("text", "A_C.6_80_L.10.txt");
        var b = Fixtures.Import("text", "A_C.6_80_L.10.txt");

        Assert.Equal(a.AllNodes().Select(n => n.Id), b.AllNodes().Select(n => n.Id));
    }

    [Fact]
    public void Import_WordFileWhoseFootnotesStartAt2_KeepsTheirPrintedNumbers()
    {
        var text = "The General Assembly,\nHaving considered the report of the Secretary-General,2\n1. Decides to remain seized of the matter;\n2. Requests a report.\n__________________\n2 A/75/690.\n";
        var draft = DraftImporter.Import(System.Text.Encoding.UTF8.GetBytes(text)).Draft!;

        var result = DraftImporter.Import(Corpus.PlainDocxRendering.Render(draft));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Having considered the report of the Secretary-General,[^2]", result.Draft!.Paragraphs[0].Text);
        Assert.Equal([2], result.Draft.Footnotes.Select(f => f.Number));
    }
}
