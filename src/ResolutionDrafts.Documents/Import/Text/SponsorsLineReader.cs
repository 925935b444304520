using ResolutionDrafts.Documents.Sponsors;
using ResolutionDrafts.Domain.Drafts;
using P = ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Finds the sponsors line by its ending ("…: draft resolution", "…：决议修订草案"), joins it
/// back when it wraps over several lines, and reads the kind of document and the sponsors from it.
/// </summary>
internal sealed class SponsorsLineReader(IReadOnlyList<SourceLine> lines, bool chinese, bool blankLinesMeaningful, ParsedDocument doc, Dictionary<int, int> stars)
{
    public (int Start, int End) Read(int limit, out string? amends)
    {
        for (var i = 0; i < limit; i++)
        {
            if (KindPhrase.Match(lines[i].Text, chinese) is null)
            {
                continue;
            }

            var start = i;
            while (start > 0 && (!lines[start].Whole || ChineseListWraps(lines[start - 1], lines[start])) && ContinuesSponsors(lines[start - 1], lines[start]))
            {
                start--;
            }

            var joined = LineJoiner.Join(lines.Skip(start).Take(i - start + 1).Select(l => l.Text), chinese);
            // "Draft decision" as a heading of its own names nobody: the line before it is not its beginning.
            var match = KindPhrase.Match(joined, chinese) ?? KindPhrase.Match(lines[start = i].Text, chinese)!;
            doc.Kind = KindPhrase.KindOf(match);
            if (match.Groups["by"].Success)
            {
                // Not a sponsor: the draft says who put it forward, and prints it so (DraftMetadata.SubmittedBy).
                doc.SubmittedBy = match.Groups["by"].Value.Trim().TrimEnd('.', '。');
            }
            else if (match.Groups["names"].Value.Trim().Length > 0)
            {
                var names = match.Groups["names"].Value;
                doc.Sponsors.AddRange(SponsorListReader.Read(names, doc.Language, additional: false, doc.Warnings, stars));
                if (match.Groups["stars"].Length > 0 && doc.Sponsors.Count > 0)
                {
                    stars.TryAdd(match.Groups["stars"].Length, doc.Sponsors.Count - 1);
                }
            }

            amends = match.Groups["target"].Success ? match.Groups["target"].Value.TrimEnd('.') : null;
            return (start, i);
        }

        amends = null;
        return (-1, -1);
    }

    private bool ContinuesSponsors(SourceLine previous, SourceLine line)
    {
        var prev = previous.Text;
        if (prev.Length == 0 || KindPhrase.Match(prev, chinese) is not null || P.AgendaItem().IsMatch(prev) || Furniture.IsSymbol(prev))
        {
            return false;
        }

        var endsWithSeparator = prev[^1] is ',' or '、' or '，' || prev.EndsWith(" and", StringComparison.Ordinal) || prev[^1] == '和';
        // With no blank line between them, the line before goes on with the sponsors only when it is a list of names
        // itself: an agenda item's title standing right above ("Report of the International Law Commission" then
        // "Austria and Mexico: draft decision") is not glued into the list.
        return endsWithSeparator || ChineseListWraps(previous, line) || (blankLinesMeaningful && !line.BlankBefore && !line.PageBreakBefore && ListsNames(prev));
    }

    /// <summary>
    /// A Chinese list wraps where the line is full, inside a name ("…、挪威、葡萄" then "牙和乌拉圭：决议草案"): a line of
    /// names separated by "、" goes on to the next with no blank line between, even where lines are taken for paragraphs.
    /// </summary>
    private bool ChineseListWraps(SourceLine previous, SourceLine line) =>
        chinese && previous.Text.Contains('、', StringComparison.Ordinal) && !line.PageBreakBefore && !line.BlankBefore
        && KindPhrase.Match(previous.Text, chinese) is null && ListsNames(previous.Text);

    /// <summary>
    /// The line reads as a piece of a list of States: its first name (up to the first comma, parenthesis or "and") is a
    /// name of the list or the start of one, or a name stands whole between two of its commas.
    /// </summary>
    private bool ListsNames(string text)
    {
        var pieces = SponsorListReader.SplitOutside(text, chinese ? "、，," : ",");
        var first = pieces.Count == 0 ? "" : pieces[0].Trim().TrimEnd('*');
        var paren = first.IndexOfAny(['(', '（']);
        first = paren >= 0 ? first[..paren] : first;
        var and = chinese ? first.IndexOf('和', StringComparison.Ordinal) : first.IndexOf(" and ", StringComparison.Ordinal);
        return MemberStates.IsNameOrItsStart(first) || (and > 0 && MemberStates.IsNameOrItsStart(first[..and]))
            || pieces.Skip(1).SkipLast(1).Any(p => MemberStates.IsKnown(p.Trim().Trim('*')));
    }
}
