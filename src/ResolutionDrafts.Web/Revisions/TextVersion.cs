using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Revisions;

/// <summary>A text that can be compared: an issued revision, or the live text (<see cref="RevisionId"/> null).</summary>
public sealed record TextVersion(Guid? RevisionId, string Name, Draft Draft, int LogRevision)
{
    public const string LiveKey = "live";

    public string Key => RevisionId?.ToString() ?? LiveKey;
}
