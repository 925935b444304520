using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using static ResolutionDrafts.Domain.Tests.Negotiation.NegotiationFixtures;

namespace ResolutionDrafts.Domain.Tests.Negotiation;

/// <summary>Every move from every state: the legal ones are recorded, the others are refused and change nothing.</summary>
public sealed class ProposalStateTests
{
    public enum Move
    {
        Withdraw,
        Accept,
        Reject,
        PutToVote,
        RecordVote,
        Fall,
    }

    private static readonly ProposalActor Burundi = new("Ms. Ndayishimiye", "Burundi");

    private static readonly Dictionary<Move, ProposalState[]> LegalFrom = new()
    {
        [Move.Withdraw] = [ProposalState.Proposed],
        [Move.Accept] = [ProposalState.Proposed],
        [Move.Reject] = [ProposalState.Proposed],
        [Move.PutToVote] = [ProposalState.Proposed],
        [Move.RecordVote] = [ProposalState.PutToVote],
        [Move.Fall] = [ProposalState.Proposed, ProposalState.PutToVote],
    };

    public static TheoryData<ProposalState, Move> EveryStateAndMove()
    {
        var data = new TheoryData<ProposalState, Move>();
        foreach (var state in Enum.GetValues<ProposalState>())
        {
            foreach (var move in Enum.GetValues<Move>())
            {
                data.Add(state, move);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndMove))]
    public void Move_FromEveryState_IsRecordedWhenLegalAndRefusedOtherwise(ProposalState from, Move move)
    {
        var proposal = InState(from);
        var historyBefore = proposal.History.Count;
        var legal = LegalFrom[move].Contains(from);

        var result = Make(proposal, move);

        Assert.Equal(legal, result.IsSuccess);
        if (legal)
        {
            Assert.NotEqual(from, proposal.State);
            Assert.Equal(historyBefore + 1, proposal.History.Count);
            Assert.Equal(proposal.State, proposal.History[^1].State);
            Assert.True(ProposalTransitions.IsAllowed(from, proposal.State));
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
            Assert.Contains(proposal.Id, result.Error, StringComparison.Ordinal);
            Assert.Equal(from, proposal.State);
            Assert.Equal(historyBefore, proposal.History.Count);
        }
    }

    [Fact]
    public void Transitions_FinalStatesLeadNowhere()
    {
        ProposalState[] final = [ProposalState.Withdrawn, ProposalState.Accepted, ProposalState.Rejected, ProposalState.Adopted, ProposalState.NotAdopted, ProposalState.Fallen];

        Assert.All(final, s => Assert.Empty(ProposalTransitions.From(s)));
        Assert.All(final, s => Assert.False(ProposalTransitions.IsPending(s)));
        Assert.True(ProposalTransitions.IsPending(ProposalState.Proposed));
        Assert.True(ProposalTransitions.IsPending(ProposalState.PutToVote));
    }

    [Fact]
    public void Withdraw_AnAcceptedProposal_IsRefusedWithTheReason()
    {
        var proposal = InState(ProposalState.Accepted);

        var result = proposal.Withdraw(Burundi, Monday);

        Assert.Equal("Proposal L.64 cannot be withdrawn: it has been accepted.", result.Error);
    }

    [Fact]
    public void Withdraw_AfterVotingBegan_IsRefused()
    {
        var proposal = InState(ProposalState.PutToVote);

        var result = proposal.Withdraw(Burundi, Monday);

        Assert.Equal("Proposal L.64 cannot be withdrawn: it has been put to the vote.", result.Error);
    }

    [Fact]
    public void Withdraw_ByADelegationThatDoesNotProposeIt_IsRefused()
    {
        var proposal = InState(ProposalState.Proposed);

        var result = proposal.Withdraw(new ProposalActor("Mr. Smith", "Chile"), Monday);

        Assert.Equal("Only a delegation that made proposal L.64 (Burundi, Nigeria) can withdraw it; Chile is not one of them.", result.Error);
        Assert.Equal(ProposalState.Proposed, proposal.State);
    }

