using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Comparison.TestDrafts;

namespace ResolutionDrafts.Domain.Tests.Comparison;

public sealed class DraftComparerTests
{
    [Fact]
    public void Compare_SameDraft_ReportsNoChanges()
    {
        var draft = English(3, 3);

        var comparison = DraftComparer.Compare(draft, draft.Clone());

        Assert.False(comparison.HasChanges);
        Assert.All(comparison.Paragraphs, p => Assert.Equal(ParagraphChange.Unchanged, p.Change));
        Assert.Equal("No changes", comparison.Summary.English);
        Assert.Equal("无变更", comparison.Summary.Chinese);
    }

    [Fact]
    public void Compare_ParagraphInsertedAtTheTop_RenumbersTheRestButMovesNothing()
    {
        var old = English(4, 4);
        var revised = old.Clone();
        Ok(revised.InsertParagraph(ParagraphKind.Preambular, "Guided by the Charter of the United Nations,", index: 0, id: "new"));

        var comparison = DraftComparer.Compare(old, revised);

        Assert.Equal(ParagraphChange.Inserted, comparison.Paragraphs[0].Change);
        Assert.Equal((null, "PP1"), (comparison.Paragraphs[0].OldLabel, comparison.Paragraphs[0].NewLabel));
        Assert.All(comparison.Paragraphs.Skip(1), p => Assert.Equal(ParagraphChange.Unchanged, p.Change));
        Assert.Equal(("PP1", "PP2"), (comparison.Paragraphs[1].OldLabel, comparison.Paragraphs[1].NewLabel));
        Assert.Equal("1 paragraph added", comparison.Summary.English);
    }

    [Fact]
    public void Compare_OneParagraphMovedDown_OnlyItIsMoved()
    {
        var old = English(0, 6);
        var revised = old.Clone();
        Ok(revised.Move("op1", 4));

        var comparison = DraftComparer.Compare(old, revised);

        var moved = Assert.Single(comparison.Paragraphs, p => p.Change != ParagraphChange.Unchanged);
        Assert.Equal(("op1", ParagraphChange.Moved, "OP1", "OP5", false), (moved.Id, moved.Change, moved.OldLabel, moved.NewLabel, moved.IsModified));
        Assert.Equal("OP1 moved to OP5", comparison.Summary.English);
    }

    [Fact]
    public void Compare_ParagraphMovedAndEdited_IsMovedAndModified()
    {
        var old = English(0, 4);
        var revised = old.Clone();
        Ok(revised.SetText("op4", "Decides to remain seized of the matter."));
        Ok(revised.Move("op4", 0));

        var op4 = DraftComparer.Compare(old, revised).Paragraphs[0];

        Assert.Equal(("op4", ParagraphChange.Moved, true, true), (op4.Id, op4.Change, op4.IsModified, op4.IsTextChanged));
        Assert.Equal(("OP4", "OP1"), (op4.OldLabel, op4.NewLabel));
    }

    [Fact]
    public void Compare_DeletedParagraph_ComesRightAfterItsOldPredecessor()
    {
        var old = English(3, 2);
        var revised = old.Clone();
        Ok(revised.Delete("pp2"));
        Ok(revised.InsertParagraph(ParagraphKind.Preambular, "Noting with appreciation the report,", index: 1, id: "ins"));

        var comparison = DraftComparer.Compare(old, revised);

        Assert.Equal(["pp1", "pp2", "ins", "pp3", "op1", "op2"], comparison.Paragraphs.Select(p => p.Id));
        var deleted = comparison.Paragraphs[1];
        Assert.Equal((ParagraphChange.Deleted, "PP2", null), (deleted.Change, deleted.OldLabel, deleted.NewLabel));
        Assert.Equal([new TextSegment(DiffOperation.Delete, "Recalling its resolution 2/1 of 2 December 2015,")], deleted.Segments);
        Assert.Equal("1 paragraph added, 1 deleted", comparison.Summary.English);
    }

