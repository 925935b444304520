using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// An amendment proposed by one or more delegations to a text (<see cref="Target"/>), or a
/// sub-amendment to another proposal (<see cref="ParentId"/>), and what has become of it. Its
/// <see cref="Amendment"/> holds the instructions; a sub-amendment's instructions are made to
/// the text as its parent would make it. Every move goes through a method that checks it is
/// legal (<see cref="ProposalTransitions"/>), records it in <see cref="History"/> and answers
/// with a <see cref="DomainResult"/>; a refused move changes nothing. Which role may make a
/// move is the application's concern; the one rule about people here is that only a proposing
/// delegation withdraws a proposal. Stored as <see cref="ProposalData"/>.
/// </summary>
public sealed class Proposal
{
    private readonly List<string> proposers;
    private readonly List<ProposalHistoryEntry> history;

    private Proposal(string id, ProposalTarget target, List<string> proposers, string? onBehalfOf, string? parentId, Amendment amendment, List<ProposalHistoryEntry> history)
    {
        Id = id;
        Target = target;
        this.proposers = proposers;
        OnBehalfOf = onBehalfOf;
        ParentId = parentId;
        Amendment = amendment;
        this.history = history;
    }

    public string Id { get; }

    public ProposalTarget Target { get; }

    /// <summary>The proposing delegations in order; the first is the main proposer.</summary>
    public IReadOnlyList<string> Proposers => proposers;

    public string MainProposer => proposers[0];

    /// <summary>The group the main proposer speaks for ("the Group of African States"), if any.</summary>
    public string? OnBehalfOf { get; }

    /// <summary>For a sub-amendment: the proposal it amends.</summary>
    public string? ParentId { get; }

    public bool IsSubAmendment => ParentId is not null;

    public Amendment Amendment { get; private set; }

    public ProposalState State { get; private set; } = ProposalState.Proposed;

    /// <summary>The result of the vote, once adopted or not adopted.</summary>
    public VoteResult? Vote { get; private set; }

    public IReadOnlyList<ProposalHistoryEntry> History => history;

    /// <summary>
    /// The symbol the secretariat issues the amendment under ("A/80/L.12"), printed at the top right of its L document;
    /// null until one is given (the document then prints none, as a text not yet issued).
    /// </summary>
    public string? Symbol { get; private set; }

    /// <summary>
    /// Gives the amendment its symbol, or takes it away (null or blank), in any state; the history says so, with the
    /// symbol ("issued as an L document: A/80/L.12"), as it does every other step of the proposal's life. Giving the
    /// symbol it already has changes nothing and adds no line.
    /// </summary>
    public DomainResult SetSymbol(string? symbol, ProposalActor actor, DateTimeOffset at)
    {
        var value = string.IsNullOrWhiteSpace(symbol) ? null : symbol.Trim();
        if (ShortText.Problem(value, "The symbol") is { } problem)
        {
            return DomainResult.Fail(problem);
        }

        if (value is not null && (!value.Contains('/', StringComparison.Ordinal) || value.Any(char.IsWhiteSpace)))
        {
            return DomainResult.Fail($"“{value}” is not a document symbol: write it as the UN does, such as A/80/L.12 or A/C.3/80/L.64.");
        }

        if (value == Symbol)
        {
            return DomainResult.Ok();
        }

        var result = value is null
            ? Record(ProposalEvent.SymbolRemoved, actor, at, Symbol)
            : Record(ProposalEvent.SymbolGiven, actor, at, value);
        if (result.IsSuccess)
        {
            Symbol = value;
        }

        return result;
    }

    /// <summary>Proposed or put to the vote: not yet decided.</summary>
    public bool IsPending => ProposalTransitions.IsPending(State);

    public bool IsProposer(string? delegation) => delegation is not null && IndexOf(delegation) >= 0;

