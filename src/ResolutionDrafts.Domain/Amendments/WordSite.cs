namespace ResolutionDrafts.Domain.Amendments;

/// <summary>One change inside a paragraph: old text[Start..End] becomes <see cref="New"/>.</summary>
internal readonly record struct WordSite(int Start, int End, string New)
{
    public bool IsPure => Start == End || New.Length == 0;
}
