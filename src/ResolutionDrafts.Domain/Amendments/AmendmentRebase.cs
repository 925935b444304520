using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Names the paragraphs of an amendment after another text: the one it was made to once other
/// amendments have changed it. Paragraphs are found by their stable ids, so "operative paragraph
/// 6" becomes "operative paragraph 5" when an adopted amendment deleted an earlier one; the
/// words an instruction quotes are left as they are, so <see cref="AmendmentApplier"/> still
/// finds them, or says they are gone. A whole paragraph or heading is replaced whatever it now
/// reads, since the wording names only the paragraph ("Replace operative paragraph 5 with the
/// following text: …"); a heading that was added or removed in the meantime no longer fits.
/// </summary>
public static class AmendmentRebase
{
    public static DomainResult<Amendment> Onto(Draft text, IReadOnlyList<AmendmentInstruction> instructions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(instructions);
        var references = ReferenceIndex.Of(text);
        var rebased = new List<AmendmentInstruction>(instructions.Count);
        for (var k = 0; k < instructions.Count; k++)
        {
            var (instruction, error) = Rebase(instructions[k], text, references);
            if (error is not null)
            {
                var i = instructions[k];
                return DomainResult<Amendment>.Fail($"Instruction {k + 1} ({i.Kind}{(i.Target is { } t ? " " + t.PageLabel : "")}): {error}");
            }

            rebased.Add(instruction!);
        }

        return DomainResult<Amendment>.Ok(new Amendment(rebased));
    }

    private static (AmendmentInstruction? Instruction, string? Error) Rebase(AmendmentInstruction i, Draft text, Dictionary<string, ParagraphReference> references)
    {
        if (i is { Kind: AmendmentKind.EndPart, Part: { } ended, Target: { } target })
        {
            return JoinedPart(i, ended, target, text, references);
        }

        string? missing = null;
        ParagraphReference? Now(ParagraphReference? named)
        {
            if (named is null)
            {
                return null;
            }

            if (references.TryGetValue(named.Id, out var now))
            {
                return now with { NamesLine = named.NamesLine };
            }

            missing ??= $"{named.PageLabel} is no longer in the text";
            return named;
        }

        var rebased = i with
        {
            Target = Now(i.Target),
            Parent = Now(i.Parent),
            Placement = i.Placement is { } p ? p with { Reference = Now(p.Reference) } : null,
        };
        if (missing is not null)
        {
            return (null, missing);
        }

        if (i.Kind == AmendmentKind.ReplaceParagraph && i.Target is not null)
        {
            rebased = rebased with { OldText = text.FindNode(i.Target.Id)!.Text };
        }

        if (i.Kind == AmendmentKind.ReplaceHeading && i.Target is not null)
        {
            var heading = (text.FindNode(i.Target.Id) as Paragraph)?.Heading;
            if ((heading is null) != (i.OldText is null))
            {
                return (null, heading is null ? "the heading it changes is no longer in the text" : "a heading has been put there since");
            }

            rebased = rebased with { OldText = heading };
        }

        if (i.Kind is AmendmentKind.ReplacePartTitle or AmendmentKind.ReplacePartAuthorLine && i.Target is not null)
        {
            // The title is the part's, not the paragraph's: another paragraph may open the part by now
            // (one inserted at its head, ADR 0016). Still the same part as long as it has its letter.
            var at = text.Paragraphs.ToList().FindIndex(p => p.Id == i.Target.Id);
            var opener = at < 0 ? null : text.Paragraphs.Take(at + 1).LastOrDefault(p => p.Part is not null);
            if (at >= 0 && (opener is null || references[opener.Id].Part != i.Target.Part))
            {
                // Or the paragraph left the part's head for the part before (a move across the edge accepted since):
                // the part is opened by a paragraph after it.
                opener = text.Paragraphs.Skip(at + 1).FirstOrDefault(p => p.Part is not null);
            }

            if (opener is null || references[opener.Id].Part != i.Target.Part)
            {
                return (null, $"part {i.Target.Part} is no longer where it was");
            }

            rebased = rebased with
            {
                Target = references[opener.Id],
                OldText = i.Kind == AmendmentKind.ReplacePartTitle ? opener.Part!.Title : opener.Part!.AuthorLine,
            };
        }

        return (rebased, null);
    }

    /// <summary>
    /// A join names the part it ends by its title and author line, not by the paragraph that opened it then (ADR 0016
    /// amendment 7): another paragraph may open that part by now (one put at its head, or its opener moved away), and a
    /// part started since at the same paragraph is another part, which the join must not end. The part containing the
    /// paragraph, else the next one after it, else the only part of that title and author line anywhere.
    /// </summary>
    private static (AmendmentInstruction? Instruction, string? Error) JoinedPart(AmendmentInstruction i, DraftPart ended, ParagraphReference target, Draft text, Dictionary<string, ParagraphReference> references)
    {
        var paragraphs = text.Paragraphs.ToList();
        var at = paragraphs.FindIndex(p => p.Id == target.Id);
        var opener = at < 0 ? null : paragraphs.Take(at + 1).LastOrDefault(p => p.Part is not null);
        if (at >= 0 && opener?.Part != ended)
        {
            opener = paragraphs.Skip(at + 1).FirstOrDefault(p => p.Part is not null);
        }

        if (opener?.Part != ended)
        {
            var same = paragraphs.Where(p => p.Part == ended).Take(2).ToList();
            opener = same.Count == 1 ? same[0] : null;
        }

        if (opener is null)
        {
            return (null, $"resolution {target.Part} as proposed against is no longer in the text (its title or author line is not the one it had)");
        }

        var placement = i.Placement;
        if (placement?.Reference is not null)
        {
            var next = paragraphs.Skip(paragraphs.IndexOf(opener) + 1).FirstOrDefault(p => p.Part is not null);
            if (next is null)
            {
                return (null, $"no resolution follows resolution {references[opener.Id].Part} any more");
            }

            placement = placement with { Reference = references[next.Id] };
        }

        return (i with { Target = references[opener.Id], Placement = placement }, null);
    }
}
