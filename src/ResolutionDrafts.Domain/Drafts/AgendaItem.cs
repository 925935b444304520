namespace ResolutionDrafts.Domain.Drafts;

/// <summary>An agenda item as printed under the session: "Agenda item 66" and its title.</summary>
public sealed record AgendaItem(string Number, string Title);
