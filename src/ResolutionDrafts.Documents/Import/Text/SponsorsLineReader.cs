using ResolutionDrafts.Documents.Sponsors;
using ResolutionDrafts.Domain.Drafts;
using P = ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Finds the sponsors line by its ending ("…: draft resolution", "…：决议修订草案"), joins it
/// back when it wraps over several lines, and reads the kind of document and the sponsors from it.
/// </summary>
internal sealed class SponsorsLineReader(IReadOnlyList<SourceLine> lines, bool chinese, bool blankLinesMeaningful, ParsedDocument doc, Dictionary<int, List<int>> stars)
{
    public (int Start, int End) Read(int limit, out string? amends)
    {
        for (var i = 0; i < limit; i++)
        {
            var end = i;
            if (KindPhrase.Match(lines[i].Text, chinese) is null)
            {
                // The list wrapped right after its colon: "…, Thailand and Viet Nam:" then "draft resolution"; a Chinese heading
                // before what its "的" qualifies: "理事会副主席…根据非正式协商提交的" then "决议草案".
                if (!(EndsWithColon(lines[i].Text) || WrapsBeforeItsKind(lines[i].Text)) || i + 1 >= limit
                    || KindPhrase.Match(LineJoiner.Join([lines[i].Text, lines[i + 1].Text], chinese), chinese) is not { } wrapped
                    || (wrapped.Groups["names"].Value.Trim().Length == 0 && !wrapped.Groups["by"].Success))
                {
                    continue;
                }

                end = i + 1;
            }

            var start = i;
            while (start > 0 && (!lines[start].Whole || ChineseListWraps(lines[start - 1], lines[start]) || ListWraps(lines[start - 1]))
                   && ContinuesSponsors(lines[start - 1], lines[start]))
            {
                start--;
            }

            var joined = LineJoiner.Join(lines.Skip(start).Take(end - start + 1).Select(l => l.Text), chinese);
            // "Draft decision" as a heading of its own names nobody: the line before it is not its beginning.
            var match = KindPhrase.Match(joined, chinese) ?? KindPhrase.Match(lines[start = end].Text, chinese)!;
            doc.Kind = KindPhrase.KindOf(match);
            if (match.Groups["by"].Success)
            {
                // Not a sponsor: the draft says who put it forward, and prints it so (DraftMetadata.SubmittedBy). Who it is
                // may wrap over the next lines ("… submitted by the Vice-President of the Council," then "Mr. … (Iraq), on
                // the basis of informal consultations").
                var by = match.Groups["by"].Value.Trim();
                while (end + 1 < limit && SubmitterGoesOn(by, lines[end + 1]))
                {
                    by = LineJoiner.Join([by, lines[++end].Text], chinese);
                }

                doc.SubmittedBy = by.Trim().TrimEnd('.', '。');
            }
            else if (match.Groups["names"].Value.Trim().Length > 0)
            {
                var names = match.Groups["names"].Value;
                doc.Sponsors.AddRange(SponsorListReader.Read(names, doc.Language, additional: false, doc.Warnings, stars));
                if (match.Groups["stars"].Length > 0 && doc.Sponsors.Count > 0)
                {
                    SponsorListReader.Mark(stars, match.Groups["stars"].Length, doc.Sponsors.Count - 1);
                }
            }

            amends = match.Groups["target"].Success ? match.Groups["target"].Value.TrimEnd('.') : null;
            return (start, end);
        }

        amends = null;
        return (-1, -1);
    }

    /// <summary>
    /// A list of States ending with a comma goes on on the next line, even where lines are taken for paragraphs (a short text
    /// whose few lines all close): "Albania,* Australia,* …, Finland," then "Germany, … and Spain: draft resolution".
    /// </summary>
    private bool ListWraps(SourceLine previous) =>
        !chinese && previous.Text.TrimEnd().EndsWith(',') && !previous.PageBreakBefore && ListsNames(previous.Text);

    private static bool EndsWithColon(string text) => text.TrimEnd() is [.., ':' or '：'];

    /// <summary>A Chinese line ending with "的" ("…提交的", "…提出的"): what it qualifies, the kind, is on the next line.</summary>
    private bool WrapsBeforeItsKind(string text) => chinese && text.TrimEnd().EndsWith('的');

    /// <summary>Words a phrase does not end with: "… on the basis of" goes on on the next line.</summary>
    private static readonly HashSet<string> Unfinished = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "by", "and", "on", "following", "to", "in", "for", "with", "at", "a", "an", "after", "its", "their",
    };

    /// <summary>
    /// The next line goes on with who submitted the text: the words so far end with a comma or a word no phrase ends with,
    /// or the line opens in lower case ("informal consultations"); never across a blank line that parts the masthead's blocks.
    /// </summary>
    private bool SubmitterGoesOn(string by, SourceLine next)
    {
        var text = next.Text.Trim();
        if (chinese || text.Length == 0 || next.PageBreakBefore || (blankLinesMeaningful && next.BlankBefore) || KindPhrase.Match(text, chinese) is not null)
        {
            return false;
        }

        var last = by.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1] : "";
        return by.EndsWith(',') || Unfinished.Contains(last) || char.IsLower(text[0]);
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
