using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>Tables read from text and Word (ADR 0029): held by the paragraph that introduces them, never glued into its words.</summary>
public sealed class TableImportTests
{
    private const string Head = """
        United Nations
        A/80/L.99
        General Assembly
        Distr.: Limited
        1 December 2025
        Original: English

        Eightieth session
        Agenda item 140
        Scale of assessments

        Cuba: draft resolution

        Scale of assessments for the apportionment of the expenses of the United Nations

        The General Assembly,

        Recalling its resolution 73/271 of 22 December 2018,

        1.	Decides that the scale of assessments for the contributions of Member States shall be as follows:

        """;

    private const string Tail = """

        2.	Decides to remain seized of the matter.
        """;

    private static ImportResult Import(string text) => DraftImporter.Import(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("Member State\tPercentage\nAfghanistan\t0.006\nAlbania\t0.008\nAlgeria\t0.109\n")]
    [InlineData("Member State              Percentage\nAfghanistan                     0.006\nAlbania                         0.008\nAlgeria                         0.109\n")]
    public void Text_RowsOfColumnsAfterAParagraphThatIntroducesThem_AreItsTable(string rows)
    {
        var result = Import(Head + rows + Tail);

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
        var op1 = draft.Paragraphs.Single(p => p.Id == "op1");
        Assert.EndsWith("shall be as follows:", op1.Text, StringComparison.Ordinal);
        Assert.Equal([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"], ["Algeria", "0.109"]],
            op1.Table!.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
        Assert.Equal("Decides to remain seized of the matter.", draft.Paragraphs.Single(p => p.Id == "op2").Text);
        Assert.DoesNotContain(result.Review!.UnreadLines, l => l.Contains("Albania", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_RowsWhoseColumnsAreNotClear_AreLeftOutAndListed_NotGluedIntoTheParagraph()
    {
        var result = Import(Head + "Member State    Percentage    Note\nAfghanistan    0.006\nAlbania    0.008\n" + Tail);

        Assert.True(result.IsSuccess, result.Error);
        var op1 = result.Draft!.Paragraphs.Single(p => p.Id == "op1");
        Assert.Null(op1.Table);
        Assert.DoesNotContain("Albania", op1.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.StartsWith("3 lines after “", StringComparison.Ordinal) && w.Contains("look like a table whose columns are not clear", StringComparison.Ordinal));
        Assert.Contains(result.Review!.UnreadLines, l => l.Contains("Albania", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_SubParagraphsTypedWithATab_AfterALeadIn_AreNotATable()
    {
        var result = Import(Head.Replace("shall be as follows:", "shall consider:", StringComparison.Ordinal)
            + "(a)\tThe capacity to pay of Member States;\n(b)\tThe debt burden of Member States;\n" + Tail);

        var op1 = result.Draft!.Paragraphs.Single(p => p.Id == "op1");
        Assert.Null(op1.Table);
        Assert.Equal(2, op1.SubParagraphs.Count);
    }

    [Fact]
    public void Word_ATableAfterAParagraph_IsItsTable_AndOurOwnDownloadReadsBackWithIt()
    {
        var draft = Draft.Create("en").Value!;
        draft.SetTitle("Scale of assessments for the apportionment of the expenses of the United Nations");
        draft.SetAuthorLine("The General Assembly,");
        draft.InsertParagraph(ParagraphKind.Preambular, "Recalling its resolution 73/271 of 22 December 2018,", id: "pp1");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides that the scale of assessments shall be as follows:", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "op2");
        draft.SetTable("op1", DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008[^1]"]], headerRows: 1));
        draft.AddFootnote(1, "Rounded.");

        var result = DraftImporter.Import(DocxExporter.Export(draft));

        Assert.True(result.IsSuccess, result.Error);
        var table = result.Draft!.Paragraphs.Single(p => p.Id == "op1").Table;
        Assert.NotNull(table);
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(["Albania", "0.008[^1]"], table.Rows[^1].Cells.Select(c => c.Text));
        Assert.Equal("Decides to remain seized of the matter.", result.Draft.Paragraphs.Single(p => p.Id == "op2").Text);
    }

    [Fact]
    public void ThePreview_CountsTablesAndTheirRows_WithTheOtherCounts()
    {
        var scale = DraftImporter.Import(Fixtures.Bytes("corpus/ga/76-en", "A_RES_76_238-2119693E.xml"));
        var none = DraftImporter.Import(Encoding.UTF8.GetBytes("The General Assembly,\n\n1. Decides to remain seized of the matter.\n"));

        Assert.True(scale.IsSuccess, scale.Error);
        Assert.Equal(1, scale.Review!.Tables);
        Assert.Equal(195, scale.Review.TableRows); // the header, 193 Member States and the total
        Assert.True(none.IsSuccess, none.Error);
        Assert.Equal(0, none.Review!.Tables);
        Assert.Equal(0, none.Review.TableRows);
    }
}
