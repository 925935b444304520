using System.Text.Json;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Negotiation;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Negotiation.NegotiationFixtures;

namespace ResolutionDrafts.Domain.Tests.Negotiation;

/// <summary>Making a proposal, its proposers, sub-amendments, revisions, and storing it as data.</summary>
public sealed class ProposalTests
{
    private static readonly Amendment DeleteComprehensive =
        RoundTrip(RightsOfTheChild(), Proposed(RightsOfTheChild(), d => DeleteWords(d, "op5", "comprehensive ")));

    private static readonly ProposalActor Chile = new("Ms. Rojas", "Chile");

    [Fact]
    public void Propose_KeepsProposersInOrder_TheFirstIsTheMainProposer()
    {
        var result = Proposal.Propose("L.64", Rev1, [" Uganda ", "Chile"], DeleteComprehensive, Chile, Monday, onBehalfOf: "the Group of 77 and China");

        var proposal = result.Value!;
        Assert.Equal(["Uganda", "Chile"], proposal.Proposers);
        Assert.Equal("Uganda", proposal.MainProposer);
        Assert.Equal("the Group of 77 and China", proposal.OnBehalfOf);
        Assert.Equal(ProposalState.Proposed, proposal.State);
        Assert.Equal("A/C.3/80/L.20/Rev.1", proposal.Target.Symbol);
        Assert.False(proposal.IsSubAmendment);
        Assert.Equal(ProposalEvent.Proposed, Assert.Single(proposal.History).Event);
    }

