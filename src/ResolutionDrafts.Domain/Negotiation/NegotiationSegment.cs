namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// A stretch of a paragraph of the text: plain text no pending proposal changes, or a bracket
/// holding the words (possibly none, for an insertion) that proposals change, with what each
/// proposes instead.
/// </summary>
/// <param name="Text">The words of the text, exactly as they stand (spaces included).</param>
/// <param name="Alternatives">Empty for plain text.</param>
public sealed record NegotiationSegment(string Text, IReadOnlyList<BracketAlternative> Alternatives)
{
    public static NegotiationSegment Plain(string text) => new(text, []);

    public bool IsBracket => Alternatives.Count > 0;

    /// <summary>
    /// Plain text as it is; a bracket as "[the text / what a proposal puts instead (its
    /// delegations) / …]", with "—" for no words: "[sexual and reproductive health, / — (Burundi)]";
    /// an insertion as "[the words (its delegations)]".
    /// </summary>
    public string Render()
    {
        if (!IsBracket)
        {
            return Text;
        }

        static string Words(string text) => text.Trim().Length == 0 ? "—" : text.Trim();
        var parts = Alternatives.Select(a => $"{Words(a.Text)} ({string.Join("; ", a.Holders.Select(h => h.Names))})").ToList();
        if (Text.Trim().Length > 0)
        {
            parts.Insert(0, Text.Trim());
        }

        // The spaces around the words stay outside the bracket; an insertion takes them from the words it inserts.
        var edges = Text.Length > 0 ? Text : Alternatives[0].Text;
        var lead = edges.Length > 0 && char.IsWhiteSpace(edges[0]) ? " " : "";
        var tail = edges.Length > 0 && char.IsWhiteSpace(edges[^1]) ? " " : "";
        return lead + "[" + string.Join(" / ", parts) + "]" + tail;
    }
}
