using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Changes inside a quotation (ADR 0028), named "the quoted text of operative paragraph 3" (执行部分第3段所引案文):
/// a quoted line kept in both texts whose words changed is amended as a paragraph's words are ("In the quoted text
/// of operative paragraph 3, replace “President” with “Chair”"); a line removed is deleted by its words ("… delete
/// the line “…”"); lines added are inserted after or before a line that stays ("… after the line “…”, insert a new
/// line reading “…”"); a line that moved within the quotation is deleted where it stood and inserted where it goes,
/// as its order is the quoted instrument's; a quotation where there was none is inserted at the end of the paragraph
/// ("Insert at the end of operative paragraph 3 the following quoted text: “…”").
/// </summary>
internal sealed partial class AmendmentWalk
{
    private void QuotedEdits(ParagraphNode old, ParagraphNode now)
    {
        if (old.Quotation.Count == 0 && now.Quotation.Count == 0)
        {
            return;
        }

        var holder = references[old.Id];
        var oldById = old.Quotation.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var kept = now.Quotation.Where(l => oldById.ContainsKey(l.Id)).Select(l => l.Id).ToList();
        var moved = MoveDetector.Moved(old.Quotation.Select(l => l.Id).Where(kept.Contains).ToList(), kept);
        var stays = kept.Where(id => !moved.Contains(id)).ToHashSet(StringComparer.Ordinal);

        foreach (var line in old.Quotation.Where(l => !kept.Contains(l.Id)))
        {
            Instructions.Add(new AmendmentInstruction
            {
                Kind = AmendmentKind.DeleteQuotedLine,
                // "delete the line “X”" must point at one line: named by number when another line reads the same.
                Target = LineNamed(old, line.Id),
                OldText = line.Text,
            });
        }

        var news = now.Quotation;
        for (var j = 0; j < news.Count; j++)
        {
            if (moved.Contains(news[j].Id))
            {
                Instructions.Add(MovedLine(old, news, j, oldById));
                if (oldById[news[j].Id].Text != news[j].Text)
                {
                    var from = Instructions.Count;
                    Edits(references[news[j].Id], oldById[news[j].Id], news[j], top: false, moved: true);
                    NameTheLine(old, oldById[news[j].Id], from);
                }

                continue;
            }

            if (stays.Contains(news[j].Id))
            {
                var was = oldById[news[j].Id];
                if (was.Text != news[j].Text)
                {
                    var from = Instructions.Count;
                    Edits(references[was.Id], was, news[j], top: false, moved: false);
                    NameTheLine(old, was, from);
                }

                continue;
            }

            var end = j;
            while (end < news.Count && !oldById.ContainsKey(news[end].Id))
            {
                end++;
            }

            var placement = j > 0 ? ParagraphPlacement.After(LineNamed(old, news[j - 1].Id))
                : end < news.Count ? ParagraphPlacement.Before(LineNamed(old, news[end].Id))
                : new ParagraphPlacement(PlacementKind.AtEnd);
            Instructions.Add(new AmendmentInstruction
            {
                Kind = AmendmentKind.InsertQuotedLines,
                Target = holder,
                Placement = placement,
                OldText = placement.Reference is { } r ? oldById[r.Id].Text : null,
                Content = news.Skip(j).Take(end - j).Select(l => new ParagraphContent(l.Id, holder.Kind, l.Text, null, [])).ToList(),
            });
            j = end - 1;
        }
    }

    /// <summary>
    /// A line that moved within its quotation (ADR 0028, amendment 2), moved as a paragraph is: after the nearest line of
    /// the original before it in the new order (moves apply in that order, so it may be another moved line), else to the
    /// beginning of the quoted text; lines inserted beside it are placed by it.
    /// </summary>
    private AmendmentInstruction MovedLine(ParagraphNode old, IReadOnlyList<QuotedLine> news, int j, Dictionary<string, QuotedLine> oldById)
    {
        var before = news.Take(j).LastOrDefault(l => oldById.ContainsKey(l.Id));
        var placement = before is not null ? ParagraphPlacement.After(LineNamed(old, before.Id)) : new ParagraphPlacement(PlacementKind.AtStart);
        return new AmendmentInstruction
        {
            Kind = AmendmentKind.MoveQuotedLine,
            Target = LineNamed(old, news[j].Id),
            OldText = oldById[news[j].Id].Text,
            Placement = placement,
            AnchorText = placement.Reference is { } r ? oldById[r.Id].Text : "",
        };
    }

    /// <summary>
    /// A line that places an insertion, named by its number ("after line 3 of the quoted text") when another line of the
    /// quotation reads the same: "after the line “…”" must point at one line only.
    /// </summary>
    private ParagraphReference LineNamed(ParagraphNode holder, string lineId)
    {
        var reference = references[lineId];
        var text = holder.Quotation.First(l => l.Id == lineId).Text.Trim();
        return holder.Quotation.Any(l => l.Id != lineId && string.Equals(l.Text.Trim(), text, StringComparison.Ordinal))
            ? reference with { NamesLine = true }
            : reference;
    }

    /// <summary>
    /// The words a change quotes are found once in its line; when they are in another line of the quotation too, or the
    /// line is replaced whole or changed at its start or end in a quotation of several lines ("at the end of the quoted
    /// text" would be the end of its last line), the line is named: "In line 2 of the quoted text of
    /// operative paragraph 3, …", so the reference is unambiguous across the whole quotation.
    /// </summary>
    private void NameTheLine(ParagraphNode holder, QuotedLine line, int from)
    {
        var others = holder.Quotation.Where(l => l.Id != line.Id).ToList();
        bool Elsewhere(string? words) =>
            words?.Trim() is { Length: > 0 } key && others.Any(l => TextMatches.FindAsRead(l.Text, key).Count > 0);

        var ambiguous = Instructions.Skip(from).Any(i =>
            ((i.Kind == AmendmentKind.ReplaceParagraph || i.Anchor is WordAnchor.AtStart or WordAnchor.AtEnd) && others.Count > 0)
            || Elsewhere(i.OldText)
            || (i.Anchor is WordAnchor.AfterWords or WordAnchor.BeforeWords && Elsewhere(i.AnchorText)));
        if (!ambiguous)
        {
            return;
        }

        for (var k = from; k < Instructions.Count; k++)
        {
            if (Instructions[k].Target is { Quoted: true } target && target.Id == line.Id)
            {
                Instructions[k] = Instructions[k] with { Target = target with { NamesLine = true } };
            }
        }
    }
}
