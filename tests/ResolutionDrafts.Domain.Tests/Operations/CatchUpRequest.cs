namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>A (re)join: "I have seen up to this revision; send me the rest and then everything new".</summary>
internal sealed record CatchUpRequest(int Revision);