    [Fact]
    public void Compare_KindAndHeadingChanged_IsModifiedWithoutTextChange()
    {
        var old = English(2, 2);
        var revised = old.Clone();
        Ok(revised.SetParagraphKind("pp2", ParagraphKind.Operative));
        Ok(revised.SetHeading("op1", "I. Follow-up"));

        var comparison = DraftComparer.Compare(old, revised);

        var pp2 = comparison.Paragraphs.Single(p => p.Id == "pp2");
        Assert.Equal((ParagraphChange.Modified, true, false), (pp2.Change, pp2.IsKindChanged, pp2.IsTextChanged));
        Assert.Equal(("PP2", "OP1"), (pp2.OldLabel, pp2.NewLabel));
        var op1 = comparison.Paragraphs.Single(p => p.Id == "op1");
        Assert.Equal((ParagraphChange.Modified, true, null, "I. Follow-up"), (op1.Change, op1.IsHeadingChanged, op1.OldHeading, op1.NewHeading));
    }

    [Fact]
    public void Compare_SubParagraphs_AreComparedByIdWithTheirLabels()
    {
        var old = English(0, 2);
        Ok(old.AddSubParagraph("op1", "to strengthen cooperation;", id: "a"));
        Ok(old.AddSubParagraph("op1", "to share information;", id: "b"));
        Ok(old.AddSubParagraph("op1", "to report annually;", id: "c"));
        Ok(old.AddSubParagraph("c", "on progress made;", id: "c-i"));
        var revised = old.Clone();
        Ok(revised.Delete("b"));
        Ok(revised.SetText("c-i", "on progress made and obstacles met;"));
        Ok(revised.AddSubParagraph("op1", "to publish the results.", id: "d"));

        var op1 = DraftComparer.Compare(old, revised).Paragraphs.Single(p => p.Id == "op1");

        Assert.Equal((ParagraphChange.Modified, false), (op1.Change, op1.IsTextChanged));
        Assert.Equal(
            [
                ("a", ParagraphChange.Unchanged, "OP1 (a)", "OP1 (a)"),
                ("b", ParagraphChange.Deleted, "OP1 (b)", null),
                ("c", ParagraphChange.Modified, "OP1 (c)", "OP1 (b)"),
                ("d", ParagraphChange.Inserted, null, "OP1 (c)"),
            ],
            op1.SubParagraphs.Select(s => (s.Id, s.Change, s.OldLabel, s.NewLabel)));
        var ci = Assert.Single(op1.SubParagraphs[2].SubParagraphs);
        Assert.Equal((ParagraphChange.Modified, 2, "OP1 (c) (i)", "OP1 (b) (i)"), (ci.Change, ci.Depth, ci.OldLabel, ci.NewLabel));
        Assert.Equal([new TextSegment(DiffOperation.Insert, " and obstacles met")], ci.Segments.Where(s => s.Operation != DiffOperation.Equal));
    }

    [Fact]
    public void Compare_Sponsors_AddedRemovedAndNowAdditional()
    {
        var old = English(1, 1);
        Ok(old.AddSponsor(new Sponsor("France")));
        Ok(old.AddSponsor(new Sponsor("Peru")));
        var revised = old.Clone();
        Ok(revised.RemoveSponsor("France"));
        Ok(revised.RemoveSponsor("Peru"));
        Ok(revised.AddSponsor(new Sponsor("Peru", Additional: true, Joined: new DateOnly(2025, 11, 3))));
        Ok(revised.AddSponsor(new Sponsor("Chile")));

        var comparison = DraftComparer.Compare(old, revised);

        Assert.Equal(["Chile"], comparison.Sponsors.Added.Select(s => s.Name));
        Assert.Equal(["France"], comparison.Sponsors.Removed.Select(s => s.Name));
        var peru = Assert.Single(comparison.Sponsors.Changed);
        Assert.Equal(("Peru", true, true, false), (peru.Name, peru.IsAdditionalChanged, peru.IsJoinedChanged, peru.IsOnBehalfOfChanged));
        Assert.Equal("sponsors: +Chile -France Peru now additional", comparison.Summary.English);
        Assert.Equal("提案国：+Chile -France Peru改为补充提案国", comparison.Summary.Chinese);
    }

