using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Proposals;

/// <summary>
/// A proposal from a marked-up Word file as an edit of the live text, for
/// <see cref="IProposalService.ProposeEditAsync"/>: its instructions applied to the copy the
/// service hands over (the live text of that moment), the copy then made like the result, paragraph
/// by paragraph, keeping ids.
/// </summary>
internal static class MarkupImportEdit
{
    public static Func<Draft, DomainResult> Applying(IReadOnlyList<AmendmentInstruction> instructions) => draft =>
    {
        var applied = AmendmentApplier.Apply(draft, instructions);
        return applied.IsSuccess ? MakeLike(draft, applied.Value!) : DomainResult.Fail("The change no longer applies to the live text: " + applied.Error);
    };

    public static DomainResult MakeLike(Draft draft, Draft target)
    {
        var keep = target.AllNodes().Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var node in draft.AllNodes().ToList())
        {
            if (!keep.Contains(node.Id) && draft.FindNode(node.Id) is not null && draft.Delete(node.Id) is { IsSuccess: false } deleted)
            {
                return deleted;
            }
        }

        for (var i = 0; i < target.Paragraphs.Count; i++)
        {
            var wanted = target.Paragraphs[i];
            var at = draft.Paragraphs.ToList().FindIndex(p => p.Id == wanted.Id);
            var result = at < 0
                ? draft.InsertParagraph(wanted.Kind, wanted.Text, i, wanted.Id, wanted.Heading).IsSuccess ? DomainResult.Ok() : DomainResult.Fail($"Paragraph {wanted.Id} could not be inserted.")
                : Chain(at == i ? DomainResult.Ok() : draft.Move(wanted.Id, i),
                    () => draft.Paragraphs[i].Kind == wanted.Kind ? DomainResult.Ok() : draft.SetParagraphKind(wanted.Id, wanted.Kind),
                    () => draft.Paragraphs[i].Heading == wanted.Heading ? DomainResult.Ok() : draft.SetHeading(wanted.Id, wanted.Heading),
                    () => draft.Paragraphs[i].Text == wanted.Text ? DomainResult.Ok() : draft.SetText(wanted.Id, wanted.Text));
            if (!result.IsSuccess)
            {
                return result;
            }

            if ((Quotation(draft, draft.Paragraphs[i], wanted) is { IsSuccess: false } quoted ? quoted : Children(draft, draft.Paragraphs[i], wanted)) is { IsSuccess: false } children)
            {
                return children;
            }
        }

        return DomainResult.Ok();
    }

    private static DomainResult Children(Draft draft, ParagraphNode node, ParagraphNode wanted)
    {
        for (var j = 0; j < wanted.SubParagraphs.Count; j++)
        {
            var sub = wanted.SubParagraphs[j];
            var at = node.SubParagraphs.ToList().FindIndex(s => s.Id == sub.Id);
            var result = at < 0
                ? draft.AddSubParagraph(node.Id, sub.Text, j, sub.Id).IsSuccess ? DomainResult.Ok() : DomainResult.Fail($"Sub-paragraph {sub.Id} could not be added.")
                : Chain(at == j ? DomainResult.Ok() : draft.Move(sub.Id, j),
                    () => node.SubParagraphs[j].Text == sub.Text ? DomainResult.Ok() : draft.SetText(sub.Id, sub.Text));
            if (!result.IsSuccess)
            {
                return result;
            }

            if ((Quotation(draft, node.SubParagraphs[j], sub) is { IsSuccess: false } quoted ? quoted : Children(draft, node.SubParagraphs[j], sub)) is { IsSuccess: false } children)
            {
                return children;
            }
        }

        return DomainResult.Ok();
    }

    /// <summary>
    /// The node's quotation made like the wanted one (ADR 0028), line by line, keeping ids: lines removed, added, moved
    /// and reworded. Without it a Word file's changes to quoted lines were proposed as nothing.
    /// </summary>
    private static DomainResult Quotation(Draft draft, ParagraphNode node, ParagraphNode wanted)
    {
        var wantedIds = wanted.Quotation.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var line in draft.FindNode(node.Id)!.Quotation.ToList())
        {
            if (!wantedIds.Contains(line.Id) && draft.RemoveQuotedLine(line.Id) is { IsSuccess: false } removed)
            {
                return removed;
            }
        }

        for (var j = 0; j < wanted.Quotation.Count; j++)
        {
            var line = wanted.Quotation[j];
            var lines = draft.FindNode(node.Id)!.Quotation;
            var at = lines.ToList().FindIndex(l => l.Id == line.Id);
            if (at < 0 && draft.FindNode(line.Id) is QuotedLine && draft.RemoveQuotedLine(line.Id) is { IsSuccess: false } carried)
            {
                return carried; // a line carried from another paragraph's quotation
            }

            var result = at < 0
                ? draft.AddQuotedLine(node.Id, line.Text, j, line.Id).IsSuccess ? DomainResult.Ok() : DomainResult.Fail($"Quoted line {line.Id} could not be added.")
                : Chain(at == j ? DomainResult.Ok() : draft.MoveQuotedLine(line.Id, j),
                    () => draft.FindNode(line.Id)!.Text == line.Text ? DomainResult.Ok() : draft.SetText(line.Id, line.Text));
            if (!result.IsSuccess)
            {
                return result;
            }
        }

        return DomainResult.Ok();
    }

    private static DomainResult Chain(DomainResult first, params Func<DomainResult>[] next)
    {
        var result = first;
        foreach (var step in next)
        {
            if (!result.IsSuccess)
            {
                return result;
            }

            result = step();
        }

        return result;
    }
}