    public static DomainResult<Proposal> Propose(
        string id, ProposalTarget target, IReadOnlyList<string> proposers, Amendment amendment,
        ProposalActor actor, DateTimeOffset at, string? onBehalfOf = null, string? note = null) =>
        Create(id, target, proposers, amendment, actor, at, onBehalfOf, note, parentId: null);

    /// <summary>
    /// A sub-amendment to <paramref name="parent"/>, which must still be under consideration. Its
    /// instructions are made to the text as the parent would make it (the parent applied to the
    /// target); it is made to the parent's target.
    /// </summary>
    public static DomainResult<Proposal> ProposeSubAmendment(
        string id, Proposal parent, IReadOnlyList<string> proposers, Amendment amendment,
        ProposalActor actor, DateTimeOffset at, string? onBehalfOf = null, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (parent.State != ProposalState.Proposed)
        {
            return DomainResult<Proposal>.Fail($"Proposal {parent.Id} cannot be amended: it {ProposalTransitions.Phrase(parent.State)}.");
        }

        if (id == parent.Id)
        {
            return DomainResult<Proposal>.Fail("A sub-amendment needs an id of its own.");
        }

        return Create(id, parent.Target, proposers, amendment, actor, at, onBehalfOf, note, parent.Id);
    }

    /// <summary>
    /// Whether <paramref name="delegation"/> made the proposal, rather than joined it later: only those
    /// who made it may withdraw it; one who joined may leave (<see cref="RemoveCoProposer"/>).
    /// </summary>
    public bool IsOriginalProposer(string? delegation) =>
        IsProposer(delegation) && !history.Any(h => h.Event == ProposalEvent.CoProposerJoined && string.Equals(h.Delegation, delegation!.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Withdrawn by a delegation that made it (not one that joined it later), while it is under
    /// consideration and before any vote on it.
    /// </summary>
    public DomainResult Withdraw(ProposalActor actor, DateTimeOffset at, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckMove(ProposalState.Withdrawn, "withdrawn") is { } refused)
        {
            return refused;
        }

        if (!IsOriginalProposer(actor.Delegation))
        {
            var who = actor.Delegation is null ? $"{actor.Name} acts for no delegation"
                : IsProposer(actor.Delegation) ? $"{actor.Delegation} joined it later and may leave it instead"
                : $"{actor.Delegation} is not one of them";
            var makers = string.Join(", ", proposers.Where(IsOriginalProposer));
            return DomainResult.Fail($"Only a delegation that made proposal {Id} ({makers}) can withdraw it; {who}.");
        }

        return Move(ProposalEvent.Withdrawn, actor, at, note);
    }

    public DomainResult Accept(ProposalActor actor, DateTimeOffset at, string? note = null) =>
        CheckMove(ProposalState.Accepted, "accepted") ?? Move(ProposalEvent.Accepted, actor, at, note);

    public DomainResult Reject(ProposalActor actor, DateTimeOffset at, string? note = null) =>
        CheckMove(ProposalState.Rejected, "rejected") ?? Move(ProposalEvent.Rejected, actor, at, note);

    public DomainResult PutToVote(ProposalActor actor, DateTimeOffset at, string? note = null) =>
        CheckMove(ProposalState.PutToVote, "put to the vote") ?? Move(ProposalEvent.PutToVote, actor, at, note);

    /// <summary>Records the result of the vote: adopted when it carries the <paramref name="majority"/>, otherwise not adopted.</summary>
    public DomainResult RecordVote(VoteResult vote, ProposalActor actor, DateTimeOffset at, RequiredMajority majority = RequiredMajority.Simple, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(vote);
        if (State != ProposalState.PutToVote)
        {
            return DomainResult.Fail($"No vote can be recorded on proposal {Id}: it {ProposalTransitions.Phrase(State)}.");
        }

        if (vote.Problem() is { } problem)
        {
            return DomainResult.Fail(problem);
        }

        var result = Move(vote.Carries(majority) ? ProposalEvent.Adopted : ProposalEvent.NotAdopted, actor, at, note, vote: vote);
        if (result.IsSuccess)
        {
            Vote = vote;
        }

        return result;
    }

    /// <summary>
    /// Not put to the vote because another amendment, adopted or accepted (<paramref name="becauseOf"/>),
    /// made it inapplicable; <see cref="VotingOrder.Falls"/> tells when that is so.
    /// </summary>
    public DomainResult Fall(ProposalActor actor, DateTimeOffset at, string? becauseOf = null, string? note = null)
    {
        if (becauseOf == Id)
        {
            return DomainResult.Fail($"Proposal {Id} cannot fall because of itself.");
        }

        return CheckMove(ProposalState.Fallen, "declared fallen") ?? Move(ProposalEvent.Fell, actor, at, note, related: becauseOf);
    }

    /// <summary>A delegation joins as a co-proposer, after the others, while the proposal is under consideration.</summary>
    public DomainResult AddCoProposer(string delegation, ProposalActor actor, DateTimeOffset at, string? note = null)
    {
        var name = delegation?.Trim() ?? "";
        if ((CheckOpen("joined") ?? ProposalRules.CheckName(name, "A delegation's name")) is { } error)
        {
            return DomainResult.Fail(error);
        }

        if (IndexOf(name) is var existing and >= 0)
        {
            return DomainResult.Fail($"{proposers[existing]} already proposes {Id}.");
        }

        if (proposers.Count >= DraftLimits.MaxSponsors)
        {
            return DomainResult.Fail($"A proposal can have at most {DraftLimits.MaxSponsors} proposers.");
        }

        var result = Record(ProposalEvent.CoProposerJoined, actor, at, note, delegation: name);
        if (result.IsSuccess)
        {
            proposers.Add(name);
        }

        return result;
    }

    /// <summary>A co-proposer leaves; the main proposer cannot (it withdraws the proposal instead).</summary>
    public DomainResult RemoveCoProposer(string delegation, ProposalActor actor, DateTimeOffset at, string? note = null)
    {
        if (CheckOpen("left") is { } error)
        {
            return DomainResult.Fail(error);
        }

        var at0 = IndexOf(delegation ?? "");
        if (at0 < 0)
        {
            return DomainResult.Fail($"{delegation} does not propose {Id}.");
        }

        if (at0 == 0)
        {
            return DomainResult.Fail($"{MainProposer} is the main proposer of {Id}: it cannot leave, but it can withdraw the proposal.");
        }

        var name = proposers[at0];
        var result = Record(ProposalEvent.CoProposerLeft, actor, at, note, delegation: name);
        if (result.IsSuccess)
        {
            proposers.RemoveAt(at0);
        }

        return result;
    }

    /// <summary>
    /// Replaces the instructions while the proposal is under consideration: the proposers revise
    /// it, or a sub-amendment to it was adopted (see <see cref="ProposalTexts.AsAmendedBy"/>).
    /// </summary>
    public DomainResult Revise(Amendment amendment, ProposalActor actor, DateTimeOffset at, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        if ((CheckOpen("revised") ?? (amendment.IsEmpty ? "A proposal must change something in the text." : null)) is { } error)
        {
            return DomainResult.Fail(error);
        }

        var result = Record(ProposalEvent.Revised, actor, at, note);
        if (result.IsSuccess)
        {
            Amendment = amendment;
        }

        return result;
    }

    public ProposalData ToData() => new()
    {
        Id = Id,
        Target = Target,
        Proposers = [.. proposers],
        OnBehalfOf = OnBehalfOf,
        ParentId = ParentId,
        Instructions = [.. Amendment.Instructions],
        State = State,
        Vote = Vote,
        History = [.. history],
        Symbol = Symbol,
    };

    /// <summary>The proposal stored as <paramref name="data"/>, once its history is checked to be a legal sequence that ends in its state.</summary>
    public static DomainResult<Proposal> Restore(ProposalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (list, error) = ProposalRules.CheckProposers(data.Proposers ?? []);
        error ??= ProposalRules.CheckFields(data.Id, data.Target, data.ParentId, data.OnBehalfOf)
            ?? (data.Instructions is null or { Count: 0 } ? "A proposal must change something in the text." : null)
            ?? ProposalRules.CheckHistory(data);
        if (error is not null)
        {
            return DomainResult<Proposal>.Fail($"Stored proposal {data.Id} cannot be restored: {error}");
        }

        var proposal = new Proposal(data.Id, data.Target, list!, ProposalRules.Blank(data.OnBehalfOf), data.ParentId, new Amendment(data.Instructions!), [.. data.History])
        {
            State = data.State,
            Vote = data.Vote,
            Symbol = ProposalRules.Blank(data.Symbol),
        };
        return DomainResult<Proposal>.Ok(proposal);
    }

    public override string ToString() => $"{Id} ({Names()}; {State})";

    private static DomainResult<Proposal> Create(
        string id, ProposalTarget target, IReadOnlyList<string> proposers, Amendment amendment,
        ProposalActor actor, DateTimeOffset at, string? onBehalfOf, string? note, string? parentId)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(proposers);
        ArgumentNullException.ThrowIfNull(amendment);
        var (list, error) = ProposalRules.CheckProposers(proposers);
        error ??= ProposalRules.CheckFields(id, target, parentId, onBehalfOf)
            ?? (amendment.IsEmpty ? "A proposal must change something in the text." : null)
            ?? ProposalRules.CheckActor(actor, note);
        if (error is not null)
        {
            return DomainResult<Proposal>.Fail(error);
        }

        var proposal = new Proposal(id, target, list!, ProposalRules.Blank(onBehalfOf), parentId, amendment, []);
        proposal.history.Add(Entry(ProposalEvent.Proposed, ProposalState.Proposed, actor, at, note));
        return DomainResult<Proposal>.Ok(proposal);
    }