    [Fact]
    public void Compare_Metadata_ReportsEachChangedFieldInReadingOrder()
    {
        var old = English(1, 1);
        Ok(old.SetMetadata(new DraftMetadata { Symbol = "A/C.3/80/L.20", Session = "Eightieth session", AgendaItem = new AgendaItem("66", "Rights of children") }));
        Ok(old.SetTitle("Rights of the child"));
        var revised = old.Clone();
        Ok(revised.SetKind(DocumentKind.RevisedDraftResolution, 1));
        Ok(revised.SetMetadata(old.Metadata with { Symbol = "A/C.3/80/L.20/Rev.1", AgendaItem = new AgendaItem("66 (a)", "Rights of children") }));
        Ok(revised.SetTitle("Rights of the girl child"));

        var comparison = DraftComparer.Compare(old, revised);

        Assert.Equal(
            [
                ("kind", "draftResolution", "revisedDraftResolution"),
                ("revision", null, "1"),
                ("symbol", "A/C.3/80/L.20", "A/C.3/80/L.20/Rev.1"),
                ("agendaItem.number", "66", "66 (a)"),
                ("title", "Rights of the child", "Rights of the girl child"),
            ],
            comparison.Metadata.Select(f => (f.Field, f.OldValue, f.NewValue)));
        var title = comparison.Metadata.Single(f => f.Field == "title");
        Assert.Equal([new TextSegment(DiffOperation.Insert, "girl ")], title.Segments.Where(s => s.Operation != DiffOperation.Equal));
        Assert.Equal("document kind, revision, symbol, agenda item, title changed", comparison.Summary.English);
    }

    [Fact]
    public void Compare_Footnotes_ByNumber()
    {
        var old = English(1, 1);
        Ok(old.AddFootnote(1, "Resolution 70/1."));
        Ok(old.AddFootnote(2, "A/80/123."));
        Ok(old.AddFootnote(3, "Official Records."));
        var revised = English(1, 1);
        Ok(revised.AddFootnote(1, "Resolution 70/1."));
        Ok(revised.AddFootnote(2, "A/80/124."));
        Ok(revised.AddFootnote(4, "United Nations, Treaty Series."));

        var comparison = DraftComparer.Compare(old, revised);

        Assert.Equal(
            [(1, FootnoteChange.Unchanged), (2, FootnoteChange.Modified), (3, FootnoteChange.Removed), (4, FootnoteChange.Added)],
            comparison.Footnotes.Select(f => (f.Number, f.Change)));
        Assert.Equal([new TextSegment(DiffOperation.Delete, "80/123"), new TextSegment(DiffOperation.Insert, "80/124")],
            comparison.Footnotes[1].Segments.Where(s => s.Operation != DiffOperation.Equal));
        Assert.Equal(3, comparison.Summary.FootnotesChanged);
        Assert.Equal("1 footnote changed, 1 footnote added, 1 footnote removed", comparison.Summary.English);
    }

    [Fact]
    public void Compare_TheIssueExample_ReadsAsOneSentence()
    {
        var old = English(0, 10);
        var revised = old.Clone();
        foreach (var id in new[] { "op2", "op3", "op4" })
        {
            Ok(revised.SetText(id, "Encourages Member States to consider the recommendations;"));
        }

        Ok(revised.Move("op7", 8));
        Ok(revised.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "op11"));
        Ok(revised.AddSponsor(new Sponsor("Chile")));

        var summary = DraftComparer.Compare(old, revised).Summary;

        Assert.Equal("3 paragraphs changed, 1 added, OP7 moved to OP9, sponsors: +Chile", summary.English);
        Assert.Equal("修改 3 段，新增 1 段，OP7 移至 OP9，提案国：+Chile", summary.Chinese);
    }
}
