using ResolutionDrafts.Documents.Export;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;
using static ResolutionDrafts.Documents.Tests.Export.NegotiationSamples;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>The compilation of every proposal to a text: a table in text order, paragraph | proposal | delegations | status.</summary>
public sealed class CompilationDocxExporterTests
{
    [Fact]
    public void Rows_AreInTextOrder_EachItemUnderItsParagraph_SubAmendmentAfterItsParent()
    {
        var text = RightsOfTheChild();

        var rows = CompilationRows.Build(text, Proposals(text), "en");

        Assert.Equal(
            [
                ("PP2", "CL-1"), ("OP3", "JP-1"), ("OP5", "US-1"), ("OP13", "L.64"), ("OP13", "EG-1"),
                ("OP20", "NO-1"), ("OP27", "L.64"), ("OP27", "EU-1"), ("OP27", "PE-1"), ("OP46", "L.64"),
            ],
            rows.Select(r => (r.Paragraph, r.ProposalId)));
        var l64 = rows.Where(r => r.ProposalId == "L.64").ToList();
        Assert.Equal("In operative paragraphs 27 and 43, delete “sexual and reproductive”.", l64[1].Wording);
        Assert.All(l64, r => Assert.Equal("Not adopted (54 in favour, 82 against, 21 abstentions)", r.Status));
        Assert.Equal("Denmark (on behalf of the European Union) and Austria", rows.Single(r => r.ProposalId == "EU-1").Delegations);
        Assert.Equal("EU-1", rows.Single(r => r.ProposalId == "PE-1").SubAmendmentOf);
        Assert.Equal("Fell (not put to the vote)", rows.Single(r => r.ProposalId == "EG-1").Status);
        Assert.Equal(["Withdrawn", "Accepted", "Proposed"], new[] { "US-1", "CL-1", "NO-1" }.Select(id => rows.Single(r => r.ProposalId == id).Status));
        Assert.Equal(3, rows.Single(r => r.ProposalId == "JP-1").Lines.Count);
    }

    [Fact]
    public void Rows_InChinese_NameParagraphsStatesAndStatusesInChinese()
    {
        var text = RightsOfTheChild();

        var rows = CompilationRows.Build(text, Proposals(text), "zh", p => p.Id == "L.64" ? "A/C.3/80/L.64" : p.Id);

        var l64 = rows.First(r => r.ProposalId == "L.64");
        Assert.Equal("执行部分第13段", l64.Paragraph);
        Assert.Equal("布隆迪", l64.Delegations);
        Assert.Equal("A/C.3/80/L.64", l64.Reference);
        Assert.Equal("未获通过（54票赞成、82票反对、21票弃权）", l64.Status);
        Assert.Equal("序言部分第二段", rows[0].Paragraph);
        Assert.Equal("美利坚合众国", rows.Single(r => r.ProposalId == "US-1").Delegations);
    }

    [Fact]
    public void Docx_IsALandscapeTableWithAHeaderRowOnEveryPage_AndOneRowPerItemNamingItsParagraph()
    {
        var text = RightsOfTheChild();
        var rows = CompilationRows.Build(text, Proposals(text), "en");

        var file = new DocxFile(CompilationDocxExporter.Export(text, Proposals(text), new CompilationDocxOptions { AsOf = "14 November 2025" }));

        Assert.Empty(file.ValidationErrors);
        var pageSize = file.Body.Element(W + "sectPr")!.Element(W + "pgSz")!;
        Assert.Equal("landscape", pageSize.Attribute(W + "orient")?.Value);
        Assert.True(int.Parse(pageSize.Attribute(W + "w")!.Value, System.Globalization.CultureInfo.InvariantCulture) > int.Parse(pageSize.Attribute(W + "h")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            ["Compilation of proposed amendments", "Revised draft resolution A/C.3/80/L.20/Rev.1", "Rights of the child", "Status as at 14 November 2025"],
            file.BodyParagraphs.Take(4).Select(VisibleText));

        var table = file.Body.Element(W + "tbl")!;
        var tableRows = table.Elements(W + "tr").ToList();
        Assert.Equal(rows.Count + 1, tableRows.Count);
        Assert.NotNull(tableRows[0].Element(W + "trPr")!.Element(W + "tblHeader"));
        Assert.Equal(["Paragraph", "Proposal", "Delegations", "Status"], tableRows[0].Elements(W + "tc").Select(c => VisibleText(c)));
        var cells = tableRows[4].Elements(W + "tc").ToList();
        Assert.Equal("OP13", VisibleText(cells[0]));
        Assert.Equal("L.64In operative paragraph 13, delete “sexual and reproductive health,”.", VisibleText(cells[1]));
        Assert.Equal(["Burundi", "Not adopted (54 in favour, 82 against, 21 abstentions)"], cells.Skip(2).Select(c => VisibleText(c)));

        Assert.Equal(rows.Select(r => r.Paragraph), tableRows.Skip(1).Select(r => VisibleText(r.Elements(W + "tc").First())));
    }

    [Fact]
    public void Docx_InChinese_HasChineseHeaders()
    {
        var text = ChineseRevised();
        var proposals = new[] { Propose(text, "BI-1", d => Replace(d, "op1", "提供技术援助", "提供技术和财政援助"), "Burundi") };

        var file = new DocxFile(CompilationDocxExporter.Export(text, proposals));

        Assert.Empty(file.ValidationErrors);
        var tableRows = file.Body.Element(W + "tbl")!.Elements(W + "tr").ToList();
        Assert.Equal(["段落", "提案", "代表团", "状况"], tableRows[0].Elements(W + "tc").Select(c => VisibleText(c)));
        Assert.Equal(["执行部分第1段", "布隆迪", "已提出"], tableRows[1].Elements(W + "tc").Where((_, k) => k != 1).Select(c => VisibleText(c)));
        Assert.Equal(["拟议修正汇编", "决议修订草案CAC/COSP/2017/L.3/Rev.1"], file.BodyParagraphs.Take(2).Select(VisibleText));
    }
}
