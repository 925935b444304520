using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// A text with its pending proposals shown the way negotiation texts show them: in each paragraph
/// the words proposals change in brackets, with what each proposes instead and who proposes it;
/// after a paragraph, the alternatives and new paragraphs proposed there, labelled "OP5 bis",
/// "OP5 ter"; whole-paragraph deletions, moves and heading changes on the paragraph. Each
/// paragraph carries its negotiation status. A view: it changes nothing.
/// </summary>
public sealed record NegotiationText(string Language, IReadOnlyList<NegotiationParagraph> Paragraphs, IReadOnlyList<ProposalProblem> NotShown)
{
    /// <summary>
    /// Builds the view of <paramref name="text"/> with the pending proposals among
    /// <paramref name="proposals"/>; proposals made to an earlier version of the text are named
    /// after this one (<see cref="ProposalTexts.Effective"/>), and those that no longer fit are
    /// listed in <see cref="NotShown"/>. A sub-amendment shows as what its parent would propose
    /// as amended by it, credited to its own proposers.
    /// </summary>
    /// <param name="statuses">Paragraph statuses by paragraph id; a paragraph not listed is open.</param>
    public static NegotiationText Build(Draft text, IEnumerable<Proposal> proposals, IReadOnlyDictionary<string, ParagraphStatus>? statuses = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(proposals);
        return new NegotiationTextBuilder(text, statuses).Build(proposals);
    }

    /// <summary>The paragraphs the proposals contest.</summary>
    public IEnumerable<NegotiationParagraph> Contested => Paragraphs.Where(p => p.IsContested);

    /// <summary>One line per paragraph (see <see cref="NegotiationParagraph.Render"/>), sub-paragraphs indented.</summary>
    public string Render() =>
        string.Join('\n', Paragraphs.Select(p => new string(' ', p.Depth * 2) + p.Render()));
}