    private DomainResult? CheckMove(ProposalState to, string done) =>
        ProposalTransitions.IsAllowed(State, to) ? null : DomainResult.Fail($"Proposal {Id} cannot be {done}: it {ProposalTransitions.Phrase(State)}.");

    private string? CheckOpen(string done) =>
        State == ProposalState.Proposed ? null : $"Proposal {Id} cannot be {done} now: it {ProposalTransitions.Phrase(State)}.";

    private DomainResult Move(ProposalEvent e, ProposalActor actor, DateTimeOffset at, string? note, VoteResult? vote = null, string? related = null)
    {
        var result = Record(e, actor, at, note, vote: vote, related: related);
        if (result.IsSuccess)
        {
            State = ProposalTransitions.StateAfter(e)!.Value;
        }

        return result;
    }

    private DomainResult Record(ProposalEvent e, ProposalActor actor, DateTimeOffset at, string? note, string? delegation = null, VoteResult? vote = null, string? related = null)
    {
        if (ProposalRules.CheckActor(actor, note) is { } error)
        {
            return DomainResult.Fail(error);
        }

        var state = ProposalTransitions.StateAfter(e) ?? State;
        history.Add(Entry(e, state, actor, at, note) with { Delegation = delegation, Vote = vote, RelatedProposalId = related });
        return DomainResult.Ok();
    }

    private static ProposalHistoryEntry Entry(ProposalEvent e, ProposalState state, ProposalActor actor, DateTimeOffset at, string? note) =>
        new(e, state, actor.Name.Trim(), ProposalRules.Blank(actor.Delegation), at.ToUniversalTime(), ProposalRules.Blank(note));

    private int IndexOf(string delegation) =>
        proposers.FindIndex(p => string.Equals(p, delegation.Trim(), StringComparison.OrdinalIgnoreCase));

    private string Names() => string.Join(", ", proposers);
}
