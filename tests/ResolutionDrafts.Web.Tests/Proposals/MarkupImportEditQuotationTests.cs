using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Proposals;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>
/// A Word file's proposal becomes an edit of the live text (MarkupImportEdit): its changes to a quotation's lines (ADR 0028)
/// are made too. Before, the copy was made like the result paragraph by paragraph only, and they were proposed as nothing.
/// </summary>
public sealed class MarkupImportEditQuotationTests
{
    [Fact]
    public void LinesAddedRemovedMovedAndReworded_AreMadeInTheLiveCopy()
    {
        var live = Draft.Create("en").Value!;
        live.InsertParagraph(ParagraphKind.Operative, "Decides that rule 5 shall read as follows:", id: "op1");
        live.AddQuotedLine("op1", "“Rule 5", id: "op1-q1");
        live.AddQuotedLine("op1", "1. The President shall open the session.", id: "op1-q2");
        live.AddQuotedLine("op1", "2. The Vice-President shall act.”", id: "op1-q3");
        live.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "op2");
        var proposed = live.Clone();
        proposed.RemoveQuotedLine("op1-q1");
        proposed.MoveQuotedLine("op1-q3", 0);
        proposed.SetText("op1-q2", "1. The Chair shall open the session.");
        proposed.AddQuotedLine("op1", "3. The session shall close.”", id: "op1-new");
        proposed.AddQuotedLine("op2", "“Article 9”", id: "op2-q1");
        var instructions = AmendmentBuilder.Compute(live, proposed).Instructions;

        var copy = live.Clone();
        var result = MarkupImportEdit.Applying(instructions)(copy);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(DraftCanonicalForm.Of(proposed), DraftCanonicalForm.Of(copy));
    }
}
