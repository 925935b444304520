using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// Cuts a paragraph into plain stretches and brackets. Changes from different proposals that
/// share words, or insert at the same point, make one bracket over all the words any of them
/// changes; each proposal's alternative is that stretch as it would make it, so every
/// alternative reads whole. Proposals that would make it read the same share one alternative.
/// Each stretch and alternative carries its italics (ADR 0015): one cut inside an italic title is
/// opened in italics, so it reads alone as it does in the paragraph.
/// </summary>
internal static class WordBrackets
{
    public static IReadOnlyList<NegotiationSegment> Segments(string text, IReadOnlyList<WordEdit> edits, bool chinese) =>
        Spaced(Cut(text, edits), chinese);

    private static List<NegotiationSegment> Cut(string text, IReadOnlyList<WordEdit> edits)
    {
        if (edits.Count == 0)
        {
            return [NegotiationSegment.Plain(InlineItalics.Normalise(text))];
        }

        var segments = new List<NegotiationSegment>();
        var at = 0;
        foreach (var cluster in Clusters(edits))
        {
            var (start, end) = (cluster[0].Start, cluster.Max(e => e.End));
            if (start > at)
            {
                segments.Add(NegotiationSegment.Plain(InlineItalics.Carry(text, at, text[at..start])));
            }

            segments.Add(new NegotiationSegment(InlineItalics.Carry(text, start, text[start..end]), Alternatives(text, start, end, cluster)));
            at = end;
        }

        if (at < text.Length)
        {
            segments.Add(NegotiationSegment.Plain(InlineItalics.Carry(text, at, text[at..])));
        }

        return segments;
    }

    /// <summary>
    /// Where a bracket needs a space outside it. Its words print trimmed, so a space at their edge (or, for an
    /// insertion, at the edge of the words it inserts) goes outside; in English a bracket that would touch a
    /// word gets one too — a bracket holds whole words, so a letter beside it is the next word — except
    /// before punctuation that follows a word (, ; . : ) ” ’) and after an opening ( “ ‘. Chinese adds none.
    /// Never a second space beside one the text has.
    /// </summary>
    private static List<NegotiationSegment> Spaced(List<NegotiationSegment> segments, bool chinese)
    {
        for (var k = 0; k < segments.Count; k++)
        {
            var segment = segments[k];
            if (!segment.IsBracket)
            {
                continue;
            }

            var own = InlineItalics.Strip(segment.Text);
            var edges = own.Length > 0 ? own : InlineItalics.Strip(segment.Alternatives[0].Text);
            var content = own.Trim().Length > 0 ? own.Trim() : InlineItalics.Strip(segment.Alternatives[0].Text).Trim();
            var before = k > 0 ? Printed(segments[k - 1]) : "";
            var after = k + 1 < segments.Count ? Printed(segments[k + 1]) : "";
            var spaceBefore = before.Length > 0 && !char.IsWhiteSpace(before[^1]) && !(segments[k - 1].IsBracket && segments[k - 1].SpaceAfter)
                && ((edges.Length > 0 && char.IsWhiteSpace(edges[0]))
                    || (!chinese && !IsOpening(before[^1]) && (content.Length == 0 || !IsFollowing(content[0]))));
            var spaceAfter = after.Length > 0 && !char.IsWhiteSpace(after[0])
                && ((edges.Length > 0 && char.IsWhiteSpace(edges[^1]))
                    || (!chinese && !IsFollowing(after[0]) && (content.Length == 0 || !IsOpening(content[^1]))));
            segments[k] = segment with { SpaceBefore = spaceBefore, SpaceAfter = spaceAfter };
        }

        return segments;

        // A bracket next to this one prints its own brackets: "[" and "]" are what touch.
        static string Printed(NegotiationSegment s) => s.IsBracket ? "[]" : InlineItalics.Strip(s.Text);
    }

    private static bool IsOpening(char c) => c is '(' or '[' or '“' or '‘' or '"' or '\'' or '/' or '-' or '–' or '—';

    private static bool IsFollowing(char c) => c is ',' or ';' or '.' or ':' or ')' or ']' or '”' or '’' or '!' or '?' or '%';

    private static List<List<WordEdit>> Clusters(IReadOnlyList<WordEdit> edits)
    {
        var clusters = new List<List<WordEdit>>();
        var end = -1;
        foreach (var edit in edits.OrderBy(e => e.Start).ThenBy(e => e.End))
        {
            var last = clusters.Count > 0 ? clusters[^1] : null;
            var sharesWords = last is not null && edit.Start < end;

            // Words inserted right before or after words another proposal changes could belong
            // to either stretch: one bracket shows both readings whole.
            var touches = last is not null && edit.Start == end && (edit.Start == edit.End || last.Any(e => e.Start == end && e.End == end));
            if (sharesWords || touches)
            {
                last!.Add(edit);
                end = Math.Max(end, edit.End);
            }
            else
            {
                clusters.Add([edit]);
                end = edit.End;
            }
        }

        return clusters;
    }

    private static List<BracketAlternative> Alternatives(string text, int start, int end, List<WordEdit> cluster)
    {
        var alternatives = new List<BracketAlternative>();
        foreach (var proposal in cluster.GroupBy(e => e.Holder.ProposalId).OrderBy(g => g.Min(e => e.Order)))
        {
            var words = new System.Text.StringBuilder();
            var at = start;
            foreach (var edit in proposal.OrderBy(e => e.Start).ThenBy(e => e.End))
            {
                words.Append(text, at, edit.Start - at).Append(edit.NewText);
                at = edit.End;
            }

            words.Append(text, at, end - at);
            var proposed = InlineItalics.Carry(text, start, words.ToString());
            var holder = proposal.First().Holder;
            var same = alternatives.FindIndex(a => a.Text == proposed);
            if (same >= 0)
            {
                alternatives[same] = alternatives[same] with { Holders = [.. alternatives[same].Holders, holder] };
                continue;
            }

            var change = start == end ? BracketChange.Insert : proposed.Trim().Length == 0 ? BracketChange.Delete : BracketChange.Replace;
            alternatives.Add(new BracketAlternative(proposed, change, [holder]));
        }

        return alternatives;
    }
}
