using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// A stretch of a paragraph of the text: plain text no pending proposal changes, or a bracket
/// holding the words (possibly none, for an insertion) that proposals change, with what each
/// proposes instead.
/// </summary>
/// <param name="Text">
/// The words of the text as they stand (spaces included), with their italics: a stretch cut inside
/// italics opens them, so each stretch and alternative prints alone as it reads in the paragraph (ADR 0015).
/// </param>
/// <param name="Alternatives">Empty for plain text.</param>
public sealed record NegotiationSegment(string Text, IReadOnlyList<BracketAlternative> Alternatives)
{
    public static NegotiationSegment Plain(string text) => new(text, []);

    public bool IsBracket => Alternatives.Count > 0;

    /// <summary>
    /// For a bracket: a space goes before it, outside the bracket, where a reader needs one (ADR 0023). Its
    /// words are printed trimmed, so the space they had at their edge is given here; in English a bracket
    /// beside a word gets one as well ("the [acting (Cuba)] Secretary-General"), never before , ; . or after
    /// an opening (; in Chinese none is added.
    /// </summary>
    public bool SpaceBefore { get; init; }

    /// <summary>For a bracket: a space goes after it, outside the bracket (see <see cref="SpaceBefore"/>).</summary>
    public bool SpaceAfter { get; init; }

    /// <summary>
    /// Plain text as it is; a bracket as "[the text / what a proposal puts instead (its
    /// delegations) / …]", with "—" for no words: "[sexual and reproductive health, / — (Burundi)]";
    /// an insertion as "[the words (its delegations)]".
    /// </summary>
    public string Render()
    {
        // A plain line: the words without their italic marks, as amendment wordings quote them.
        if (!IsBracket)
        {
            return InlineItalics.Strip(Text);
        }

        static string Words(string text) => InlineItalics.Strip(text).Trim() is { Length: > 0 } words ? words : "—";
        var parts = Alternatives.Select(a => $"{Words(a.Text)} ({ProposalHolder.NamesOf(a.Holders)})").ToList();
        var own = InlineItalics.Strip(Text);
        if (own.Trim().Length > 0)
        {
            parts.Insert(0, own.Trim());
        }

        return (SpaceBefore ? " " : "") + "[" + string.Join(" / ", parts) + "]" + (SpaceAfter ? " " : "");
    }
}
