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
        // Every part ended: the last one left is ended by the join before it (a text of one part is a plain resolution),
        // and the joins end the later parts into the first (PartEdges.JoinedInto), so the first goes without saying.
        var allEnded = partsBefore && !proposed.HasParts;
        var survivor = allEnded ? applied.Paragraphs.First(p => p.Part is not null).Id : null;
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
            else if (then.Part is not null && now.Part is null && !(now.Id == survivor && applied.Paragraphs.Count(p => p.Part is not null) > 1))
            {
                // The part it ends, by its title and author line: accepted later, the join finds the part by them.
                yield return new AmendmentInstruction { Kind = AmendmentKind.EndPart, Target = reference, Part = then.Part };
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

    /// <summary>
    /// Part A ended, as the page ends it (its paragraphs join part B, which then opens at A's first paragraph), is one
    /// instruction, "Join resolution A to resolution B": not part A taking B's title and author line and part B ending.
    /// Put in place of the title and author-line changes the walk found on A's opener.
    /// </summary>
    public static List<AmendmentInstruction> FirstPartJoined(Draft original, Draft proposed, List<AmendmentInstruction> instructions, IReadOnlyDictionary<string, ParagraphReference> references)
    {
        var openers = original.Paragraphs.Where(p => p.Part is not null).ToList();
        if (openers.Count < 2 || original.Paragraphs[0].Id != openers[0].Id)
        {
            return instructions;
        }

        var (first, second) = (openers[0], openers[1]);
        var now = proposed.Paragraphs.ToDictionary(p => p.Id, StringComparer.Ordinal);
        // A's first paragraph still first (moved elsewhere, it hands part A on and heads wherever it went).
        if (proposed.Paragraphs.Count == 0 || proposed.Paragraphs[0].Id != first.Id || !now.TryGetValue(first.Id, out var opener) || !now.TryGetValue(second.Id, out var joined) || joined.Part is not null)
        {
            return instructions;
        }

        // Of two parts, A joined to B leaves a plain resolution with B's title and author line (PartEdges.JoinedInto);
        // B joined to A, A's. Only the title and author line tell them apart, also when the part left was renamed in the
        // same proposal (SurvivorRenamed then says it of that part); where nothing does, B is joined to A.
        var intoSecond = opener.Part is null
            ? openers.Count == 2 && !proposed.HasParts && ReadsAsLeft(original, second.Part!, first.Part!, proposed)
            : opener.Part == second.Part;
        if (!intoSecond)
        {
            return instructions;
        }

        var result = instructions.Where(i => !(i.Kind is AmendmentKind.ReplacePartTitle or AmendmentKind.ReplacePartAuthorLine && i.Target!.Id == first.Id)).ToList();
        result.Add(new AmendmentInstruction
        {
            Kind = AmendmentKind.EndPart,
            Target = references[first.Id],
            Part = first.Part,
            Placement = new ParagraphPlacement(PlacementKind.Before, references[second.Id]),
        });
        return result;
    }

    /// <summary>
    /// Parts joined until one is left, that one renamed in the same proposal (ADR 0016 amendment 14): the joins give the
    /// resolution the title and author line the part left has (<see cref="PartEdges.JoinedInto"/>), so the new ones are
    /// said of that part, before the joins, "In the title of resolution A, replace “…” with “…”." — where the proposed
    /// text has them only as the resolution's own and no part is left to carry them. A part left with no title (or no
    /// author line) keeps the resolution's, which is no part of an amendment.
    /// </summary>
    public static List<AmendmentInstruction> SurvivorRenamed(Draft original, Draft proposed, List<AmendmentInstruction> instructions, IReadOnlyDictionary<string, ParagraphReference> references)
    {
        if (!original.HasParts || proposed.HasParts || AmendmentApplier.Apply(original, instructions) is not { IsSuccess: true, Value: { } applied })
        {
            return instructions;
        }

        var ended = instructions.Where(i => i.Kind == AmendmentKind.EndPart).Select(i => i.Target!.Id).ToHashSet(StringComparer.Ordinal);
        var left = original.Paragraphs.Where(p => p.Part is not null && !ended.Contains(p.Id)).ToList();
        if (ended.Count == 0 || left.Count != 1 || !references.TryGetValue(left[0].Id, out var reference))
        {
            return instructions;
        }

        // A part with no title (or author line) of its own is given the new one ("Give resolution A the title “…”."): the
        // join then makes it the resolution's, as it makes a part's own.
        var part = left[0].Part!;
        var renames = new List<AmendmentInstruction>();
        if (applied.Title != proposed.Title && proposed.Title.Length > 0)
        {
            renames.Add(new AmendmentInstruction { Kind = AmendmentKind.ReplacePartTitle, Target = reference, OldText = part.Title, NewText = proposed.Title });
        }

        if (applied.AuthorLine != proposed.AuthorLine && proposed.AuthorLine.Length > 0)
        {
            renames.Add(new AmendmentInstruction { Kind = AmendmentKind.ReplacePartAuthorLine, Target = reference, OldText = part.AuthorLine, NewText = proposed.AuthorLine });
        }

        if (renames.Count == 0)
        {
            return instructions;
        }

        var at = instructions.FindIndex(i => i.IsPartOrSectionEdge);
        var result = instructions.ToList();
        result.InsertRange(at < 0 ? result.Count : at, renames);
        return result;
    }

    /// <summary>
    /// Whether <paramref name="proposed"/>, a plain resolution made of two parts, reads as <paramref name="part"/> left
    /// rather than <paramref name="other"/>: it needs fewer of its title and author line changed to become it (none:
    /// it is that part alone), and with as many, its title and author line share more of the proposed words. Either
    /// reading, worded, makes the same text; this one says what the delegate did ("A joined to B, B renamed", not "A
    /// given B's new title, B joined to A").
    /// </summary>
    private static bool ReadsAsLeft(Draft original, DraftPart part, DraftPart other, Draft proposed)
    {
        var (changes, otherChanges) = (Changes(original, part, proposed), Changes(original, other, proposed));
        return changes != otherChanges
            ? changes < otherChanges
            : Likeness(original, part, proposed) > Likeness(original, other, proposed);
    }

    /// <summary>How many of the title and author line a text of <paramref name="part"/> alone has differ from <paramref name="proposed"/>'s.</summary>
    private static int Changes(Draft original, DraftPart part, Draft proposed) =>
        (proposed.Title == TitleAlone(original, part) ? 0 : 1) + (proposed.AuthorLine == AuthorLineAlone(original, part) ? 0 : 1);

    /// <summary>The share of words (of characters, in Chinese) a text of <paramref name="part"/> alone and <paramref name="proposed"/> have in common, in title and author line.</summary>
    private static double Likeness(Draft original, DraftPart part, Draft proposed) =>
        Shared(TitleAlone(original, part), proposed.Title) + Shared(AuthorLineAlone(original, part), proposed.AuthorLine);

    private static string TitleAlone(Draft original, DraftPart part) => part.Title.Length > 0 ? part.Title : original.Title;

    private static string AuthorLineAlone(Draft original, DraftPart part) => part.AuthorLine.Length > 0 ? part.AuthorLine : original.AuthorLine;

    /// <summary>Dice's share of the word tokens two texts have in common (0 to 1), case aside.</summary>
    private static double Shared(string a, string b)
    {
        static List<string> Words(string text) =>
            [.. Comparison.TextTokenizer.Tokenize(text).Where(t => t.Any(char.IsLetterOrDigit)).Select(t => t.ToLowerInvariant())];
        var (x, y) = (Words(a), Words(b));
        if (x.Count + y.Count == 0)
        {
            return 0;
        }

        var left = y.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = 0;
        foreach (var word in x)
        {
            if (left.TryGetValue(word, out var n) && n > 0)
            {
                left[word] = n - 1;
                common++;
            }
        }

        return 2.0 * common / (x.Count + y.Count);
    }

    /// <summary>Makes the start or end the instruction names, as the page makes it; null when made, else why not.</summary>
    public static string? Make(Draft draft, AmendmentInstruction instruction)
    {
        var id = instruction.Target!.Id;
        var change = instruction.Kind switch
        {
            AmendmentKind.StartPart => PartEdges.Start(draft, id, instruction.Part ?? new DraftPart("", ShortText.Clean(draft.AuthorLine))),
            AmendmentKind.EndPart when instruction.Placement?.Reference is { } after => JoinToNext(draft, id, after),
            AmendmentKind.EndPart => PartEdges.Remove(draft, id),
            _ => PartEdges.Section(draft, id, instruction.Kind == AmendmentKind.StartSection),
        };
        return change.IsSuccess ? change.Value!.Apply(draft).Error : change.Error;
    }

    /// <summary>
    /// The part <paramref name="id"/> opens joined to the part after it, which <paramref name="after"/> opens: the part
    /// after now opens at <paramref name="id"/>, as the page ends part A (<see cref="PartEdges.Remove"/>).
    /// </summary>
    private static DomainResult<DraftOperation> JoinToNext(Draft draft, string id, ParagraphReference after)
    {
        var at = draft.Paragraphs.ToList().FindIndex(p => p.Id == id);
        if (at < 0 || draft.Paragraphs[at].Part is null)
        {
            return DomainResult<DraftOperation>.Fail("This paragraph does not open a part.");
        }

        var next = draft.Paragraphs.Skip(at + 1).FirstOrDefault(p => p.Part is not null);
        return next?.Id != after.Id
            ? DomainResult<DraftOperation>.Fail($"resolution {after.Part} no longer follows it")
            : DomainResult<DraftOperation>.Ok(PartEdges.JoinedInto(draft, id, next));
    }
}
