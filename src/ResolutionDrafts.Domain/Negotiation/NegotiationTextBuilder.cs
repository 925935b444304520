using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// Builds a <see cref="NegotiationText"/>: sorts each pending proposal's instructions (named after
/// the text) by the paragraph they change or the place they insert at, then walks the text in
/// reading order, giving each paragraph its brackets, and after it the alternatives and new
/// paragraphs proposed there with their bis/ter labels.
/// </summary>
internal sealed class NegotiationTextBuilder(Draft text, IReadOnlyDictionary<string, ParagraphStatus>? statuses)
{
    private readonly IReadOnlyDictionary<string, ParagraphLabel> labels = ParagraphLabels.Compute(text);
    private readonly SubParagraphNumbering numbering = SubParagraphNumbering.From(text.Metadata);
    private readonly Dictionary<string, List<WordEdit>> wordEdits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NegotiationParagraph>> alternatives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ParagraphProposal>> whole = new(StringComparer.Ordinal);

    // Table proposals (ADR 0029): a cell's edits by node, row and column; a row's proposals by node and row.
    private readonly Dictionary<string, List<WordEdit>> cellEdits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ParagraphProposal>> rowProposals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(ParagraphContent Content, List<ProposalHolder> Holders)>> insertions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> proposedAfter = new(StringComparer.Ordinal);
    private readonly List<NegotiationParagraph> output = [];

    public NegotiationText Build(IEnumerable<Proposal> proposals)
    {
        var pending = proposals.Where(p => p.IsPending).DistinctBy(p => p.Id).ToList();
        var problems = new List<ProposalProblem>();
        for (var order = 0; order < pending.Count; order++)
        {
            var proposal = pending[order];
            var effective = ProposalTexts.Effective(text, proposal, pending);
            if (effective.IsSuccess)
            {
                Collect(effective.Value!, ProposalHolder.Of(proposal), order);
            }
            else
            {
                problems.Add(new ProposalProblem(proposal.Id, effective.Error!));
            }
        }

        Siblings(null, text.Paragraphs, 0);
        return new NegotiationText(text.Language, output, problems);
    }

    private void Collect(Amendment amendment, ProposalHolder holder, int order)
    {
        foreach (var i in amendment.Instructions)
        {
            switch (i.Kind)
            {
                case AmendmentKind.InsertWords or AmendmentKind.DeleteWords or AmendmentKind.ReplaceWords:
                {
                    var (start, _) = WordLocator.Locate(text.FindNode(i.Target!.Id)!.Text, i);
                    Add(wordEdits, i.Target.Id, new WordEdit(start, start + (i.OldText ?? "").Length, i.NewText ?? "", holder, order));
                    break;
                }

                // A cell changed: bracketed in its cell, as words are in a paragraph (ADR 0029).
                case AmendmentKind.ReplaceTableCell when i.Table is { RowId: { } rowId, Column: { } column }:
                    Add(cellEdits, CellKey(i.Target!.Id, rowId, column), new WordEdit(0, (i.OldText ?? "").Length, i.NewText ?? "", holder, order));
                    break;

                // Rows deleted, replaced, moved, or inserted after a row: worded under the row they name.
                case AmendmentKind.DeleteTableRow or AmendmentKind.ReplaceTableRow or AmendmentKind.MoveTableRows or AmendmentKind.InsertTableRows
                    when RowOf(i) is { } row:
                    Hold(rowProposals, i.Target!.Id + "\u0001" + row, i, holder);
                    break;

                // A quoted line replaced whole is a proposal on that line, worded (ADR 0028): it is no paragraph to label "bis".
                case AmendmentKind.ReplaceParagraph when !i.Target!.Quoted:
                    AddAlternative(i, holder);
                    break;

                case AmendmentKind.InsertParagraph:
                    AddInsertion(i, holder);
                    break;

                default:
                    Hold(whole, i.Target!.Id, i, holder);
                    break;
            }
        }
    }

    /// <summary>The proposal worded under <paramref name="key"/>; proposals worded the same share one.</summary>
    private void Hold(Dictionary<string, List<ParagraphProposal>> map, string key, AmendmentInstruction i, ProposalHolder holder)
    {
        var list = map.TryGetValue(key, out var l) ? l : map[key] = [];
        var wording = i.Wording(text.Language);
        var same = list.FindIndex(p => p.Kind == i.Kind && p.Wording == wording);
        if (same >= 0)
        {
            list[same] = list[same] with { Holders = [.. list[same].Holders, holder] };
        }
        else
        {
            list.Add(new ParagraphProposal(i.Kind, wording, [holder]));
        }
    }

