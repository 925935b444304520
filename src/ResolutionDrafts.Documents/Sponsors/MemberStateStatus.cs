namespace ResolutionDrafts.Documents.Sponsors;

/// <summary>How a State or organization takes part in the United Nations.</summary>
public enum MemberStateStatus
{
    Member,
    ObserverState,
    Organization,
}
