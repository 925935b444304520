namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>A message from a client to the server, with the connection it was sent on.</summary>
internal sealed record SimulatedEnvelope(int ClientIndex, int Connection, object Message);