    /// <summary>The row a row instruction is shown under: the row itself; for rows moved, the first; for rows inserted, the row they follow or precede (none at the head).</summary>
    private static string? RowOf(AmendmentInstruction i) => i.Kind switch
    {
        AmendmentKind.MoveTableRows => i.Table!.Moved.FirstOrDefault()?.Id,
        _ => i.Table!.RowId,
    };

    private static string CellKey(string node, string row, int column) => node + "\u0001" + row + "\u0001" + column.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private NegotiationTable? TableOf(ParagraphNode node) => node.Table is not { } table ? null : new NegotiationTable(
        table.HeaderRows,
        [.. table.Rows.Select(row => new NegotiationTableRow(
            row.Id,
            [.. row.Cells.Select((cell, c) => new NegotiationTableCell(cell.Span,
                WordBrackets.Segments(cell.Text, cellEdits.GetValueOrDefault(CellKey(node.Id, row.Id, c)) ?? [], DraftLanguage.IsChinese(text.Language))))],
            rowProposals.GetValueOrDefault(node.Id + "\u0001" + row.Id) ?? []))]);

    private void AddAlternative(AmendmentInstruction i, ProposalHolder holder)
    {
        var node = text.FindNode(i.Target!.Id)!;
        var list = alternatives.TryGetValue(node.Id, out var l) ? l : alternatives[node.Id] = [];
        var newText = i.NewText ?? "";
        var same = list.FindIndex(a => a.Text == newText && a.ReplacesChapeau == i.IsChapeau);
        if (same >= 0)
        {
            list[same] = list[same] with { ProposedBy = [.. list[same].ProposedBy, holder] };
            return;
        }

        list.Add(new NegotiationParagraph
        {
            Id = node.Id,
            Label = "",
            Kind = labels[node.Id].Kind,
            Depth = labels[node.Id].Depth,
            Origin = NegotiationParagraphOrigin.Alternative,
            Text = newText,
            Heading = (node as Paragraph)?.Heading,
            Segments = [NegotiationSegment.Plain(newText)],
            AlternativeTo = node.Id,
            ReplacesChapeau = i.IsChapeau,
            ProposedBy = [holder],
        });
    }

    private void AddInsertion(AmendmentInstruction i, ProposalHolder holder)
    {
        var parentId = i.Parent?.Id;
        IReadOnlyList<ParagraphNode> siblings = parentId is null ? text.Paragraphs : text.FindNode(parentId)!.SubParagraphs;
        var placement = i.Placement!;
        string? after = placement.Kind switch
        {
            PlacementKind.After => placement.Reference!.Id,
            PlacementKind.Before => Previous(siblings, placement.Reference!.Id),
            PlacementKind.AtEnd => siblings.Count > 0 ? siblings[^1].Id : null,
            _ => null,
        };

        var key = Slot(parentId, after);
        var list = insertions.TryGetValue(key, out var l) ? l : insertions[key] = [];
        foreach (var content in i.Content)
        {
            var same = list.FindIndex(x => Same(x.Content, content));
            if (same >= 0)
            {
                list[same].Holders.Add(holder);
            }
            else
            {
                list.Add((content, [holder]));
            }
        }
    }

    private void Siblings(ParagraphNode? parent, IReadOnlyList<ParagraphNode> siblings, int depth)
    {
        Insertions(parent, null, depth);
        foreach (var node in siblings)
        {
            var label = labels[node.Id];
            var edits = wordEdits.GetValueOrDefault(node.Id) ?? [];
            var proposed = (alternatives.GetValueOrDefault(node.Id) ?? []).Select(a => a with { Label = NextLabel(label.Label) }).ToList();
            output.Add(new NegotiationParagraph
            {
                Id = node.Id,
                Label = label.Label,
                Kind = label.Kind,
                Depth = depth,
                Origin = NegotiationParagraphOrigin.Text,
                Text = node.Text,
                Heading = (node as Paragraph)?.Heading,
                Part = (node as Paragraph)?.Part,
                PartLetter = label.Part,
                Segments = WordBrackets.Segments(node.Text, edits, DraftLanguage.IsChinese(text.Language)),
                Proposals = whole.GetValueOrDefault(node.Id) ?? [],
                Quotation = node.Quotation.Select(line => new NegotiationQuotedLine(
                    line.Id,
                    line.Text,
                    WordBrackets.Segments(line.Text, wordEdits.GetValueOrDefault(line.Id) ?? [], DraftLanguage.IsChinese(text.Language)),
                    whole.GetValueOrDefault(line.Id) ?? [])).ToList(),
                Table = TableOf(node),
                AlternativeLabels = proposed.Select(a => a.Label).ToList(),
                Status = StatusOf(node.Id),
            });
            output.AddRange(proposed);

            Siblings(node, node.SubParagraphs, depth + 1);
            Insertions(parent, node, depth);
        }
    }

