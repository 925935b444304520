using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>Words that occur more than once in a paragraph: the wording must still name one place, and the applier find it.</summary>
public sealed class AmbiguityTests
{
    [Fact]
    public void DeleteWords_OccurringTwice_AreAnchoredByTheWordsBefore()
    {
        var original = English("OP Recognizes the role of women and the role of youth in peacebuilding;");
        var proposed = Proposed(original, d => Ok(d.SetText("op1", "Recognizes the role of women and youth in peacebuilding;")));

        var instruction = Assert.Single(RoundTrip(original, proposed).Instructions);

        Assert.Equal(WordAnchor.AfterWords, instruction.Anchor);
        Assert.Equal("In the operative paragraph, after the word “and”, delete “the role of”.", instruction.Wording("en"));
    }

    [Fact]
    public void InsertWords_AfterAWordThatRecurs_ExtendTheAnchorUntilItIsUnique()
    {
        var original = English("OP Stresses the rights of the child and the rights of persons with disabilities;");
        var proposed = Proposed(original, d => Ok(d.SetText("op1", "Stresses the rights of the child and the rights of all persons with disabilities;")));

        var instruction = Assert.Single(RoundTrip(original, proposed).Instructions);

        Assert.Equal(WordAnchor.BeforeWords, instruction.Anchor);
        Assert.Equal("In the operative paragraph, before the word “persons”, insert the word “all”.", instruction.Wording("en"));
    }

    [Fact]
    public void ReplaceWords_OccurringTwice_QuoteTheShortestUniqueAnchor()
    {
        var original = English("OP Urges States to protect children, and urges States to ensure that children are heard;");
        var proposed = Proposed(original, d => Ok(d.SetText("op1", "Urges States to protect children, and urges States to ensure that girls are heard;")));

        var instruction = Assert.Single(RoundTrip(original, proposed).Instructions);

        Assert.Equal("In the operative paragraph, after the word “that”, replace the word “children” with the word “girls”.", instruction.Wording("en"));
    }

    [Fact]
    public void DeleteWords_OccurringTwice_NoShortAnchor_SayWhichOccurrence()
    {
        var original = English("OP and and and and and and and and and and and and and and and and and and and and;");
        var proposed = Proposed(original, d => Ok(d.SetText("op1", "and and and and and and and and and and and and and and and and and and and;")));

        var amendment = RoundTrip(original, proposed);

        var instruction = Assert.Single(amendment.Instructions);
        Assert.NotNull(instruction.Occurrence);
        Assert.Contains("occurrence of", instruction.Wording("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Occurrence_IsWordedWithAnOrdinal()
    {
        var instruction = new AmendmentInstruction
        {
            Kind = AmendmentKind.DeleteWords,
            Target = new ParagraphReference("op3", ParagraphKind.Operative, 3),
            OldText = "and ",
            NewText = "",
            Occurrence = 2,
        };

        Assert.Equal("In operative paragraph 3, delete the second occurrence of “and”.", instruction.Wording("en"));
        Assert.Equal("在执行部分第3段中，删除第二处“and”。", instruction.Wording("zh"));
    }

    [Fact]
    public void QuotedWords_AreFoundAsWholeWords()
    {
        // "the" occurs inside "other" and "them": only the whole word counts, so it is unique.
        var original = English("OP Calls upon the other States to support them;");
        var proposed = Proposed(original, d => Ok(d.SetText("op1", "Calls upon other States to support them;")));

        Assert.Equal("In the operative paragraph, delete “the”.", Assert.Single(RoundTrip(original, proposed).Wording("en")));
    }

    [Fact]
    public void Applier_RefusesWordsThatOccurTwiceWithoutAnOccurrence()
    {
        var original = English("OP Notes the report and the annex;");
        var instruction = new AmendmentInstruction
        {
            Kind = AmendmentKind.DeleteWords,
            Target = new ParagraphReference("op1", ParagraphKind.Operative, 1),
            OldText = "the ",
            NewText = "",
        };

        var result = AmendmentApplier.Apply(original, [instruction]);

        Assert.False(result.IsSuccess);
        Assert.Contains("occurs 2 times", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_RepeatedPhrase_IsAnchoredFromAWordBoundary()
    {
        var original = Chinese("OP 请秘书长提供技术援助，并请会员国提供技术援助；");
        var proposed = Proposed(original, d => Ok(d.SetText("op1", "请秘书长提供技术援助，并请会员国提供技术和财政援助；")));

        var instruction = Assert.Single(RoundTrip(original, proposed).Instructions);

        // “提供技术” occurs twice; the anchor grows to the boundary after 并.
        Assert.Equal("在执行部分中，将“请会员国提供技术”之后的“援助”改为“和财政援助”。", instruction.Wording("zh"));
    }
}