    [Theory]
    [InlineData("", "Burundi", "A proposal id must be")]
    [InlineData("has space", "Burundi", "A proposal id must be")]
    [InlineData("P1", " ", "cannot be empty")]
    [InlineData("P1", "", "at least one proposing delegation")]
    [InlineData("P1", "Burundi|burundi", "Burundi is named twice among the proposers.")]
    public void Propose_WithBadFields_IsRefused(string id, string proposers, string message)
    {
        var result = Proposal.Propose(id, Rev1, proposers.Length == 0 ? [] : proposers.Split('|'), DeleteComprehensive, Chile, Monday);

        Assert.False(result.IsSuccess);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_WithNoChangeOrNoTarget_IsRefused()
    {
        Assert.Equal("A proposal must change something in the text.", Proposal.Propose("P1", Rev1, ["Chile"], new Amendment([]), Chile, Monday).Error);
        Assert.Contains("either", Proposal.Propose("P1", new ProposalTarget("A/1", 3), ["Chile"], DeleteComprehensive, Chile, Monday).Error, StringComparison.Ordinal);
        Assert.True(Proposal.Propose("P1", ProposalTarget.LiveDraft(42), ["Chile"], DeleteComprehensive, Chile, Monday).IsSuccess);
        Assert.Equal("the live draft at revision 42", ProposalTarget.LiveDraft(42).ToString());
    }

    [Fact]
    public void CoProposers_JoinAfterTheOthersAndLeave_EachRecorded()
    {
        var proposal = ProposalStateTests.InState(ProposalState.Proposed);

        Assert.True(proposal.AddCoProposer("Chile", Chile, Monday).IsSuccess);
        Assert.True(proposal.AddCoProposer("Peru", new ProposalActor("Mr. Vargas", "Peru"), Monday).IsSuccess);
        Assert.True(proposal.RemoveCoProposer("nigeria", new ProposalActor("Mr. Okafor", "Nigeria"), Monday).IsSuccess);

        Assert.Equal(["Burundi", "Chile", "Peru"], proposal.Proposers);
        Assert.Equal(
            [(ProposalEvent.CoProposerJoined, "Chile"), (ProposalEvent.CoProposerJoined, "Peru"), (ProposalEvent.CoProposerLeft, "Nigeria")],
            proposal.History.Skip(1).Select(h => (h.Event, h.Delegation!)));
        Assert.All(proposal.History, h => Assert.Equal(ProposalState.Proposed, h.State));
    }

    [Fact]
    public void CoProposers_JoiningTwiceOrTheMainProposerLeaving_IsRefused()
    {
        var proposal = ProposalStateTests.InState(ProposalState.Proposed);

        Assert.Equal("Nigeria already proposes L.64.", proposal.AddCoProposer("NIGERIA", Chile, Monday).Error);
        Assert.Equal("Burundi already proposes L.64.", proposal.AddCoProposer("Burundi", Chile, Monday).Error);
        Assert.Equal("Burundi is the main proposer of L.64: it cannot leave, but it can withdraw the proposal.", proposal.RemoveCoProposer("Burundi", Chile, Monday).Error);
        Assert.Equal("Chile does not propose L.64.", proposal.RemoveCoProposer("Chile", Chile, Monday).Error);
        Assert.Equal(["Burundi", "Nigeria"], proposal.Proposers);
        Assert.Single(proposal.History);
    }

    [Fact]
    public void CoProposers_CannotJoinADecidedProposal()
    {
        var proposal = ProposalStateTests.InState(ProposalState.Adopted);

        Assert.Equal("Proposal L.64 cannot be joined now: it has been adopted.", proposal.AddCoProposer("Chile", Chile, Monday).Error);
    }

    [Fact]
    public void SubAmendment_IsMadeToItsParentsTarget_WhileTheParentIsUnderConsideration()
    {
        var text = RightsOfTheChild();
        var parent = Propose(text, "EU-1", d => Replace(d, "op5", "education on health", "education on sexual and reproductive health"), "Austria");

        var sub = SubAmend(text, parent, "PE-1", d => Replace(d, "op5", "reproductive health", "reproductive health and rights"), "Peru");

        Assert.Equal("EU-1", sub.ParentId);
        Assert.True(sub.IsSubAmendment);
        Assert.Equal(parent.Target, sub.Target);
        Assert.True(parent.Accept(Secretariat, Monday).IsSuccess);
        Assert.Equal(
            "Proposal EU-1 cannot be amended: it has been accepted.",
            Proposal.ProposeSubAmendment("PE-2", parent, ["Peru"], sub.Amendment, Chile, Monday).Error);
    }

    [Fact]
    public void SubAmendment_WhenAdopted_TheParentCarriesItsChange()
    {
        var text = RightsOfTheChild();
        var parent = Propose(text, "EU-1", d => Replace(d, "op5", "education on health", "education on sexual and reproductive health"), "Austria");
        var sub = SubAmend(text, parent, "PE-1", d => Replace(d, "op5", "reproductive health", "reproductive health and rights"), "Peru");

        var amended = ProposalTexts.AsAmendedBy(text, parent, sub);
        Assert.True(amended.IsSuccess, amended.Error);
        Assert.True(parent.Revise(amended.Value!, Secretariat, Monday, "As amended by PE-1").IsSuccess);

        Assert.Equal(ProposalEvent.Revised, parent.History[^1].Event);
        Assert.Contains(
            "education on sexual and reproductive health and rights, in line",
            AmendmentApplier.Apply(text, parent.Amendment).Value!.FindNode("op5")!.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Revise_ADecidedProposal_IsRefused()
    {
        var proposal = ProposalStateTests.InState(ProposalState.Rejected);

        Assert.Equal("Proposal L.64 cannot be revised now: it has been rejected.", proposal.Revise(DeleteComprehensive, Chile, Monday).Error);
    }

    [Theory]
    [InlineData(ProposalState.Proposed)]
    [InlineData(ProposalState.Adopted)]
    [InlineData(ProposalState.Fallen)]
    public void Data_RoundTripsThroughJson_AndRestoresTheSameProposal(ProposalState state)
    {
        var proposal = ProposalStateTests.InState(state);
        if (state == ProposalState.Proposed)
        {
            Assert.True(proposal.AddCoProposer("Chile", Chile, Monday).IsSuccess);
        }

        foreach (var options in new[] { new JsonSerializerOptions(), new JsonSerializerOptions(JsonSerializerDefaults.Web) })
        {
            var json = JsonSerializer.Serialize(proposal.ToData(), options);
            var data = JsonSerializer.Deserialize<ProposalData>(json, options)!;

            var restored = Proposal.Restore(data);

            Assert.True(restored.IsSuccess, restored.Error);
            Assert.Equal(json, JsonSerializer.Serialize(restored.Value!.ToData(), options));
            Assert.Equal(proposal.State, restored.Value.State);
            Assert.Equal(proposal.Amendment.Text("en"), restored.Value.Amendment.Text("en"));
            Assert.Equal(proposal.History, restored.Value.History);
        }
    }

    [Fact]
    public void Restore_RefusesAHistoryThatCouldNotHaveHappened()
    {
        var adopted = ProposalStateTests.InState(ProposalState.Adopted).ToData();
        var skipped = adopted with { History = [adopted.History[0], adopted.History[2]] };
        var noVote = adopted with { Vote = null };
        var wrongState = adopted with { State = ProposalState.Proposed };
        var joinedLate = adopted with { History = [.. adopted.History, adopted.History[0] with { Event = ProposalEvent.CoProposerJoined, State = ProposalState.Adopted }] };

        Assert.Contains("not a legal move", Proposal.Restore(skipped).Error, StringComparison.Ordinal);
        Assert.Contains("no vote result", Proposal.Restore(noVote).Error, StringComparison.Ordinal);
        Assert.Contains("stored as Proposed", Proposal.Restore(wrongState).Error, StringComparison.Ordinal);
        Assert.Contains("not a legal move", Proposal.Restore(joinedLate).Error, StringComparison.Ordinal);
        Assert.Contains("does not begin", Proposal.Restore(adopted with { History = [] }).Error, StringComparison.Ordinal);
    }
}
