using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// A sponsor in both drafts whose entry changed: it became (or stopped being) an additional
/// sponsor, its date of joining changed, or the group it speaks for changed.
/// </summary>
public sealed record SponsorChange(Sponsor Old, Sponsor New)
{
    public string Name => New.Name;

    public bool IsAdditionalChanged => Old.Additional != New.Additional;

    public bool IsJoinedChanged => Old.Joined != New.Joined;

    public bool IsOnBehalfOfChanged => Old.OnBehalfOf != New.OnBehalfOf;
}