    private void Insertions(ParagraphNode? parent, ParagraphNode? after, int depth)
    {
        if (!insertions.TryGetValue(Slot(parent?.Id, after?.Id), out var list))
        {
            return;
        }

        foreach (var (content, holders) in list)
        {
            var kind = parent is null ? content.Kind : labels[parent.Id].Kind;
            var label = NextLabel(After(parent, after, kind));
            New(content, label, kind, depth, holders, heading: parent is null ? content.Heading : null);
        }
    }

    private void New(ParagraphContent content, string label, ParagraphKind kind, int depth, List<ProposalHolder> holders, string? heading)
    {
        output.Add(new NegotiationParagraph
        {
            Id = content.Id,
            Label = label,
            Kind = kind,
            Depth = depth,
            Origin = NegotiationParagraphOrigin.New,
            Text = content.Text,
            Heading = heading,
            Segments = [NegotiationSegment.Plain(content.Text)],
            ProposedBy = holders,
        });
        for (var n = 0; n < content.SubParagraphs.Count; n++)
        {
            var part = SubParagraphNumbering.LabelPart(numbering.At(depth + 1), n + 1, DraftLanguage.IsChinese(text.Language), depth + 1);
            New(content.SubParagraphs[n], label + " " + part, kind, depth + 1, holders, heading: null);
        }
    }

    /// <summary>
    /// The label a paragraph proposed at this place counts from: the paragraph of the text before
    /// it ("OP5", "OP2 (b)"); at the top level, the last of the new paragraph's own kind ("OP0"
    /// before the first operative paragraph); "OP2 (0)" before the first sub-paragraph of OP2.
    /// </summary>
    private string After(ParagraphNode? parent, ParagraphNode? after, ParagraphKind kind)
    {
        if (parent is not null)
        {
            return after is not null ? labels[after.Id].Label : labels[parent.Id].Label + " (0)";
        }

        var upTo = after is null ? 0 : text.Paragraphs.ToList().FindIndex(p => p.Id == after.Id) + 1;
        var number = text.Paragraphs.Take(upTo).Count(p => p.Kind == kind);
        return (kind == ParagraphKind.Preambular ? "PP" : "OP") + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private string NextLabel(string after)
    {
        var nth = proposedAfter.GetValueOrDefault(after) + 1;
        proposedAfter[after] = nth;
        return NegotiationLabels.Label(after, nth);
    }

    private ParagraphStatus StatusOf(string id)
    {
        if (statuses is null)
        {
            return ParagraphStatus.Open;
        }

        if (statuses.TryGetValue(id, out var own))
        {
            return own;
        }

        var top = text.Paragraphs.FirstOrDefault(p => p.Id == id || p.Descendants().Any(d => d.Id == id));
        return top is not null && statuses.TryGetValue(top.Id, out var inherited) ? inherited : ParagraphStatus.Open;
    }

    private static string? Previous(IReadOnlyList<ParagraphNode> siblings, string id)
    {
        for (var k = 1; k < siblings.Count; k++)
        {
            if (siblings[k].Id == id)
            {
                return siblings[k - 1].Id;
            }
        }

        return null;
    }

    private static string Slot(string? parentId, string? afterId) => parentId + "\u0001" + afterId;

    private static bool Same(ParagraphContent a, ParagraphContent b) =>
        a.Kind == b.Kind && a.Text == b.Text && a.Heading == b.Heading
        && a.SubParagraphs.Count == b.SubParagraphs.Count
        && a.SubParagraphs.Zip(b.SubParagraphs).All(p => Same(p.First, p.Second));

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T item)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(item);
    }
}
