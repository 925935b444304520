namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// A sponsor of a draft: a Member State, observer or group. A group sponsor names the group it
/// speaks for in <see cref="OnBehalfOf"/> ("the States Members of the United Nations that are
/// members of the Group of African States"). Sponsors who joined after issue are additional.
/// </summary>
public sealed record Sponsor(string Name, bool Additional = false, DateOnly? Joined = null, string? OnBehalfOf = null);
