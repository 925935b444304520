using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Domain.Amendments.Quoting;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// English sentences for amendment items, in the phrasing of issued amendments: deletions as in
/// A/C.3/80/L.64 ("In operative paragraph 13, delete “…”.") and A/C.3/80/L.65 ("Delete the
/// third preambular paragraph and operative paragraph 2."), insertions and replacements as
/// "after the words “…”, insert the words “…”" and "replace the words “…” with the words “…”".
/// The rules and examples are in docs/amendments.md.
/// </summary>
internal static class EnglishWording
{
    private static readonly string[] Counts = ["", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static AmendmentItemLayout ItemLayout(IReadOnlyList<AmendmentInstruction> instructions)
    {
        var first = instructions[0];
        if (first.Kind == AmendmentKind.DeleteParagraph)
        {
            return new($"Delete {Names(instructions)}.");
        }

        if (first.Kind == AmendmentKind.DeleteQuotedLine)
        {
            // "In the quoted text of operative paragraph 3, delete the line “…”" (ADR 0028); a line that reads like another
            // is named by its number: "delete line 4", "delete lines 2 and 4", "delete line 2 and the line “…”".
            var quotation = (first.Target! with { NamesLine = false }).Name(DraftLanguage.English);
            if (instructions.All(i => !i.Target!.NamesLine))
            {
                return new($"In {quotation}, delete the line{(instructions.Count == 1 ? "" : "s")} "
                    + ParagraphNames.JoinEnglish(instructions.Select(i => Quote(i.OldText)).ToList()) + ".");
            }

            var numbered = instructions.All(i => i.Target!.NamesLine);
            return new($"In {quotation}, delete " + (numbered
                ? (instructions.Count == 1 ? "line " : "lines ") + ParagraphNames.JoinEnglish(instructions.Select(i => LineNumber(i.Target!)).ToList())
                : ParagraphNames.JoinEnglish(instructions.Select(i => i.Target!.NamesLine ? "line " + LineNumber(i.Target) : "the line " + Quote(i.OldText)).ToList())) + ".");
        }

        if (first.IsWordEdit)
        {
            var targets = instructions.Select(i => i.Target!).DistinctBy(t => t.Id).ToList();
            return targets.Count > 1
                ? Words(ParagraphNames.Names(targets, chinese: false), [first])
                : Words(first.Target!.Name(DraftLanguage.English), instructions);
        }

        if (first.Kind == AmendmentKind.MoveParagraph && instructions.Count > 1)
        {
            // One edge moved by several paragraphs (ADR 0016 amendment 7), named in the order of the text.
            return new($"Move {ParagraphNames.Names(EdgeMoves.InTextOrder(instructions), chinese: false)} {MoveTo(first)}.");
        }

        if (first.Kind == AmendmentKind.EndPart && instructions.Count > 1)
        {
            // Parts after one another joined to the part before them (ADR 0016 amendment 14).
            return new($"Join resolutions {ParagraphNames.JoinEnglish(instructions.Select(i => i.Target!.Part!).ToList())} to resolution {PartLetters.Before(first.Target!.Part!)}, deleting their titles and author lines.");
        }

        return new(Single(first));
    }

    private static string LineNumber(ParagraphReference line) => line.QuotedLine!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Names(IReadOnlyList<AmendmentInstruction> instructions) =>
        ParagraphNames.Names(instructions.Select(i => i.Target!).ToList(), chinese: false);

    /// <summary>
    /// One change: "In X, after the words “A”, insert the words “B”." Several changes with no
    /// anchor run on ("replace … and delete …"); when any has one, each gets a letter so an
    /// anchor cannot be read as belonging to the next change.
    /// </summary>
    private static AmendmentItemLayout Words(string name, IReadOnlyList<AmendmentInstruction> clauses)
    {
        if (clauses.Count == 1)
        {
            var only = clauses[0];
            if (only.Kind == AmendmentKind.InsertWords && only.Anchor == WordAnchor.AtStart)
            {
                return new($"At the beginning of {name}, insert {TheWords(only.NewText)}{InItalics(only)}.");
            }

            if (only.Kind == AmendmentKind.InsertWords && only.Anchor == WordAnchor.AtEnd && EndPunctuation.Of(only) is null)
            {
                return new($"At the end of {name}, add {TheWords(only.NewText)}{InItalics(only)}.");
            }
        }

        var parts = clauses.Select(Clause).ToList();
        if (parts.Count == 1 || parts.All(p => p.Lead is null))
        {
            return new($"In {name}, " + ParagraphNames.JoinEnglish(parts.Select(p => p.Lead is null ? p.Verb : $"{p.Lead}, {p.Verb}").ToList()) + ".");
        }

        var lettered = parts.Select((p, k) => Capitalize(p.Lead is null ? p.Verb : $"{p.Lead}, {p.Verb}") + (k == parts.Count - 1 ? "." : ";")).ToList();
        return new($"In {name}:", lettered);
    }

    private static (string? Lead, string Verb) Clause(AmendmentInstruction c)
    {
        if (EndPunctuation.Of(c) is { } endMark)
        {
            return (null, EndPunctuation.English(endMark));
        }

        var lead = c.Anchor switch
        {
            WordAnchor.AfterWords => $"after {OccurrenceOf(c)}{TheWords(c.AnchorText, inserted: false)}",
            WordAnchor.BeforeWords => $"before {OccurrenceOf(c)}{TheWords(c.AnchorText, inserted: false)}",
            WordAnchor.AtStart => "at the beginning of the paragraph",
            WordAnchor.AtEnd => "at the end of the paragraph",
            _ => null,
        };
        var ofOld = c.Anchor == WordAnchor.None ? OccurrenceOf(c) : "";
        if (ItalicChange.Of(c) is { } italics)
        {
            return (lead, Italics(italics, ofOld));
        }

        var verb = c.Kind switch
        {
            AmendmentKind.InsertWords => (c.Anchor == WordAnchor.AtEnd ? "add " : "insert ") + TheWords(c.NewText, inserted: true) + InItalics(c),
            AmendmentKind.DeleteWords => $"delete {ofOld}{Reference(c.OldText, chinese: false, inserted: false) ?? Quote(c.OldText)}",
            _ => $"replace {ofOld}{TheWords(c.OldText, inserted: false)} with {TheWords(c.NewText, inserted: true)}{InItalics(c)}",
        };
        return (lead, verb);
    }

    /// <summary>
    /// New words are read in roman unless the wording says otherwise (ADR 0023): " (in italics)" when they
    /// all are, " (“Official Records” in italics)" naming those that are, "the second “report”" when the words
    /// occur twice in the new words; nothing when none are.
    /// </summary>
    private static string InItalics(AmendmentInstruction c)
    {
        if (NewWordsItalics.Of(c) is not { } italics)
        {
            return "";
        }

        return italics.Whole ? " (in italics)"
            : " (" + ParagraphNames.JoinEnglish(italics.Stretches.Select(s => (s.Occurrence is { } n ? $"the {Ordinals.English(n)} " : "") + Quote(s.Words)).ToList()) + " in italics)";
    }

    /// <summary>
    /// A change of italics only: "italicize the words “Official Records”", "remove the italics from
    /// the word “ibid.”"; part of the quoted words: "in the words “…”, italicize “…” and remove the italics from “…”".
    /// </summary>
    private static string Italics(ItalicChange change, string ofOld)
    {
        if (change.Whole)
        {
            return change.Italicized.Count == 1
                ? $"italicize {ofOld}{TheWords(change.Words)}"
                : $"remove the italics from {ofOld}{TheWords(change.Words)}";
        }

        var verbs = new List<string>();
        if (change.Italicized.Count > 0)
        {
            verbs.Add("italicize " + ParagraphNames.JoinEnglish(change.Italicized.Select(w => Quote(w)).ToList()));
        }

        if (change.Unitalicized.Count > 0)
        {
            verbs.Add("remove the italics from " + ParagraphNames.JoinEnglish(change.Unitalicized.Select(w => Quote(w)).ToList()));
        }

        return $"in {ofOld}{TheWords(change.Words)}, {string.Join(" and ", verbs)}";
    }

    private static string Single(AmendmentInstruction i)
    {
        var name = i.Target?.Name(DraftLanguage.English) ?? "";
        return i.Kind switch
        {
            _ when i.IsTableChange => TableWording.English(i),
            AmendmentKind.InsertParagraph => $"{Place(i)}, insert {NewParagraphs(i)}.",
            AmendmentKind.MoveParagraph => $"Move {name} {MoveTo(i)}.",
            AmendmentKind.InsertQuotedLines => QuotedLines(i, name),
            AmendmentKind.MoveQuotedLine => QuotedMove(i),
            AmendmentKind.ReplaceParagraph => (i.IsChapeau ? $"Replace the chapeau of {name}" : $"Replace {name}") + $" with the following text: {Quote(i.NewText)}{InItalics(i)}.",
            AmendmentKind.ReplaceHeading => i.OldText is null ? $"Before {name}, insert the heading {Quote(i.NewText)}."
                : i.NewText is null ? $"Delete the heading before {name}."
                : $"Replace the heading before {name} with {Quote(i.NewText)}.",
            AmendmentKind.ReplacePartTitle => PartTitle(i),
            AmendmentKind.ReplacePartAuthorLine => PartAuthorLine(i),
            AmendmentKind.StartPart => $"Begin a new resolution at {name}"
                + (i.Part is { Title.Length: > 0 } titled ? $", entitled {Quote(titled.Title)}," : "")
                + $" with the author line {Quote(i.Part?.AuthorLine)}.",
            AmendmentKind.EndPart when i.Placement?.Reference?.Part is { } after => $"Join resolution {i.Target!.Part} to resolution {after}, deleting its title and author line.",
            AmendmentKind.EndPart => i.Target!.Part is { } letter && PartLetters.Before(letter) is { } before
                ? $"Join resolution {letter} to resolution {before}, deleting its title and author line."
                : LonePartEnded(i),
            AmendmentKind.StartSection => $"Begin a new section at {name}, its paragraphs numbered from 1.",
            AmendmentKind.EndSection => $"Close section {i.Target!.Section}{(i.Target.Part is { } p ? " of resolution " + p : "")}: its paragraphs are numbered with those before it.",
            _ => throw new ArgumentException($"{i.Kind} is worded with the others of its item.", nameof(i)),
        };
    }

    /// <summary>
    /// Lines added to a quotation (ADR 0028): "In the quoted text of operative paragraph 3, after the line “…”, insert a
    /// new line reading “…”."; where no line of the quotation stays, "Insert at the end of operative paragraph 3 the
    /// following quoted text: “…”".
    /// </summary>
    private static string QuotedLines(AmendmentInstruction i, string name)
    {
        var lines = ParagraphNames.JoinEnglish(i.Content.Select(c => Quote(c.Text)).ToList());
        if (i.Placement!.Reference is not { } line)
        {
            return $"Insert at the {(i.Placement.Kind == PlacementKind.AtStart ? "beginning" : "end")} of {name} the following quoted text: {lines}.";
        }

        var count = i.Content.Count < Counts.Length ? Counts[i.Content.Count] : i.Content.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var side = i.Placement.Kind == PlacementKind.After ? "after" : "before";
        var insert = $"insert {count} new line{(i.Content.Count == 1 ? "" : "s")} reading {lines}.";
        if (line is { NamesLine: true, QuotedLine: { } number })
        {
            // Another line reads the same: the line is named by its number (ADR 0028, amendment 2).
            return $"In {name}, {side} line {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} of the quoted text, {insert}";
        }

        return $"In {line.Name(DraftLanguage.English)}, {side} the line {Quote(i.OldText)}, {insert}";
    }

    /// <summary>
    /// A quoted line moved (ADR 0028, amendment 2), worded as a paragraph's move is: "In the quoted text of operative
    /// paragraph 3, move the line “…” to follow the line “…”."; a line whose words another line has too is named by
    /// its number ("move line 4 to precede …").
    /// </summary>
    private static string QuotedMove(AmendmentInstruction i)
    {
        static string Line(ParagraphReference line, string? text) =>
            line is { NamesLine: true, QuotedLine: { } n } ? "line " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "the line " + Quote(text);

        var placement = i.Placement!;
        var to = placement.Kind switch
        {
            PlacementKind.After => "to follow " + Line(placement.Reference!, i.AnchorText),
            PlacementKind.Before => "to precede " + Line(placement.Reference!, i.AnchorText),
            PlacementKind.AtStart => "to the beginning of the quoted text",
            _ => "to the end of the quoted text",
        };
        return $"In {(i.Target! with { NamesLine = false }).Name(DraftLanguage.English)}, move {Line(i.Target, i.OldText)} {to}.";
    }

    /// <summary>"In the title of resolution B, replace “…” with “…”."; a title added or deleted.</summary>
    private static string PartTitle(AmendmentInstruction i)
    {
        var part = "resolution " + i.Target!.Part;
        return string.IsNullOrEmpty(i.OldText) ? $"Give {part} the title {Quote(i.NewText)}."
            : string.IsNullOrEmpty(i.NewText) ? $"Delete the title of {part}."
            : $"In the title of {part}, replace {Quote(i.OldText)} with {Quote(i.NewText)}.";
    }

    /// <summary>
    /// The only part left ended (two removals at once leave one; ADR 0016 amendments 14 and 15): its title and author line
    /// become the resolution's (<c>PartEdges.JoinedInto</c>), so they are said, not deleted; a part without one leaves the
    /// resolution's own.
    /// </summary>
    private static string LonePartEnded(AmendmentInstruction i)
    {
        var kept = new List<string>();
        if (i.Part is { Title.Length: > 0 } titled)
        {
            kept.Add($"its title being {Quote(titled.Title)}");
        }

        if (i.Part is { AuthorLine.Length: > 0 } authored)
        {
            kept.Add((kept.Count > 0 ? "its author line " : "its author line being ") + Quote(authored.AuthorLine));
        }

        return $"Delete the letter {Quote(i.Target!.Part)}, so that the text is no longer in parts" + (kept.Count > 0 ? ", " + string.Join(" and ", kept) : "") + ".";
    }

    /// <summary>"In resolution B, replace the author line “The General Assembly,” with “The Economic and Social Council,”."; one given or deleted.</summary>
    private static string PartAuthorLine(AmendmentInstruction i) =>
        string.IsNullOrEmpty(i.OldText) ? $"Give resolution {i.Target!.Part} the author line {Quote(i.NewText)}."
        : string.IsNullOrEmpty(i.NewText) ? $"Delete the author line of resolution {i.Target!.Part}."
        : $"In resolution {i.Target!.Part}, replace the author line {Quote(i.OldText)} with {Quote(i.NewText)}.";

    private static string Place(AmendmentInstruction i)
    {
        var placement = i.Placement!;
        var within = i.Parent is null ? "the text" : i.Parent.Name(DraftLanguage.English);
        return placement.Kind switch
        {
            PlacementKind.After => $"After {placement.Reference!.Name(DraftLanguage.English)}",
            PlacementKind.Before => $"Before {placement.Reference!.Name(DraftLanguage.English)}",
            PlacementKind.AtStart => $"At the beginning of {within}",
            _ => $"At the end of {within}",
        };
    }

    private static string MoveTo(AmendmentInstruction i)
    {
        var placement = i.Placement!;
        var within = i.Parent is null ? "the text" : i.Parent.Name(DraftLanguage.English);
        if (EdgeName(placement) is { } edge)
        {
            // Across an edge only (ADR 0016): it stays where it stands and ends the part before or heads the next.
            return (placement.Kind == PlacementKind.Before ? "to the beginning of " : "to the end of ") + edge;
        }

        return placement.Kind switch
        {
            PlacementKind.After => $"to follow {placement.Reference!.Name(DraftLanguage.English)}",
            PlacementKind.Before => $"to precede {placement.Reference!.Name(DraftLanguage.English)}",
            PlacementKind.AtStart => $"to the beginning of {within}",
            _ => $"to the end of {within}",
        };
    }

    /// <summary>
    /// The part or section a move across an edge only ends or heads: "resolution B", "section II", "section II of
    /// resolution B"; null for other moves, and for the paragraphs of a part before its first section, which have no
    /// name (the move then says "to follow" the paragraph it follows).
    /// </summary>
    private static string? EdgeName(ParagraphPlacement placement) => placement switch
    {
        { Edge: PlacementEdge.Part, Reference.Part: { } part } => "resolution " + part,
        { Edge: PlacementEdge.Section, Reference.Section: { } section } => "section " + section + (placement.Reference.Part is { } p ? " of resolution " + p : ""),
        _ => null,
    };

    /// <summary>
    /// "a new paragraph reading: “…”", "two new paragraphs reading: “…” and “…”"; the kind is
    /// named when the paragraph named in the placement is of the other kind, or there is none.
    /// </summary>
    private static string NewParagraphs(AmendmentInstruction i)
    {
        var content = i.Content;
        var sub = i.Parent is not null;
        var kinds = content.Select(c => c.Kind).Distinct().ToList();
        if (kinds.Count == 1 && content.All(c => c.Heading is null))
        {
            var reference = i.Placement?.Reference;
            var noun = sub ? "subparagraph" : reference is not null && reference.Kind == kinds[0] ? "paragraph" : $"{KindWord(kinds[0])} paragraph";
            var count = content.Count < Counts.Length ? Counts[content.Count] : content.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return $"{count} new {noun}{(content.Count == 1 ? "" : "s")} reading: " + ParagraphNames.JoinEnglish(content.Select(WithTables).ToList());
        }

        return ParagraphNames.JoinEnglish(content.Select(c =>
            $"a new {(sub ? "subparagraph" : KindWord(c.Kind) + " paragraph")}"
            + (c.Heading is null ? "" : $", under the heading {Quote(c.Heading)},")
            + $" reading {WithTables(c)}").ToList());
    }

    /// <summary>A new paragraph's words quoted, then the tables it brings (ADR 0029): nothing it holds is left unsaid.</summary>
    private static string WithTables(ParagraphContent c) => Content(c) + TableWording.Following(c, DraftLanguage.English);

    private static string KindWord(ParagraphKind kind) => kind == ParagraphKind.Preambular ? "preambular" : "operative";

    /// <summary>"the word “X”" or "the words “X Y”"; a footnote reference alone is named, not quoted ("a reference to footnote 9").</summary>
    private static string TheWords(string? text, bool inserted = true) =>
        Reference(text, chinese: false, inserted) ?? ((text ?? "").Trim().Any(char.IsWhiteSpace) ? "the words " : "the word ") + Quote(text);

    private static string OccurrenceOf(AmendmentInstruction c) =>
        c.Occurrence is { } n ? $"the {Ordinals.English(n)} occurrence of " : "";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
