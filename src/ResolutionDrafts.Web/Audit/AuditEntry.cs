namespace ResolutionDrafts.Web.Audit;

/// <summary>One line of the audit log as pages show it.</summary>
public sealed record AuditEntry(DateTime AtUtc, string UserName, string Actor, Guid? DraftId, string Action, string Detail);
