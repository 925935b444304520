using System.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// One paragraph or sub-paragraph of a negotiation text: a paragraph of the text, with brackets
/// where pending proposals change its words and the whole-paragraph changes proposed to it; or a
/// proposed alternative or new paragraph, labelled "OP5 bis", with the proposals that hold it.
/// </summary>
public sealed record NegotiationParagraph
{
    /// <summary>The id in the text; for a proposed paragraph, its id in the proposal.</summary>
    public required string Id { get; init; }

    /// <summary>"PP3", "OP2 (a)"; "OP5 bis", "OP5 bis (a)" for proposed paragraphs.</summary>
    public required string Label { get; init; }

    public required ParagraphKind Kind { get; init; }

    /// <summary>0 for a paragraph, 1 for (a), 2 for (i), 3 for a.</summary>
    public required int Depth { get; init; }

    public required NegotiationParagraphOrigin Origin { get; init; }

    /// <summary>The text as it stands, or as proposed.</summary>
    public required string Text { get; init; }

    public string? Heading { get; init; }

    /// <summary>For a paragraph of the text that opens a part of a resolution in parts: the part's title and author line (ADR 0016).</summary>
    public DraftPart? Part { get; init; }

    /// <summary>The letter of the part the paragraph is in ("B"); null in a draft without parts.</summary>
    public string? PartLetter { get; init; }

    /// <summary>The text cut into plain stretches and brackets; one plain segment for a proposed paragraph.</summary>
    public IReadOnlyList<NegotiationSegment> Segments { get; init; } = [];

    /// <summary>For an alternative: the id of the paragraph of the text it would replace.</summary>
    public string? AlternativeTo { get; init; }

    /// <summary>For an alternative to a paragraph with sub-paragraphs: it replaces the chapeau only.</summary>
    public bool ReplacesChapeau { get; init; }

    /// <summary>For an alternative or new paragraph: the proposals that propose it.</summary>
    public IReadOnlyList<ProposalHolder> ProposedBy { get; init; } = [];

    /// <summary>For a paragraph of the text: the labels of the alternatives proposed to it ("OP5 bis").</summary>
    public IReadOnlyList<string> AlternativeLabels { get; init; } = [];

    /// <summary>For a paragraph of the text: proposals to delete or move it, or change its heading.</summary>
    public IReadOnlyList<ParagraphProposal> Proposals { get; init; } = [];

    /// <summary>For a paragraph of the text: the lines of the quotation it holds (ADR 0028), each with its brackets and proposals.</summary>
    public IReadOnlyList<NegotiationQuotedLine> Quotation { get; init; } = [];

    /// <summary>
    /// For a paragraph of the text holding a table (ADR 0029): the table as it stands, each changed cell bracketed with
    /// what proposals put instead, and the proposals on each row; null when it holds none.
    /// </summary>
    public NegotiationTable? Table { get; init; }

    /// <summary>As stored for the paragraph of the text (a sub-paragraph without its own takes its paragraph's); proposed paragraphs are open.</summary>
    public ParagraphStatus Status { get; init; }

    /// <summary>True when any pending proposal touches it: a bracket, a whole-paragraph change, or it is proposed.</summary>
    public bool IsContested =>
        Origin != NegotiationParagraphOrigin.Text || Segments.Any(s => s.IsBracket) || Proposals.Count > 0 || AlternativeLabels.Count > 0
        || Quotation.Any(l => l.IsContested) || Table?.IsContested == true;

    /// <summary>One line: "OP13 … [sexual and reproductive health, / — (Burundi)] …", "OP5 bis (alternative to OP5) … (Chile)".</summary>
    public string Render()
    {
        var line = new StringBuilder(Label);
        if (Origin == NegotiationParagraphOrigin.Alternative)
        {
            line.Append(ReplacesChapeau ? " (alternative chapeau)" : " (alternative)");
        }

        line.Append(' ');
        if (Origin == NegotiationParagraphOrigin.Text)
        {
            foreach (var segment in Segments)
            {
                line.Append(segment.Render());
            }

            foreach (var quoted in Quotation)
            {
                line.Append(" | ");
                foreach (var segment in quoted.Segments)
                {
                    line.Append(segment.Render());
                }

                foreach (var proposal in quoted.Proposals)
                {
                    line.Append(" {").Append(proposal.Wording).Append(" (").Append(ProposalHolder.NamesOf(proposal.Holders)).Append(")}");
                }
            }

            foreach (var row in Table?.Rows.Where(r => r.IsContested) ?? [])
            {
                line.Append(" | row ").Append(string.Join(" | ", row.Cells.Select(c => string.Concat(c.Segments.Select(x => x.Render())))));
                foreach (var proposal in row.Proposals)
                {
                    line.Append(" {").Append(proposal.Wording).Append(" (").Append(ProposalHolder.NamesOf(proposal.Holders)).Append(")}");
                }
            }

            foreach (var proposal in Proposals)
            {
                line.Append(" {").Append(proposal.Wording).Append(" (").Append(ProposalHolder.NamesOf(proposal.Holders)).Append(")}");
            }
        }
        else
        {
            line.Append(Text).Append(" (").Append(ProposalHolder.NamesOf(ProposedBy)).Append(')');
        }

        return line.ToString();
    }
}

/// <summary>
/// A line of the quotation a paragraph holds (ADR 0028), as the negotiation view shows it under its paragraph: brackets
/// where pending proposals change its words, and the proposals that replace or delete it, worded.
/// </summary>
public sealed record NegotiationQuotedLine(string Id, string Text, IReadOnlyList<NegotiationSegment> Segments, IReadOnlyList<ParagraphProposal> Proposals)
{
    public bool IsContested => Segments.Any(s => s.IsBracket) || Proposals.Count > 0;
}

/// <summary>
/// The table a paragraph holds (ADR 0029) as the negotiation view shows it: in the table, a changed cell bracketed with
/// what each proposal puts instead ("[0.008 / 0.009 (Cuba)]"), and under a row the proposals that delete, replace or
/// move it or insert rows after it, worded.
/// </summary>
public sealed record NegotiationTable(int HeaderRows, IReadOnlyList<NegotiationTableRow> Rows)
{
    public bool IsContested => Rows.Any(r => r.IsContested);
}

/// <summary>A row of a <see cref="NegotiationTable"/>: its cells' brackets and the proposals on the row.</summary>
public sealed record NegotiationTableRow(string Id, IReadOnlyList<NegotiationTableCell> Cells, IReadOnlyList<ParagraphProposal> Proposals)
{
    public bool IsContested => Proposals.Count > 0 || Cells.Any(c => c.Segments.Any(s => s.IsBracket));
}

/// <summary>A cell: the columns it spans and its text cut into plain stretches and brackets.</summary>
public sealed record NegotiationTableCell(int Span, IReadOnlyList<NegotiationSegment> Segments);
