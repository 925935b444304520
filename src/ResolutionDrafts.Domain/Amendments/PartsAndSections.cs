using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Parts and sections started or ended by an amendment (ADR 0016): found by comparing the text the other
/// instructions make with the proposed text, paragraph by paragraph of the original text; applied last, as the
/// page's own tools make them (<see cref="PartEdges.Start"/>, <see cref="PartEdges.Remove"/>,
/// <see cref="PartEdges.Section"/>).
/// </summary>
internal static class PartsAndSections
{
    public static IEnumerable<AmendmentInstruction> Started(Draft original, Draft applied, Draft proposed, IReadOnlyDictionary<string, ParagraphReference> references)
    {
        var made = applied.Paragraphs.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var partsBefore = applied.HasParts;
        for (var i = 0; i < proposed.Paragraphs.Count; i++)
        {
            var now = proposed.Paragraphs[i];
            if (!references.ContainsKey(now.Id) || !made.TryGetValue(now.Id, out var then))
            {
                continue;
            }

            var reference = references[now.Id];
            if (then.Part is null && now.Part is not null && !(i == 0 && !partsBefore && IsFirstPartMadeByStart(original, now.Part, proposed)))
            {
                yield return new AmendmentInstruction { Kind = AmendmentKind.StartPart, Target = reference, Part = now.Part };
            }
            else if (then.Part is not null && now.Part is null)
            {
                yield return new AmendmentInstruction { Kind = AmendmentKind.EndPart, Target = reference };
            }

            if (!then.OpensSection && now.OpensSection)
            {
                yield return new AmendmentInstruction { Kind = AmendmentKind.StartSection, Target = reference };
            }
            else if (then.OpensSection && !now.OpensSection)
            {
                yield return new AmendmentInstruction { Kind = AmendmentKind.EndSection, Target = reference };
            }
        }
    }

    /// <summary>
    /// The first part of a text not yet in parts, as starting a part later in it makes it: no title and the text's
    /// own author line (<see cref="PartEdges.Start"/>), so it goes without saying.
    /// </summary>
    private static bool IsFirstPartMadeByStart(Draft original, DraftPart part, Draft proposed) =>
        part.Title.Length == 0 && part.AuthorLine == ShortText.Clean(original.AuthorLine) && proposed.Paragraphs.Skip(1).Any(p => p.Part is not null);

    /// <summary>Makes the start or end the instruction names, as the page makes it; null when made, else why not.</summary>
    public static string? Make(Draft draft, AmendmentInstruction instruction)
    {
        var id = instruction.Target!.Id;
        var change = instruction.Kind switch
        {
            AmendmentKind.StartPart => PartEdges.Start(draft, id, instruction.Part ?? new DraftPart("", ShortText.Clean(draft.AuthorLine))),
            AmendmentKind.EndPart => PartEdges.Remove(draft, id),
            _ => PartEdges.Section(draft, id, instruction.Kind == AmendmentKind.StartSection),
        };
        return change.IsSuccess ? change.Value!.Apply(draft).Error : change.Error;
    }
}
