using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Negotiation.NegotiationFixtures;

namespace ResolutionDrafts.Domain.Tests.Negotiation;

/// <summary>The suggested voting order on a realistic set, and which amendments fall once another is adopted.</summary>
public sealed class VotingOrderTests
{
    private const string NewOp5 = "Urges States to provide age-appropriate information to children, with the guidance of their parents;";

    private sealed record Set(Draft Text, Proposal Small, Proposal Medium, Proposal Whole, Proposal Preamble, Proposal Sub)
    {
        public Proposal[] All => [Small, Medium, Whole, Preamble, Sub];
    }

    /// <summary>
    /// Three amendments to OP5 (deleting one word, adding four, replacing the paragraph), one to
    /// PP3, and a sub-amendment to the second; in the order they were submitted.
    /// </summary>
    private static Set Realistic()
    {
        var text = RightsOfTheChild();
        var small = Propose(text, "BI-1", d => DeleteWords(d, "op5", "comprehensive "), "Burundi");
        var medium = ProposeOnBehalf(text, "EU-1", d => Replace(d, "op5", "education on health", "education on sexual and reproductive health"), "the European Union", "Austria", "Belgium");
        var whole = Propose(text, "RU-1", d => Ok(d.SetText("op5", NewOp5)), "Russian Federation");
        var preamble = Propose(text, "CL-1", d => Replace(d, "pp3", "Deeply concerned", "Gravely concerned"), "Chile");
        var sub = SubAmend(text, medium, "PE-1", d => Replace(d, "op5", "reproductive health", "reproductive health and rights"), "Peru");
        return new Set(text, small, medium, whole, preamble, sub);
    }

    [Fact]
    public void Suggest_GroupsByParagraphInTextOrder_FurthestRemovedFirst_SubAmendmentBeforeItsParent()
    {
        var set = Realistic();

        var order = VotingOrder.Suggest(set.Text, set.All);

        Assert.Equal(["CL-1", "RU-1", "PE-1", "EU-1", "BI-1"], order.Select(e => e.Proposal.Id));
        Assert.Equal(["PP3", "OP5", "OP5", "OP5", "OP5"], order.Select(e => e.ParagraphLabel));
        Assert.Equal([1, 2, 3, 4, 5], order.Select(e => e.Position));
        Assert.Equal("comprehensive ".Length, order[^1].CharactersChanged);
        Assert.True(order[1].CharactersChanged > order[3].CharactersChanged);
    }

