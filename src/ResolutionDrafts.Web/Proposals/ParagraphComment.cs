namespace ResolutionDrafts.Web.Proposals;

/// <summary>
/// A comment on a paragraph as pages and downloads read it (the row is <see cref="Data.CommentRecord"/>,
/// which stays in the data layer): who wrote it, for which delegation, and the comment it answers.
/// </summary>
public sealed record ParagraphComment(Guid Id, string ParagraphId, string Author, string? Delegation, string Text, DateTime AtUtc, Guid? ReplyToId);
