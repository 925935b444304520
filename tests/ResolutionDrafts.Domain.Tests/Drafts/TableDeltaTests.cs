using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// The delta between two texts carries their tables (ADR 0029): accepting a proposal, or restoring a revision, goes
/// through <see cref="DraftDelta.Between"/>, which left every table as it was — an accepted cell change was lost.
/// A changed cell is one <see cref="SetTableCell"/>, rows are removed and added by id, other changes set the table whole.
/// </summary>
public sealed class TableDeltaTests
{
    private static Draft Scale()
    {
        var draft = Draft.Create("en").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "Resolves that the scale shall be as follows:", id: "op1");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "op2");
        draft.SetTable("op1", DraftTable.Of([["Member State", "Percentage"], ["Afghanistan", "0.006"], ["Albania", "0.008"], ["Algeria", "0.109"]], headerRows: 1));
        return draft;
    }

    private static List<DraftOperation> Delta(Draft from, Draft to)
    {
        var delta = DraftDelta.Between(from, to);
        Assert.True(delta.IsSuccess, delta.Error);
        Assert.True(delta.Value!.Apply(from).IsSuccess);
        Assert.Equal(DraftCanonicalForm.Of(to), DraftCanonicalForm.Of(from));
        return delta.Value is OperationBatch batch ? [.. batch.Operations] : [delta.Value];
    }

    [Fact]
    public void ACellChangedAndRowsAddedAndRemoved_AreCellAndRowOperations()
    {
        var from = Scale();
        var to = from.Clone();
        to.SetTableCell("op1", "r3", 1, "0.009");
        to.RemoveTableRow("op1", "r2");
        to.AddTableRow("op1", 2, new TableRow("n1", [new TableCell("Atlantis"), new TableCell("0.001")]));

        var operations = Delta(from, to);

        Assert.Contains(operations, o => o is SetTableCell { RowId: "r3", Column: 1, Text: "0.009" });
        Assert.Contains(operations, o => o is RemoveTableRow { RowId: "r2" });
        Assert.Contains(operations, o => o is AddTableRow { Row.Id: "n1" });
        Assert.DoesNotContain(operations, o => o is SetTable);
    }

    [Fact]
    public void ATableAddedRemovedOrReordered_IsSetWhole()
    {
        var from = Scale();
        var to = from.Clone();
        to.SetTable("op1", null);
        to.SetTable("op2", DraftTable.Of([["Fund", "1"]]));
        Assert.Equal(2, Delta(from, to).Count(o => o is SetTable));

        var reordered = Scale();
        var target = reordered.Clone();
        var rows = target.Paragraphs[0].Table!.Rows;
        target.SetTable("op1", new DraftTable([rows[0], rows[3], rows[1], rows[2]], 1));
        Assert.Contains(Delta(reordered, target), o => o is SetTable);
    }
}
