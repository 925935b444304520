using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Negotiation;

/// <summary>A draft in the shape of a Third Committee text, and proposals made to it as delegations make them: by editing a copy.</summary>
internal static class NegotiationFixtures
{
    public static readonly DateTimeOffset Monday = new(2025, 11, 10, 15, 0, 0, TimeSpan.FromHours(-5));

    public static readonly ProposalActor Secretariat = new("Committee secretary");

    public static readonly ProposalTarget Rev1 = ProposalTarget.Document("A/C.3/80/L.20/Rev.1");

    public static Draft RightsOfTheChild()
    {
        var draft = English(
            "PP Reaffirming its previous resolutions on the rights of the child,",
            "PP Recalling the Convention on the Rights of the Child,",
            "PP Deeply concerned that the situation of children in many parts of the world remains critical,",
            "OP Welcomes the report of the Secretary-General;",
            "OP Calls upon States to ensure access, without discrimination, to quality health-care services for all children;",
            "OP Encourages States to collect disaggregated data on children;",
            "OP Invites the special procedures to continue to pay attention to the rights of the child;",
            "OP Urges States to provide children with comprehensive education on health, in line with their evolving capacities, and to involve parents and legal guardians;",
            "OP Requests the Secretary-General to submit a report to the General Assembly at its eighty-first session.");
        Ok(draft.AddSubParagraph("op3", "through national statistical offices;", id: "op3a"));
        Ok(draft.AddSubParagraph("op3", "in cooperation with civil society;", id: "op3b"));
        return draft;
    }

    /// <summary>A proposal computed from a copy of <paramref name="text"/> that <paramref name="edit"/> changes.</summary>
    public static Proposal Propose(Draft text, string id, Action<Draft> edit, params string[] proposers) =>
        ProposeOnBehalf(text, id, edit, onBehalfOf: null, proposers);

    public static Proposal ProposeOnBehalf(Draft text, string id, Action<Draft> edit, string? onBehalfOf, params string[] proposers)
    {
        var amendment = RoundTrip(text, Proposed(text, edit));
        var result = Proposal.Propose(id, Rev1, proposers, amendment, new ProposalActor("Delegate of " + proposers[0], proposers[0]), Monday, onBehalfOf);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }

    /// <summary>A sub-amendment: an edit of the text as <paramref name="parent"/> would make it.</summary>
    public static Proposal SubAmend(Draft text, Proposal parent, string id, Action<Draft> edit, params string[] proposers)
    {
        var parentText = AmendmentApplier.Apply(text, parent.Amendment).Value!;
        var amendment = RoundTrip(parentText, Proposed(parentText, edit));
        var result = Proposal.ProposeSubAmendment(id, parent, proposers, amendment, new ProposalActor("Delegate of " + proposers[0], proposers[0]), Monday);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }

    /// <summary>The text once <paramref name="proposal"/> is adopted.</summary>
    public static Draft Adopt(Draft text, Proposal proposal, params Proposal[] others)
    {
        var result = ProposalTexts.Apply(text, proposal, others);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }

    public static void DeleteWords(Draft draft, string id, string words) => Replace(draft, id, words, "");
}
