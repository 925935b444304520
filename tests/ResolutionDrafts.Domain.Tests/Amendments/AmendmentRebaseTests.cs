using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>Instructions named again after the text as other amendments left it: by id, words untouched.</summary>
public sealed class AmendmentRebaseTests
{
    private static readonly Draft Original = English(
        "PP Recalling its previous resolutions,",
        "PP Noting the report,",
        "OP Welcomes the report of the Secretary-General;",
        "OP Requests the Secretary-General to report on the implementation of the present resolution.");

    [Fact]
    public void Onto_ATextWithAParagraphDeleted_RenumbersTheNames()
    {
        var amendment = RoundTrip(Original, Proposed(Original, d => Replace(d, "op2", "report on", "report in full on")));
        var later = Proposed(Original, d => Ok(d.Delete("op1")));

        var rebased = AmendmentRebase.Onto(later, amendment.Instructions);

        Assert.True(rebased.IsSuccess, rebased.Error);
        Assert.Equal("In the operative paragraph, after the word “report”, insert the words “in full”.", rebased.Value!.Text("en"));
        Assert.Equal("op2", rebased.Value.Instructions.Single().Target!.Id);
        Assert.True(AmendmentApplier.Apply(later, rebased.Value).IsSuccess);
    }

    [Fact]
    public void Onto_ATextWithoutTheParagraph_SaysSo()
    {
        var amendment = RoundTrip(Original, Proposed(Original, d => Ok(d.Delete("pp2"))));
        var later = Proposed(Original, d => Ok(d.Delete("pp2")));

        Assert.Equal("Instruction 1 (DeleteParagraph PP2): PP2 is no longer in the text", AmendmentRebase.Onto(later, amendment.Instructions).Error);
    }

    [Fact]
    public void Onto_AParagraphReplacedWhole_ReplacesWhateverItNowReads()
    {
        var amendment = RoundTrip(Original, Proposed(Original, d => Ok(d.SetText("op1", "Takes note of the annual report and its annexes;"))));
        var later = Proposed(Original, d => Replace(d, "op1", "Welcomes", "Welcomes with appreciation"));

        var rebased = AmendmentRebase.Onto(later, amendment.Instructions);

        Assert.Equal(AmendmentKind.ReplaceParagraph, rebased.Value!.Instructions.Single().Kind);
        Assert.Equal("Takes note of the annual report and its annexes;", AmendmentApplier.Apply(later, rebased.Value).Value!.FindNode("op1")!.Text);
    }

    [Fact]
    public void Onto_AHeadingAddedInTheMeantime_NoLongerFitsAnInsertedHeading()
    {
        var amendment = RoundTrip(Original, Proposed(Original, d => Ok(d.SetHeading("op1", "I. Report"))));
        var later = Proposed(Original, d => Ok(d.SetHeading("op1", "I. General")));

        Assert.Contains("a heading has been put there since", AmendmentRebase.Onto(later, amendment.Instructions).Error, StringComparison.Ordinal);
    }
}
