using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>Instructions written by hand, as a secretariat officer or another tool would: applied exactly, or refused with a reason.</summary>
public sealed class AmendmentApplierTests
{
    private static readonly Draft Original = English(
        "PP Recalling its previous resolutions,",
        "PP Noting the report,",
        "OP Welcomes the report of the Secretary-General;",
        "OP Requests the Secretary-General to report on the implementation of the present resolution.");

    private static ParagraphReference Op(int n) => new($"op{n}", ParagraphKind.Operative, n);

    [Fact]
    public void HandWrittenInstructions_AreAppliedAgainstTheOriginalNames()
    {
        AmendmentInstruction[] instructions =
        [
            new() { Kind = AmendmentKind.DeleteParagraph, Target = new ParagraphReference("pp2", ParagraphKind.Preambular, 2) },
            new() { Kind = AmendmentKind.ReplaceWords, Target = Op(1), OldText = "Welcomes", NewText = "Takes note of" },
            new() { Kind = AmendmentKind.InsertWords, Target = Op(2), Anchor = WordAnchor.AfterWords, AnchorText = "on the", Occurrence = null, OldText = "", NewText = " full" },
            new()
            {
                Kind = AmendmentKind.InsertParagraph,
                Placement = ParagraphPlacement.After(Op(1)),
                Content = [new ParagraphContent("op-new", ParagraphKind.Operative, "Invites donors to contribute;", null, [])],
            },
        ];

        var result = AmendmentApplier.Apply(Original, instructions);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(
            [
                "Recalling its previous resolutions,",
                "Takes note of the report of the Secretary-General;",
                "Invites donors to contribute;",
                "Requests the Secretary-General to report on the full implementation of the present resolution.",
            ],
            result.Value!.Paragraphs.Select(p => p.Text));
        Assert.Equal(4, Original.Paragraphs.Count);
    }

    [Fact]
    public void AParagraphNamedWrongly_IsRefused()
    {
        var wrong = new AmendmentInstruction { Kind = AmendmentKind.DeleteParagraph, Target = new ParagraphReference("op1", ParagraphKind.Operative, 2) };

        var result = AmendmentApplier.Apply(Original, [wrong]);

        Assert.False(result.IsSuccess);
        Assert.Equal("Instruction 1 (DeleteParagraph OP2): the paragraph with id 'op1' is OP1, not OP2", result.Error);
    }

    [Fact]
    public void WordsNotInTheParagraph_AreRefused()
    {
        var missing = new AmendmentInstruction { Kind = AmendmentKind.DeleteWords, Target = Op(1), OldText = "annual report" };

        var result = AmendmentApplier.Apply(Original, [missing]);

        Assert.Contains("“annual report” is not in the paragraph", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoInstructionsOnTheSameWords_AreRefused()
    {
        AmendmentInstruction[] overlapping =
        [
            new() { Kind = AmendmentKind.DeleteWords, Target = Op(1), OldText = "the report" },
            new() { Kind = AmendmentKind.ReplaceWords, Target = Op(1), OldText = "report of", NewText = "note by" },
        ];

        var result = AmendmentApplier.Apply(Original, overlapping);

        Assert.Contains("changes words another instruction changes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplacingAParagraphThatReadsOtherwise_IsRefused()
    {
        var stale = new AmendmentInstruction { Kind = AmendmentKind.ReplaceParagraph, Target = Op(1), OldText = "Welcomes the report;", NewText = "Notes the report;" };

        Assert.Contains("does not read as the amendment quotes it", AmendmentApplier.Apply(Original, [stale]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PlacingNextToAParagraphOfAnotherList_IsRefused()
    {
        var draft = Original.Clone();
        Ok(draft.AddSubParagraph("op2", "on progress;", id: "op2a"));
        var move = new AmendmentInstruction
        {
            Kind = AmendmentKind.MoveParagraph,
            Target = new ParagraphReference("op2a", ParagraphKind.Operative, 2, "(a)"),
            Placement = ParagraphPlacement.After(Op(1)),
        };

        Assert.Contains("is not among the paragraphs it is placed with", AmendmentApplier.Apply(draft, [move]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AppliedAmendment_CanBeComputedAgainAndGivesTheSameWording()
    {
        var proposed = Proposed(Original, d =>
        {
            Replace(d, "op2", "report on", "report annually on");
            Ok(d.Delete("pp2"));
        });
        var amendment = RoundTrip(Original, proposed);

        var again = AmendmentBuilder.Compute(Original, AmendmentApplier.Apply(Original, amendment).Value!);

        Assert.Equal(amendment.Wording("en"), again.Wording("en"));
        Assert.Equal(amendment.Wording("zh"), again.Wording("zh"));
    }
}
