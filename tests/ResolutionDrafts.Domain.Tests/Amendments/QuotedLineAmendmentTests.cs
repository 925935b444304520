using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Domain.Tests.Drafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Lines added to, removed from or moved within a quotation, and a quotation started or removed, are worded the UN way
/// (ADR 0028) in English and Chinese, and the amendment applied gives the proposed text: none is left out.
/// </summary>
public sealed class QuotedLineAmendmentTests
{
    private static (Draft Original, Draft Proposed) Pair(string language = "en")
    {
        var original = QuotationTests.Quoting();
        original.SetLanguage(language);
        return (original, original.Clone());
    }

    private static Amendment Checked(Draft original, Draft proposed)
    {
        var amendment = AmendmentBuilder.Compute(original, proposed);
        Assert.NotEmpty(amendment.Instructions);
        var applied = AmendmentApplier.Apply(original, amendment);
        Assert.True(applied.IsSuccess, applied.Error);
        Assert.Equal(DraftCanonicalForm.Of(proposed), DraftCanonicalForm.Of(applied.Value!));
        return amendment;
    }

    [Fact]
    public void ALineAdded_IsInsertedAfterTheLineBeforeIt()
    {
        var (original, proposed) = Pair();
        Assert.True(proposed.AddQuotedLine("op1", "1 bis. The President shall close the session.", 2, "new-q").IsSuccess);

        var amendment = Checked(original, proposed);

        Assert.Equal(
            "In the quoted text of operative paragraph 1, after the line “1. The President shall open the session.”, insert a new line reading “1 bis. The President shall close the session.”.",
            Assert.Single(amendment.Wording("en")));
        Assert.Equal(
            "在执行部分第1段所引案文中，在“1. The President shall open the session.”一行之后插入一个新行，内容如下：“1 bis. The President shall close the session.”。",
            Assert.Single(amendment.Wording("zh")));
        Assert.True(amendment.CharactersChanged > 0);
    }

