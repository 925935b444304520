namespace ResolutionDrafts.Domain.Drafts;

public enum ParagraphKind
{
    Preambular,
    Operative,
}
