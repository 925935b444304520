using System.Text.Json;

namespace ResolutionDrafts.Web.Hubs;

/// <summary>
/// <see cref="SubmitOperation"/> as the hub receives it: the operation stays raw JSON until
/// <c>DraftOperationJson.Parse</c> reads it, so a malformed one gets a clear refusal, not a binding error.
/// </summary>
public sealed record SubmitOperationRequest(Guid DraftId, string ClientId, long ClientSeq, int BaseRevision, JsonElement Operation);
