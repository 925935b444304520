using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using static ResolutionDrafts.Domain.Tests.Negotiation.NegotiationFixtures;

namespace ResolutionDrafts.Domain.Tests.Negotiation;

/// <summary>
/// The negotiation text shows a table proposal in the table (ADR 0029): a changed cell bracketed with what each proposal
/// puts instead, rows deleted, moved or reshaped worded under their row — not as wording under the paragraph.
/// </summary>
public sealed class NegotiationTableTests
{
    private static Draft Scale()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Resolves that the scale of assessments shall be as follows:", id: "op1");
        draft.SetTable("op1", DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"], ["Algeria", "0.109"], ["Andorra", "0.005"]], headerRows: 1));
        return draft;
    }

    [Fact]
    public void ACellProposal_IsBracketedInItsCell_AndRowProposalsStandUnderTheirRow()
    {
        var text = Scale();
        var cuba = Propose(text, "CU-1", d => d.SetTableCell("op1", "r3", 1, "0.009"), "Cuba");
        var burundi = Propose(text, "BU-1", d => d.SetTableCell("op1", "r3", 1, "0.010"), "Burundi");
        var brazil = Propose(text, "BR-1", d => d.RemoveTableRow("op1", "r4"), "Brazil");

        var view = NegotiationText.Build(text, [cuba, burundi, brazil]);

        var op1 = view.Paragraphs.Single(p => p.Label == "OP1");
        Assert.Empty(op1.Proposals);
        var table = op1.Table!;
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(["r1", "r2", "r3", "r4", "r5"], table.Rows.Select(r => r.Id));
        Assert.Equal("[0.008 / 0.009 (Cuba) / 0.010 (Burundi)]", string.Concat(table.Rows[2].Cells[1].Segments.Select(s => s.Render())));
        Assert.Equal("Albania", string.Concat(table.Rows[2].Cells[0].Segments.Select(s => s.Render())));
        Assert.Equal("In the table in the operative paragraph, delete the row “Algeria”.", table.Rows[3].Proposals.Single().Wording);
        Assert.Equal("Brazil", table.Rows[3].Proposals.Single().Holders.Single().Names);
        Assert.False(table.Rows[1].IsContested);
        Assert.True(op1.IsContested);
        Assert.Empty(view.NotShown);
    }

    [Fact]
    public void ATableDeletedWhole_IsWordedOnItsParagraph()
    {
        var text = Scale();
        var cuba = Propose(text, "CU-1", d => d.SetTable("op1", null), "Cuba");

        var view = NegotiationText.Build(text, [cuba]);

        var op1 = view.Paragraphs.Single(p => p.Label == "OP1");
        Assert.Equal("In the operative paragraph, delete the table.", op1.Proposals.Single().Wording);
        Assert.NotNull(op1.Table);
    }
}