    [Theory]
    [InlineData("en", "In the operative paragraph, after line 4 of the quoted text, insert a new line reading “(c) The Rapporteur.”.")]
    [InlineData("zh", "在执行部分所引案文第4行之后插入一个新行，内容如下：“(c) The Rapporteur.”。")]
    public void ALineAddedAfterALineThatReadsLikeAnother_NamesItByNumber(string language, string expected)
    {
        var original = Draft.Create(language).Value!;
        original.InsertParagraph(ParagraphKind.Operative, "Decides to amend rule 5 to read as follows:", id: "op1");
        original.AddQuotedLine("op1", "“Rule 5", id: "op1-q1");
        original.AddQuotedLine("op1", "(a) [Deleted]", id: "op1-q2");
        original.AddQuotedLine("op1", "(b) The Chair.", id: "op1-q3");
        original.AddQuotedLine("op1", "(a) [Deleted]", id: "op1-q4");
        original.AddQuotedLine("op1", "(d) The Secretary.”", id: "op1-q5");
        var proposed = original.Clone();
        proposed.AddQuotedLine("op1", "(c) The Rapporteur.", 4, "new-q");

        var amendment = Checked(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        var placed = Assert.Single(amendment.Instructions).Placement!.Reference!;
        Assert.Equal(("op1-q4", 4), (placed.Id, placed.QuotedLine!.Value));
    }

    [Fact]
    public void ALineAddedAfterALineOfItsOwnWords_StillQuotesTheLine()
    {
        var (original, proposed) = Pair();
        proposed.AddQuotedLine("op1", "3. The Rapporteur shall keep the records.’", 3, "new-q");

        var amendment = Checked(original, proposed);

        Assert.Contains("after the line “2. The Vice-President shall act for the President.’”", Assert.Single(amendment.Wording("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void ALineAddedFirst_IsInsertedBeforeTheFirstLine_AndTwoLinesAreOneInsertion()
    {
        var (original, proposed) = Pair();
        proposed.AddQuotedLine("op1", "“Chapter I", 0, "new-1");
        proposed.AddQuotedLine("op1", "Sessions", 1, "new-2");

        var amendment = Checked(original, proposed);

        Assert.Equal(
            "In the quoted text of operative paragraph 1, before the line “‘Rule 5”, insert two new lines reading “‘Chapter I” and “Sessions”.",
            Assert.Single(amendment.Wording("en")));
    }

    [Fact]
    public void ALineRemoved_IsDeletedByItsWords()
    {
        var (original, proposed) = Pair();
        proposed.RemoveQuotedLine("op1-q2");

        var amendment = Checked(original, proposed);

        Assert.Equal("In the quoted text of operative paragraph 1, delete the line “1. The President shall open the session.”.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("在执行部分第1段所引案文中，删除“1. The President shall open the session.”一行。", Assert.Single(amendment.Wording("zh")));
    }

    /// <summary>A rule whose lines 2 and 4 read the same ("(a) [Deleted]"), as amended rules often have.</summary>
    private static Draft Repeating(string language)
    {
        var original = Draft.Create(language).Value!;
        original.InsertParagraph(ParagraphKind.Operative, "Decides to amend rule 5 to read as follows:", id: "op1");
        original.AddQuotedLine("op1", "“Rule 5", id: "op1-q1");
        original.AddQuotedLine("op1", "(a) [Deleted]", id: "op1-q2");
        original.AddQuotedLine("op1", "(b) The Chair.", id: "op1-q3");
        original.AddQuotedLine("op1", "(a) [Deleted]", id: "op1-q4");
        original.AddQuotedLine("op1", "(d) The Secretary.”", id: "op1-q5");
        return original;
    }

    [Theory]
    [InlineData("en", "In the quoted text of the operative paragraph, delete line 4.")]
    [InlineData("zh", "在执行部分所引案文中，删除第4行。")]
    public void ALineDeleted_ThatReadsLikeAnother_IsNamedByNumber(string language, string expected)
    {
        var original = Repeating(language);
        var proposed = original.Clone();
        proposed.RemoveQuotedLine("op1-q4");

        var amendment = Checked(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
        var line = Assert.Single(amendment.Instructions).Target!;
        Assert.Equal(("op1-q4", 4, true), (line.Id, line.QuotedLine!.Value, line.NamesLine));
    }

    [Theory]
    [InlineData("en", "In the quoted text of the operative paragraph, delete the line “‘Rule 5”, line 2 and line 4.")]
    [InlineData("zh", "在执行部分所引案文中，删除“‘Rule 5”一行、第2行和第4行。")]
    public void SeveralLinesDeletedInOneItem_NameByNumberOnlyThoseThatReadLikeAnother(string language, string expected)
    {
        var original = Repeating(language);
        var proposed = original.Clone();
        foreach (var id in new[] { "op1-q1", "op1-q2", "op1-q4" })
        {
            proposed.RemoveQuotedLine(id);
        }

        var amendment = Checked(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
    }

    [Fact]
    public void BothLinesThatReadAlike_Deleted_AreNamedByTheirNumbers()
    {
        var original = Repeating("en");
        var proposed = original.Clone();
        proposed.RemoveQuotedLine("op1-q2");
        proposed.RemoveQuotedLine("op1-q4");

        var amendment = Checked(original, proposed);

        Assert.Equal("In the quoted text of the operative paragraph, delete lines 2 and 4.", Assert.Single(amendment.Wording("en")));
    }

    [Fact]
    public void ALineMoved_IsOneMove_WordedAsAParagraphsMove_InEnglishAndChinese()
    {
        var (original, proposed) = Pair();
        proposed.MoveQuotedLine("op1-q2", 2);

        var amendment = Checked(original, proposed);

        var move = Assert.Single(amendment.Instructions);
        Assert.Equal((AmendmentKind.MoveQuotedLine, "op1-q2", "op1-q3"), (move.Kind, move.Target!.Id, move.Placement!.Reference!.Id));
        Assert.Equal(0, amendment.CharactersChanged);
        Assert.Equal(
            "In the quoted text of operative paragraph 1, move the line “1. The President shall open the session.” to follow the line “2. The Vice-President shall act for the President.’”.",
            Assert.Single(amendment.Wording("en")));
        Assert.Equal(
            "在执行部分第1段所引案文中，将“1. The President shall open the session.”一行移至“2. The Vice-President shall act for the President.’”一行之后。",
            Assert.Single(amendment.Wording("zh")));
    }

    [Fact]
    public void ALineMovedFirst_GoesToTheBeginning_AndALineAddedBesideItAndAWordChangedInIt_AreAppliedToo()
    {
        var (original, proposed) = Pair();
        proposed.MoveQuotedLine("op1-q3", 0);
        proposed.AddQuotedLine("op1", "1 bis. New.", 1, "new-q");
        proposed.SetText("op1-q3", "2. The Vice-President shall preside in the President’s absence.’");

        var amendment = Checked(original, proposed);

        var wording = amendment.Wording("en");
        Assert.Contains("In the quoted text of operative paragraph 1, move the line “2. The Vice-President shall act for the President.’” to the beginning of the quoted text.", wording);
        Assert.Contains("在执行部分第1段所引案文中，将“2. The Vice-President shall act for the President.’”一行移至所引案文开头。", amendment.Wording("zh"));
        Assert.DoesNotContain(wording, w => w.Contains("delete the line", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "In the quoted text of the operative paragraph, move line 2 to follow line 4.")]
    [InlineData("zh", "在执行部分所引案文中，将第2行移至第4行之后。")]
    public void ALineMoved_ThatReadsLikeAnother_IsNamedByNumber(string language, string expected)
    {
        var original = Draft.Create(language).Value!;
        original.InsertParagraph(ParagraphKind.Operative, "Decides to amend rule 5 to read as follows:", id: "op1");
        original.AddQuotedLine("op1", "“Rule 5", id: "op1-q1");
        original.AddQuotedLine("op1", "(a) [Deleted]", id: "op1-q2");
        original.AddQuotedLine("op1", "(b) The Chair.", id: "op1-q3");
        original.AddQuotedLine("op1", "(a) [Deleted]", id: "op1-q4");
        original.AddQuotedLine("op1", "(d) The Secretary.”", id: "op1-q5");
        var proposed = original.Clone();
        proposed.MoveQuotedLine("op1-q2", 3);

        var amendment = Checked(original, proposed);

        Assert.Equal(expected, Assert.Single(amendment.Wording(language)));
    }

    [Fact]
    public void AMoveWhoseLineNoLongerReadsSo_IsRefused()
    {
        var (original, proposed) = Pair();
        proposed.MoveQuotedLine("op1-q2", 2);
        var amendment = AmendmentBuilder.Compute(original, proposed);
        var changed = original.Clone();
        changed.SetText("op1-q2", "1. The Chair shall open the session.");

        var applied = AmendmentApplier.Apply(changed, amendment);

        Assert.False(applied.IsSuccess);
        Assert.Contains("does not read as the amendment quotes it", applied.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotationStarted_IsInsertedAtTheEndOfTheParagraph()
    {
        var (original, proposed) = Pair("zh");
        proposed.AddQuotedLine("op2", "“第1条", id: "op2-q1");
        proposed.AddQuotedLine("op2", "各国应合作。”", id: "op2-q2");

        var amendment = Checked(original, proposed);

        Assert.Equal("Insert at the end of operative paragraph 2 the following quoted text: “‘第1条” and “各国应合作。’”.", Assert.Single(amendment.Wording("en")));
        Assert.Equal("在执行部分第2段末尾插入以下引文：“‘第1条”和“各国应合作。’”。", Assert.Single(amendment.Wording("zh")));
    }

    [Fact]
    public void AQuotationRemoved_DeletesEachOfItsLinesInOneItem()
    {
        var (original, proposed) = Pair();
        foreach (var id in new[] { "op1-q1", "op1-q2", "op1-q3" })
        {
            proposed.RemoveQuotedLine(id);
        }

        var amendment = Checked(original, proposed);

        Assert.Equal(
            "In the quoted text of operative paragraph 1, delete the lines “‘Rule 5”, “1. The President shall open the session.” and “2. The Vice-President shall act for the President.’”.",
            Assert.Single(amendment.Wording("en")));
        Assert.StartsWith("在执行部分第1段所引案文中，删除“‘Rule 5”、", Assert.Single(amendment.Wording("zh")), StringComparison.Ordinal);
    }

    [Fact]
    public void ALineAddedAndAWordChangedInAnother_AreBothInTheAmendment()
    {
        var (original, proposed) = Pair();
        proposed.SetText("op2-a-q1", "“Article 2 (a) Every Member State …”");
        proposed.AddQuotedLine("op2-a", "(b) Every observer …”", id: "op2-a-q2");
        proposed.SetText("op2-a-q1", "“Article 2 (a) Every Member State …");

        var amendment = Checked(original, proposed);

        Assert.Equal(2, amendment.Items.Count);
        Assert.Contains(amendment.Wording("en"), w => w.StartsWith("In the quoted text of operative paragraph 2 (a), after the line “‘Article 2 (a) Every State …’”, insert a new line", StringComparison.Ordinal));
    }

    [Fact]
    public void ANewParagraph_CarriesItsQuotation()
    {
        var (original, proposed) = Pair();
        proposed.InsertParagraph(ParagraphKind.Operative, "Decides to add rule 6 to read as follows:", 1, id: "op-new");
        proposed.AddQuotedLine("op-new", "“Rule 6 The session shall close.”", id: "op-new-q1");

        var amendment = Checked(original, proposed);

        Assert.Equal(
            "After operative paragraph 1, insert a new paragraph reading: “Decides to add rule 6 to read as follows: ‘Rule 6 The session shall close.’”.",
            Assert.Single(amendment.Wording("en")));
    }

    [Fact]
    public void TheApplier_RefusesALineDeletionWhoseLineReadsOtherwise()
    {
        var (original, proposed) = Pair();
        proposed.RemoveQuotedLine("op1-q2");
        var amendment = AmendmentBuilder.Compute(original, proposed);
        original.SetText("op1-q2", "1. The Chair shall open the session.");

        var applied = AmendmentApplier.Apply(original, amendment);

        Assert.False(applied.IsSuccess);
        Assert.Contains("does not read as the amendment quotes it", applied.Error, StringComparison.Ordinal);
    }
}

/// <summary>
/// Random changes to quotations (lines added, removed, moved, reworded; quotations started and emptied; lines carried to
/// another paragraph): the amendment is never empty when the texts differ, and applied it gives the proposed text.
/// </summary>
public sealed class QuotedLinePropertyTests
{
    private static readonly string[] Words = ["President", "session", "shall", "open", "the", "Chair", "close", "member", "1.", "(a)", "rule"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomQuotationChanges_AreAllInTheAmendment_AndApplyToTheProposedText(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 60; run++)
        {
            var original = QuotationTests.Quoting();
            var proposed = original.Clone();
            var holders = new[] { "op1", "op2", "op2-a" };
            var changes = random.Next(1, 5);
            for (var c = 0; c < changes; c++)
            {
                var holder = holders[random.Next(holders.Length)];
                var lines = proposed.FindNode(holder)!.Quotation;
                var sentence = string.Join(" ", Enumerable.Range(0, random.Next(2, 7)).Select(_ => Words[random.Next(Words.Length)])) + ".";
                switch (random.Next(5))
                {
                    case 0:
                        proposed.AddQuotedLine(holder, sentence, random.Next(lines.Count + 1));
                        break;
                    case 1 when lines.Count > 0:
                        proposed.RemoveQuotedLine(lines[random.Next(lines.Count)].Id);
                        break;
                    case 2 when lines.Count > 1:
                        proposed.MoveQuotedLine(lines[random.Next(lines.Count)].Id, random.Next(lines.Count));
                        break;
                    case 3 when lines.Count > 0:
                        var line = lines[random.Next(lines.Count)];
                        proposed.SetText(line.Id, line.Text + " " + sentence);
                        break;
                    default:
                        proposed.AddQuotedLine(holder, sentence);
                        break;
                }
            }

            var same = DraftCanonicalForm.Of(original) == DraftCanonicalForm.Of(proposed);
            var amendment = AmendmentBuilder.Compute(original, proposed);
            Assert.Equal(same, amendment.IsEmpty);
            var applied = AmendmentApplier.Apply(original, amendment);
            Assert.True(applied.IsSuccess, $"seed {seed} run {run}: {applied.Error}\n{string.Join("\n", amendment.Wording("en"))}");
            Assert.Equal(DraftCanonicalForm.Of(proposed), DraftCanonicalForm.Of(applied.Value!));
            Assert.All(amendment.Wording("zh"), w => Assert.False(string.IsNullOrWhiteSpace(w)));
        }
    }
}