    [Fact]
    public void Suggest_DoesNotDependOnTheOrderOfSubmission_ExceptForTies()
    {
        var set = Realistic();
        var expected = VotingOrder.Suggest(set.Text, set.All).Select(e => e.Proposal.Id).ToList();

        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            var shuffled = set.All.OrderBy(_ => random.Next()).ToList();

            Assert.Equal(expected, VotingOrder.Suggest(set.Text, shuffled).Select(e => e.Proposal.Id));
        }
    }

    [Fact]
    public void Suggest_LeavesOutDecidedProposals_AndTiesKeepTheOrderGiven()
    {
        var set = Realistic();
        Assert.True(set.Whole.Withdraw(new ProposalActor("Mr. Ivanov", "Russian Federation"), Monday).IsSuccess);
        var legal = Propose(set.Text, "BI-2", d => DeleteWords(d, "op5", "legal "), "Burundi");
        var their = Propose(set.Text, "NG-1", d => DeleteWords(d, "op5", "their "), "Nigeria");

        var order = VotingOrder.Suggest(set.Text, [.. set.All, legal, their]);
        var swapped = VotingOrder.Suggest(set.Text, [.. set.All, their, legal]);

        Assert.DoesNotContain(order, e => e.Proposal.Id == "RU-1");
        Assert.Equal(["CL-1", "PE-1", "EU-1", "BI-1", "BI-2", "NG-1"], order.Select(e => e.Proposal.Id));
        Assert.Equal(["CL-1", "PE-1", "EU-1", "BI-1", "NG-1", "BI-2"], swapped.Select(e => e.Proposal.Id));
    }

    [Fact]
    public void Suggest_ANewParagraphGoesWithTheParagraphItFollows_AnUnknownOneLast()
    {
        var text = RightsOfTheChild();
        var newAfterOp1 = Propose(text, "NZ-1", d => Ok(d.InsertParagraph(ParagraphKind.Operative, "Stresses the importance of birth registration;", index: 4, id: "nz")), "New Zealand");
        var op6 = Propose(text, "JP-1", d => Replace(d, "op6", "eighty-first", "eighty-second"), "Japan");
        var elsewhere = Proposal.Propose(
            "XX-1", Rev1, ["Fiji"],
            new Amendment([new AmendmentInstruction { Kind = AmendmentKind.DeleteParagraph, Target = new ParagraphReference("gone", ParagraphKind.Operative, 9) }]),
            Secretariat, Monday).Value!;

        var order = VotingOrder.Suggest(text, [elsewhere, op6, newAfterOp1]);

        Assert.Equal(["NZ-1", "JP-1", "XX-1"], order.Select(e => e.Proposal.Id));
        Assert.Equal(["OP1", "OP6", ""], order.Select(e => e.ParagraphLabel));
        Assert.Null(order[^1].ParagraphId);
    }

    [Fact]
    public void Falls_WhenTheAdoptedAmendmentRewritesTheParagraphTheOthersEdit()
    {
        var set = Realistic();

        var after = Adopt(set.Text, set.Whole);

        Assert.True(VotingOrder.Falls(after, set.Small));
        Assert.True(VotingOrder.Falls(after, set.Medium));
        Assert.True(VotingOrder.Falls(after, set.Sub, set.All));
        Assert.False(VotingOrder.Falls(after, set.Preamble));
        Assert.True(set.Whole.PutToVote(Secretariat, Monday).IsSuccess);
        Assert.True(set.Whole.RecordVote(new VoteResult(70, 60, 30), Secretariat, Monday).IsSuccess);
        Assert.Equal(["BI-1", "EU-1", "PE-1"], VotingOrder.FallenWith(after, set.All).Select(p => p.Id));
    }

    [Fact]
    public void Falls_WhenTheAdoptedAmendmentDeletesTheParagraph()
    {
        var set = Realistic();
        var deleteOp5 = Propose(set.Text, "US-1", d => Ok(d.Delete("op5")), "United States of America");

        var after = Adopt(set.Text, deleteOp5);

        Assert.All([set.Small, set.Medium, set.Whole], p => Assert.True(VotingOrder.Falls(after, p)));
        Assert.False(VotingOrder.Falls(after, set.Preamble));
    }

    [Fact]
    public void Falls_NotWhenTheAdoptedAmendmentLeavesTheWordsItQuotes_EvenIfParagraphsAreRenumbered()
    {
        var set = Realistic();
        var deleteOp1 = Propose(set.Text, "US-2", d => Ok(d.Delete("op1")), "United States of America");

        var after = Adopt(set.Text, deleteOp1);

        Assert.All(set.All, p => Assert.False(VotingOrder.Falls(after, p, set.All)));
        var renamed = ProposalTexts.Effective(after, set.Small);
        Assert.Equal("In operative paragraph 4, delete “comprehensive”.", renamed.Value!.Text("en"));
    }

    [Fact]
    public void Falls_WhenTheAdoptedAmendmentAlreadyMadeTheSameChange()
    {
        var set = Realistic();
        var same = Propose(set.Text, "NG-1", d => DeleteWords(d, "op5", "comprehensive "), "Nigeria");
        var sameWhole = Propose(set.Text, "BY-1", d => Ok(d.SetText("op5", NewOp5)), "Belarus");

        Assert.True(VotingOrder.Falls(Adopt(set.Text, set.Small), same));
        Assert.True(VotingOrder.Falls(Adopt(set.Text, set.Whole), sameWhole));
    }

    [Fact]
    public void Falls_ASubAmendmentWhoseParentIsDecided()
    {
        var set = Realistic();
        Assert.True(set.Medium.Reject(Secretariat, Monday).IsSuccess);

        Assert.True(VotingOrder.Falls(set.Text, set.Sub, set.All));
        Assert.Throws<ArgumentException>(() => VotingOrder.Falls(set.Text, set.Sub));
    }

    [Fact]
    public void Falls_IsAGeneralRule_OnRandomProposals()
    {
        // Random proposals, each changing one word or deleting one paragraph. Whatever is adopted:
        // a proposal about another paragraph never falls, and one about a deleted paragraph always does.
        var text = RightsOfTheChild();
        var random = new Random(11);
        var nodes = text.AllNodes().ToList();
        var proposals = new List<(Proposal Proposal, string Paragraph, bool Deletes)>();
        for (var k = 0; k < 40; k++)
        {
            var node = nodes[random.Next(nodes.Count)];
            var paragraph = text.Paragraphs.First(p => p.Id == node.Id || p.Descendants().Any(d => d.Id == node.Id)).Id;
            var deletes = random.Next(4) == 0;
            var word = node.Text.Split(' ')[random.Next(node.Text.Split(' ').Length)];
            var proposal = Propose(text, $"P{k}", d =>
            {
                if (deletes)
                {
                    Ok(d.Delete(node.Id));
                }
                else
                {
                    Ok(d.SetText(node.Id, ReplaceFirst(d.FindNode(node.Id)!.Text, word, word.ToUpperInvariant() + "X")));
                }
            }, "State " + k);
            proposals.Add((proposal, paragraph, deletes && node.Id == paragraph));
        }

        foreach (var adopted in proposals.Take(15))
        {
            var after = Adopt(text, adopted.Proposal);
            foreach (var other in proposals.Where(p => p != adopted))
            {
                if (other.Paragraph != adopted.Paragraph)
                {
                    Assert.False(VotingOrder.Falls(after, other.Proposal), $"{other.Proposal.Amendment.Text("en")} after {adopted.Proposal.Amendment.Text("en")}");
                }
                else if (adopted.Deletes)
                {
                    Assert.True(VotingOrder.Falls(after, other.Proposal), $"{other.Proposal.Amendment.Text("en")} after {adopted.Proposal.Amendment.Text("en")}");
                }
            }
        }
    }

    private static string ReplaceFirst(string text, string word, string with)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        var replaced = text[..at] + with + text[(at + word.Length)..];
        return string.Join(' ', replaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
