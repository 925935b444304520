using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Removes the sponsor <see cref="Name"/>, which is at <see cref="Index"/> in the list. Build it with <see cref="Of"/>.</summary>
public sealed record RemoveSponsor(string Name, int Index) : DraftOperation
{
    public static DomainResult<RemoveSponsor> Of(Draft draft, string name)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var index = IndexOf(draft, name);
        return index < 0
            ? DomainResult<RemoveSponsor>.Fail($"{name} is not a sponsor of this draft.")
            : DomainResult<RemoveSponsor>.Ok(new RemoveSponsor(draft.Sponsors[index].Name, index));
    }

    /// <summary>Sponsor names compare as the draft compares them: trimmed, ignoring case.</summary>
    internal static bool SameName(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static int IndexOf(Draft draft, string name)
    {
        for (var i = 0; i < draft.Sponsors.Count; i++)
        {
            if (SameName(draft.Sponsors[i].Name, name))
            {
                return i;
            }
        }

        return -1;
    }

    private protected override string? CheckShape() =>
        CheckShortText(Name, "A sponsor's name", required: true) ?? CheckIndex(Index, "A sponsor position");

    private protected override DomainResult ApplyValidated(Draft draft) =>
        IndexOf(draft, Name) is var at && at >= 0 && at != Index
            ? DomainResult.Fail($"{Name} is not at the position the removal was made for.")
            : draft.RemoveSponsor(Name);
}
