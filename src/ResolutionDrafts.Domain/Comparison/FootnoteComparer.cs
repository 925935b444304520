using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Comparison;

internal static class FootnoteComparer
{
    public static List<FootnoteComparison> Compare(IReadOnlyList<Footnote> old, IReadOnlyList<Footnote> now)
    {
        var oldByNumber = old.ToDictionary(f => f.Number);
        var newByNumber = now.ToDictionary(f => f.Number);
        var numbers = oldByNumber.Keys.Union(newByNumber.Keys).Order();
        var result = new List<FootnoteComparison>();
        foreach (var number in numbers)
        {
            var before = oldByNumber.GetValueOrDefault(number)?.Text;
            var after = newByNumber.GetValueOrDefault(number)?.Text;
            var change = (before, after) switch
            {
                (null, _) => FootnoteChange.Added,
                (_, null) => FootnoteChange.Removed,
                _ when before == after => FootnoteChange.Unchanged,
                _ => FootnoteChange.Modified,
            };
            result.Add(new FootnoteComparison(number, change, before, after, TextDiffer.Diff(before ?? "", after ?? "")));
        }

        return result;
    }
}
