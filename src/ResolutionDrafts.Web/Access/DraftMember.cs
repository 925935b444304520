namespace ResolutionDrafts.Web.Access;

/// <summary>One member of a draft, for the members page.</summary>
public sealed record DraftMember(string UserId, string UserName, string DisplayName, string? Delegation, DraftRole Role, DateTime AddedUtc, string AddedBy);
