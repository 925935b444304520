using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Precedents.Search;

/// <summary>
/// Which precedents a search may return: by body (any language's name of it, <see cref="Bodies"/>),
/// session, year of adoption and kind of paragraph; null is any.
/// </summary>
public sealed record PrecedentFilter(string? Body = null, string? Session = null, string? Year = null, ParagraphKind? Kind = null)
{
    public bool IsEmpty => Body is null && Session is null && Year is null && Kind is null;

    public bool Allows(Precedent precedent) =>
        (Body is null || string.Equals(Bodies.Canonical(precedent.Body), Bodies.Canonical(Body), StringComparison.OrdinalIgnoreCase))
        && (Session is null || precedent.Session == Session)
        && (Year is null || precedent.Year == Year)
        && (Kind is null || precedent.Kind == Kind);
}