    [Fact]
    public void Withdraw_ByADelegationThatJoinedLater_IsRefused_ButItMayLeave()
    {
        var proposal = InState(ProposalState.Proposed);
        var cuba = new ProposalActor("Ms. Pérez", "Cuba");
        Assert.True(proposal.AddCoProposer("Cuba", cuba, Monday).IsSuccess);

        var withdrawn = proposal.Withdraw(cuba, Monday);

        Assert.Equal("Only a delegation that made proposal L.64 (Burundi, Nigeria) can withdraw it; Cuba joined it later and may leave it instead.", withdrawn.Error);
        Assert.Equal(ProposalState.Proposed, proposal.State);
        Assert.False(proposal.IsOriginalProposer("Cuba"));
        Assert.True(proposal.IsOriginalProposer("nigeria"));
        Assert.True(proposal.RemoveCoProposer("Cuba", cuba, Monday).IsSuccess);
        Assert.Equal(["Burundi", "Nigeria"], proposal.Proposers);
    }

    [Fact]
    public void Withdraw_BySomeoneActingForNoDelegation_IsRefused()
    {
        var proposal = InState(ProposalState.Proposed);

        var result = proposal.Withdraw(Secretariat, Monday);

        Assert.False(result.IsSuccess);
        Assert.Contains("Committee secretary acts for no delegation", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdraw_ByACoProposer_IsAllowed_WhateverTheCaseOfItsName()
    {
        var proposal = InState(ProposalState.Proposed);

        var result = proposal.Withdraw(new ProposalActor("Mr. Okafor", "nigeria"), Monday, "Consultations continue.");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(ProposalState.Withdrawn, proposal.State);
    }

    [Fact]
    public void History_RecordsEventStateActorDelegationUtcTimeAndNote()
    {
        var proposal = InState(ProposalState.Proposed);
        var later = Monday.AddHours(2);

        Assert.True(proposal.PutToVote(Secretariat, later, "Recorded vote requested by Burundi").IsSuccess);
        Assert.True(proposal.RecordVote(new VoteResult(85, 40, 20), Secretariat, later.AddMinutes(5)).IsSuccess);

        Assert.Equal(
            [
                (ProposalEvent.Proposed, ProposalState.Proposed, "Delegate of Burundi", (string?)"Burundi", new DateTimeOffset(2025, 11, 10, 20, 0, 0, TimeSpan.Zero), (string?)null),
                (ProposalEvent.PutToVote, ProposalState.PutToVote, "Committee secretary", null, new DateTimeOffset(2025, 11, 10, 22, 0, 0, TimeSpan.Zero), "Recorded vote requested by Burundi"),
                (ProposalEvent.Adopted, ProposalState.Adopted, "Committee secretary", null, new DateTimeOffset(2025, 11, 10, 22, 5, 0, TimeSpan.Zero), null),
            ],
            proposal.History.Select(h => (h.Event, h.State, h.Actor, h.ActorDelegation, h.At, h.Note)));
        Assert.All(proposal.History, h => Assert.Equal(TimeSpan.Zero, h.At.Offset));
        Assert.Equal(new VoteResult(85, 40, 20), proposal.History[^1].Vote);
        Assert.Equal(new VoteResult(85, 40, 20), proposal.Vote);
    }

    [Fact]
    public void Fall_RecordsTheProposalThatMadeItFall()
    {
        var proposal = InState(ProposalState.Proposed);

        Assert.True(proposal.Fall(Secretariat, Monday, becauseOf: "L.66").IsSuccess);

        Assert.Equal(ProposalState.Fallen, proposal.State);
        Assert.Equal("L.66", proposal.History[^1].RelatedProposalId);
        Assert.Equal(ProposalEvent.Fell, proposal.History[^1].Event);
    }

    [Theory]
    [InlineData(85, 40, 20, RequiredMajority.Simple, ProposalState.Adopted)]
    [InlineData(40, 85, 20, RequiredMajority.Simple, ProposalState.NotAdopted)]
    [InlineData(50, 50, 70, RequiredMajority.Simple, ProposalState.NotAdopted)]
    [InlineData(60, 40, 0, RequiredMajority.TwoThirds, ProposalState.NotAdopted)]
    [InlineData(80, 40, 10, RequiredMajority.TwoThirds, ProposalState.Adopted)]
    [InlineData(0, 0, 150, RequiredMajority.TwoThirds, ProposalState.NotAdopted)]
    public void RecordVote_AdoptsWhenTheYesVotesCarryTheMajority(int yes, int no, int abstain, RequiredMajority majority, ProposalState expected)
    {
        var proposal = InState(ProposalState.PutToVote);

        Assert.True(proposal.RecordVote(new VoteResult(yes, no, abstain), Secretariat, Monday, majority).IsSuccess);

        Assert.Equal(expected, proposal.State);
    }

    [Fact]
    public void RecordVote_ARecordedVote_CountsEachStateOnce()
    {
        var proposal = InState(ProposalState.PutToVote);
        var recorded = VoteResult.FromRecorded(
        [
            new StateVote("Burundi", VoteChoice.Yes), new StateVote("Chile", VoteChoice.No),
            new StateVote("Nigeria", VoteChoice.Yes), new StateVote("Peru", VoteChoice.Abstain),
        ]);

        Assert.Equal((2, 1, 1), (recorded.Yes, recorded.No, recorded.Abstain));
        Assert.Contains("votes twice", proposal.RecordVote(recorded with { Recorded = [.. recorded.Recorded!, new StateVote("chile", VoteChoice.Yes)] }, Secretariat, Monday).Error, StringComparison.Ordinal);
        Assert.Contains("do not match", proposal.RecordVote(recorded with { Yes = 3 }, Secretariat, Monday).Error, StringComparison.Ordinal);
        Assert.Contains("negative", proposal.RecordVote(new VoteResult(-1, 0, 0), Secretariat, Monday).Error, StringComparison.Ordinal);
        Assert.Equal(ProposalState.PutToVote, proposal.State);

        Assert.True(proposal.RecordVote(recorded, Secretariat, Monday).IsSuccess);
        Assert.Equal(ProposalState.Adopted, proposal.State);
        Assert.Equal(4, proposal.Vote!.Recorded!.Count);
    }

    [Fact]
    public void RecordVote_BeforeItIsPutToTheVote_SaysSo()
    {
        var proposal = InState(ProposalState.Proposed);

        Assert.Equal("No vote can be recorded on proposal L.64: it has not been put to the vote.", proposal.RecordVote(new VoteResult(1, 0, 0), Secretariat, Monday).Error);
    }

    [Fact]
    public void AMoveWithoutAnActorName_IsRefused()
    {
        var proposal = InState(ProposalState.Proposed);

        Assert.False(proposal.Accept(new ProposalActor(" "), Monday).IsSuccess);
        Assert.Equal(ProposalState.Proposed, proposal.State);
        Assert.Single(proposal.History);
    }

    /// <summary>L.64 by Burundi and Nigeria, brought to <paramref name="state"/> by the moves that lead there.</summary>
    internal static Proposal InState(ProposalState state)
    {
        var text = RightsOfTheChild();
        var proposal = Propose(text, "L.64", d => DeleteWords(d, "op5", "comprehensive "), "Burundi", "Nigeria");
        var ok = state switch
        {
            ProposalState.Proposed => DomainResult.Ok(),
            ProposalState.Withdrawn => proposal.Withdraw(Burundi, Monday),
            ProposalState.Accepted => proposal.Accept(Secretariat, Monday),
            ProposalState.Rejected => proposal.Reject(Secretariat, Monday),
            ProposalState.PutToVote => proposal.PutToVote(Secretariat, Monday),
            ProposalState.Adopted => Then(proposal.PutToVote(Secretariat, Monday), () => proposal.RecordVote(new VoteResult(90, 30, 10), Secretariat, Monday)),
            ProposalState.NotAdopted => Then(proposal.PutToVote(Secretariat, Monday), () => proposal.RecordVote(new VoteResult(30, 90, 10), Secretariat, Monday)),
            _ => proposal.Fall(Secretariat, Monday),
        };
        Assert.True(ok.IsSuccess, ok.Error);
        Assert.Equal(state, proposal.State);
        return proposal;
    }

    private static DomainResult Then(DomainResult first, Func<DomainResult> next) => first.IsSuccess ? next() : first;

    private static DomainResult Make(Proposal proposal, Move move) => move switch
    {
        Move.Withdraw => proposal.Withdraw(Burundi, Monday.AddHours(1)),
        Move.Accept => proposal.Accept(Secretariat, Monday.AddHours(1)),
        Move.Reject => proposal.Reject(Secretariat, Monday.AddHours(1)),
        Move.PutToVote => proposal.PutToVote(Secretariat, Monday.AddHours(1)),
        Move.RecordVote => proposal.RecordVote(new VoteResult(70, 50, 20), Secretariat, Monday.AddHours(1)),
        _ => proposal.Fall(Secretariat, Monday.AddHours(1), becauseOf: "L.66"),
    };
}
