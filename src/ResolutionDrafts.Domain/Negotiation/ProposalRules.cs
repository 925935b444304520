using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>The checks a <see cref="Proposal"/> makes of what it is given, and of a stored one's history.</summary>
internal static class ProposalRules
{
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static (List<string>? List, string? Error) CheckProposers(IReadOnlyList<string> proposers)
    {
        var list = new List<string>(proposers.Count);
        foreach (var raw in proposers)
        {
            var name = raw?.Trim() ?? "";
            if (CheckName(name, "A proposing delegation's name") is { } error)
            {
                return (null, error);
            }

            if (list.Find(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase)) is { } earlier)
            {
                return (null, $"{earlier} is named twice among the proposers.");
            }

            list.Add(name);
        }

        if (list.Count == 0)
        {
            return (null, "A proposal needs at least one proposing delegation.");
        }

        return list.Count > DraftLimits.MaxSponsors ? (null, $"A proposal can have at most {DraftLimits.MaxSponsors} proposers.") : (list, null);
    }

    public static string? CheckFields(string? id, ProposalTarget? target, string? parentId, string? onBehalfOf)
    {
        if (!ParagraphIds.IsValid(id))
        {
            return $"A proposal id must be 1 to {DraftLimits.MaxIdLength} letters, digits, '-', '_' or '.'.";
        }

        if (parentId is not null && (!ParagraphIds.IsValid(parentId) || parentId == id))
        {
            return "A sub-amendment must name another proposal as its parent.";
        }

        if (target is null)
        {
            return "A proposal must say which text it is made to.";
        }

        return target.Problem() ?? CheckLength(onBehalfOf, "An \"on behalf of\" group");
    }

    public static string? CheckActor(ProposalActor? actor, string? note)
    {
        if (actor is null || CheckName(actor.Name?.Trim() ?? "", "The name of the person acting") is { } error)
        {
            return "The name of the person acting must be given.";
        }

        return CheckLength(actor.Delegation, "A delegation's name") ?? CheckLength(note, "A note");
    }

    public static string? CheckName(string name, string what) =>
        name.Length == 0 ? $"{what} cannot be empty." : CheckLength(name, what);

    public static string? CheckLength(string? text, string what) =>
        text is { Length: > DraftLimits.MaxShortTextLength } ? $"{what} can have at most {DraftLimits.MaxShortTextLength:N0} characters." : null;

    public static string? CheckHistory(ProposalData data)
    {
        var entries = data.History ?? [];
        if (entries.Count == 0 || entries[0].Event != ProposalEvent.Proposed || entries[0].State != ProposalState.Proposed)
        {
            return "its history does not begin with the proposal being made.";
        }

        var state = ProposalState.Proposed;
        foreach (var entry in entries.Skip(1))
        {
            var next = ProposalTransitions.StateAfter(entry.Event);
            // The L document's symbol may be given or taken away whatever the proposal's state; other steps that
            // leave the state as it is (co-proposers, revisions) happen only while it is proposed.
            var legal = next is { } to ? ProposalTransitions.IsAllowed(state, to)
                : entry.Event is ProposalEvent.SymbolGiven or ProposalEvent.SymbolRemoved
                || (state == ProposalState.Proposed && entry.Event != ProposalEvent.Proposed);
            if (!legal || entry.State != (next ?? state))
            {
                return $"its history moves from {state} by {entry.Event} to {entry.State}, which is not a legal move.";
            }

            state = entry.State;
        }

        if (state != data.State)
        {
            return $"its history ends in {state} but it is stored as {data.State}.";
        }

        var voted = state is ProposalState.Adopted or ProposalState.NotAdopted;
        if (voted != (data.Vote is not null))
        {
            return voted ? "it was voted on but has no vote result." : "it has a vote result but was not voted on.";
        }

        return data.Vote?.Problem();
    }
}
