using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Documents.Markup;

/// <summary>
/// Turns a Word file marked up with tracked changes into proposals to a draft (docs/word-round-trip.md):
/// the file's base text (Reject All) is matched to the draft paragraph by paragraph
/// (<see cref="MarkupMatch"/>); each Word author's changes, accepted alone, make a proposed text;
/// its amendment against the base text is applied, item by item (one paragraph each), to the live
/// text, where the words it quotes must still be, and worded against the live text by the domain
/// (<see cref="AmendmentBuilder"/>). Pure: nothing is stored.
/// </summary>
public static class MarkupAmendments
{
    /// <summary>Below this share of the draft's paragraphs found in the file, it is not a version of this draft.</summary>
    public const double MinimumMatchedShare = 0.5;

    /// <summary>Word authors in one file: a delegation's file has a few; thousands would only cost time.</summary>
    public const int MaxAuthors = 100;

    /// <summary>Paragraphs with text: the longest resolutions have a few hundred (the alignment costs their product with the draft's).</summary>
    public const int MaxParagraphs = 3_000;

    public static MarkupImportResult Read(Draft live, byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(docx);
        MarkupDocument document;
        try
        {
            document = MarkupReader.Read(docx);
        }
        catch (ImportRefusedException e)
        {
            return MarkupImportResult.Refused("The file cannot be read: " + e.Message + ".");
        }

        return Build(live, document);
    }

    internal static MarkupImportResult Build(Draft live, MarkupDocument document)
    {
        var authorCount = document.Authors.Count();
        if (authorCount > MaxAuthors)
        {
            return MarkupImportResult.Refused($"The file has changes by {authorCount} Word authors; at most {MaxAuthors} are read at once.");
        }

        if (document.Paragraphs.Count(p => p.Pieces.Any(x => x.Text.Trim().Length > 0)) > MaxParagraphs)
        {
            return MarkupImportResult.Refused($"The file has more than {MaxParagraphs:N0} paragraphs, far more than a resolution has.");
        }

        var units = MarkupMatch.Units(live);
        var baseView = MarkupViews.Base(document);
        var baseComparable = baseView.Select(p => MarkupText.Comparable(p.Text, false, IsQuoted(document, p))).ToList();
        var match = MarkupMatch.Align(baseComparable, units);
        var matched = match.Count(j => j >= 0);
        if (units.Count == 0 || matched < Math.Max(1, Math.Ceiling(units.Count * MinimumMatchedShare)))
        {
            return MarkupImportResult.Refused(
                $"The file is not a version of this draft: only {matched} of the draft's {units.Count} paragraphs were found in it. Import the file made from this draft (its Word download or its issued document).");
        }

        var notes = new List<string>(document.Notes);
        notes.AddRange(document.Problems);

        // Footnote marks of the file → the draft's [^N], paragraph by paragraph, where they agree in number.
        var noteMap = new Dictionary<char, string>();
        for (var i = 0; i < baseView.Count; i++)
        {
            if (match[i] < 0)
            {
                continue;
            }

            var marks = baseView[i].Text.Where(MarkupDocument.IsNoteMark).ToList();
            var references = MarkupText.NoteReferences(units[match[i]].Text);
            if (marks.Count == references.Count)
            {
                for (var k = 0; k < marks.Count; k++)
                {
                    noteMap[marks[k]] = references[k];
                }
            }
        }

        // The text the file was made to, with the draft's ids: the live text where the file's base differs.
        var baseDraft = live.Clone();
        var changedSince = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < baseView.Count; i++)
        {
            if (match[i] < 0 || baseComparable[i] == units[match[i]].Comparable)
            {
                continue;
            }

            var unit = units[match[i]];
            var text = MarkupText.ToDraft(baseView[i].Text, noteMap, opensInItalics: MarkupText.OpensInItalics(unit.Text), language: live.Language, keepLabel: unit.IsQuoted);
            var result = Set(baseDraft, unit, text);
            if (result.IsSuccess)
            {
                changedSince.Add(unit.Id);
            }
        }

        var unknownNotes = new HashSet<char>();
        var authors = new List<MarkupAuthor>();
        foreach (var author in document.Authors)
        {
            authors.Add(ForAuthor(author, live, baseDraft, document, baseView, baseComparable, match, units, noteMap, changedSince, unknownNotes));
        }

        if (unknownNotes.Count > 0)
        {
            notes.Add("Footnotes added in Word are not imported: add them in the app.");
        }

        var indexes = MarkupViews.BaseIndexes(document);
        var comments = document.Comments.Select(c =>
        {
            if (c.Paragraph is not { } p || p < 0 || p >= indexes.Length)
            {
                return new MarkupCommentPlacement(c, null, "It is not anchored in the text.");
            }

            var b = indexes[p];
            return b < match.Length && match[b] >= 0
                ? new MarkupCommentPlacement(c, units[match[b]].Id, null)
                : new MarkupCommentPlacement(c, null, $"Its paragraph (“{Quote(baseView[Math.Min(b, baseView.Count - 1)].Text)}”) is not a paragraph of the draft.");
        }).ToList();

        return new MarkupImportResult { Authors = authors, Comments = comments, Notes = notes, MatchedParagraphs = matched };
    }

    private static MarkupAuthor ForAuthor(string author, Draft live, Draft baseDraft, MarkupDocument document, IReadOnlyList<ViewParagraph> baseView,
        List<string> baseComparable, int[] match, List<DraftUnit> units, Dictionary<char, string> noteMap, HashSet<string> changedSince, HashSet<char> unknownNotes)
    {
        var skipped = new List<MarkupSkippedChange>();
        var view = MarkupViews.Of(document, author);
        var proposed = baseDraft.Clone();

        // Where each base paragraph went: the view paragraphs holding its text.
        var holders = new Dictionary<int, List<int>>();
        for (var v = 0; v < view.Count; v++)
        {
            foreach (var b in view[v].BaseCharacters.Keys)
            {
                (holders.TryGetValue(b, out var list) ? list : holders[b] = []).Add(v);
            }
        }

        var refused = new HashSet<int>(); // view paragraphs left as they were
        for (var v = 0; v < view.Count; v++)
        {
            if (view[v].BaseCharacters.Count > 1)
            {
                var joined = view[v].BaseCharacters.Keys.Order().ToList();
                skipped.Add(new MarkupSkippedChange(author, Where(joined[0]),
                    $"A change joins two paragraphs (“{Quote(baseView[joined[0]].Text)}” and “{Quote(baseView[joined[1]].Text)}”); an amendment changes paragraphs one by one. Make the change within each paragraph, or delete one and change the other."));
                refused.Add(v);
            }
        }

        foreach (var (b, list) in holders)
        {
            if (list.Count > 1)
            {
                skipped.Add(new MarkupSkippedChange(author, Where(b),
                    $"A change splits the paragraph “{Quote(baseView[b].Text)}” in two; an amendment changes paragraphs one by one. Propose the new paragraph as a paragraph of its own."));
                refused.UnionWith(list);
            }
        }

        var firstOfText = TextStart(live, document, baseView, baseComparable, match);
        var unitOfView = new string?[view.Count];
        // A part's title (and its author line after it), or a section's heading: what follows it in Word is at the
        // head of that part or section, before the paragraph that opens it (ADR 0016).
        var headOfView = new string?[view.Count];
        var deleted = new List<int>();
        for (var b = 0; b < baseView.Count; b++)
        {
            if (!holders.ContainsKey(b) && baseComparable[b].Length > 0)
            {
                deleted.Add(b);
            }
        }

        // Changes within a paragraph.
        for (var v = 0; v < view.Count; v++)
        {
            if (refused.Contains(v) || view[v].Source is not { } b)
            {
                continue;
            }

            var unit = match[b] >= 0 ? units[match[b]] : null;
            unitOfView[v] = unit?.Id;
            headOfView[v] = unit is { IsPartHead: true } || (unit is { IsHeading: true } && baseDraft.Paragraphs.Any(p => p.Id == unit.Id)) ? unit.Id : null;
            // Unchanged as a reader reads it: quotes, spaces and italics aside, but a word's case is a change of words.
            if (MarkupText.Comparable(view[v].Text, false, IsQuoted(document, view[v]), keepCase: true)
                == MarkupText.Comparable(baseView[b].Text, false, IsQuoted(document, baseView[b]), keepCase: true))
            {
                continue;
            }

            if (unit is null)
            {
                skipped.Add(new MarkupSkippedChange(author, $"“{Quote(baseView[b].Text)}”", b < firstOfText ? AboveTheText
                    : "No longer applies: the paragraph is not in the draft (deleted since the file was made, or a line the draft prints of its own, such as a part's letter)."));
                continue;
            }

            var text = MarkupText.ToDraft(view[v].Text, noteMap, unknownNotes, MarkupText.OpensInItalics(unit.Text), live.Language, unit.IsQuoted);
            var result = text.Length == 0 ? Remove(proposed, unit) : Set(proposed, unit, text);
            if (!result.IsSuccess)
            {
                skipped.Add(new MarkupSkippedChange(author, Where(b), result.Error!));
            }
        }

        // New paragraphs, or paragraphs moved: after the paragraph before them.
        string? previous = null;
        string? head = null;
        for (var v = 0; v < view.Count; v++)
        {
            if (unitOfView[v] is { } known)
            {
                (previous, head) = (known, headOfView[v]);
                continue;
            }

            if (refused.Contains(v) || view[v].Source is not null || MarkupText.Comparable(view[v].Text, false).Length == 0)
            {
                continue;
            }

            if (previous is null && AmongTheLinesAbove(v))
            {
                // Word shows it above the title or author line: as a first paragraph it would be put below them.
                skipped.Add(new MarkupSkippedChange(author, $"“{Quote(view[v].Text)}”", AboveTheText));
                continue;
            }

            var quoted = IsQuoted(document, view[v]);
            var text = MarkupText.ToDraft(view[v].Text, noteMap, unknownNotes, language: live.Language, keepLabel: quoted);
            var comparable = MarkupText.Comparable(view[v].Text, false, quoted);
            // A paragraph Word moved; a quoted line moved stays a line of the same quotation (ADR 0028, amendment 2).
            var moved = deleted.FindIndex(b => match[b] >= 0 && !units[match[b]].IsLine && baseComparable[b] == comparable
                && (quoted ? units[match[b]].IsQuoted && proposed.FindNode(units[match[b]].Id) is QuotedLine
                    : !units[match[b]].IsQuoted && proposed.Paragraphs.Any(p => p.Id == units[match[b]].Id)));
            string? id = null;
            var error = quoted && moved >= 0
                ? MoveQuotedLineAfter(proposed, units[match[deleted[moved]]].Id, previous)
                : quoted
                ? InsertQuotedLine(proposed, previous, text, QuotedInSubParagraph(document, view[v]), out id)
                : moved >= 0
                ? MoveAfter(proposed, units[match[deleted[moved]]].Id, HolderOf(proposed, previous), head)
                : InsertAfter(proposed, HolderOf(proposed, previous), head, text, IsSubParagraph(view[v], comparable), out id);
            head = null;
            if (error is not null)
            {
                skipped.Add(new MarkupSkippedChange(author, $"“{Quote(view[v].Text)}”", error));
                continue;
            }

            if (moved >= 0)
            {
                previous = units[match[deleted[moved]]].Id;
                deleted.RemoveAt(moved);
            }
            else
            {
                previous = id;
            }
        }

        // Paragraphs deleted whole.
        foreach (var b in deleted)
        {
            if (match[b] < 0)
            {
                skipped.Add(new MarkupSkippedChange(author, $"“{Quote(baseView[b].Text)}”",
                    b < firstOfText ? AboveTheText : "No longer applies: the paragraph it deletes is not in the draft."));
                continue;
            }

            var unit = units[match[b]];
            if (proposed.FindNode(unit.Id) is not null)
            {
                var result = Remove(proposed, unit);
                if (!result.IsSuccess)
                {
                    skipped.Add(new MarkupSkippedChange(author, Where(b), result.Error!));
                }
            }
        }

        // Footnotes, headers and footers, tables inside tables: listed, not read.
        foreach (var (_, where, reason) in document.Unread.Where(u => u.Author == author))
        {
            skipped.Add(new MarkupSkippedChange(author, where, reason));
        }

        // Tracked changes inside tables (ADR 0029).
        var baseOf = MarkupViews.BaseIndexes(document);
        MarkupTables.Apply(document, author, proposed, skipped, p => p < baseOf.Length && baseOf[p] < match.Length && match[baseOf[p]] >= 0 ? units[match[baseOf[p]]].Id : null);

        // Each item of the amendment (one paragraph, or one run of paragraphs) is a proposal to the live text.
        var proposals = new List<MarkupProposal>();
        foreach (var item in AmendmentBuilder.Compute(baseDraft, proposed).Items)
        {
            var label = item.Instructions.Select(i => i.Target ?? i.Placement?.Reference).FirstOrDefault(r => r is not null);
            var where = label?.Name(live.Language) ?? "the text";
            if (item.Instructions.FirstOrDefault(i => i.Kind is AmendmentKind.ReplaceParagraph or AmendmentKind.ReplaceHeading
                    && i.Target is { } t && changedSince.Contains(t.Id)) is { } whole)
            {
                skipped.Add(new MarkupSkippedChange(author, where,
                    "No longer applies: the paragraph has changed since the file was made, and the change rewrites it whole."));
                continue;
            }

            var applied = AmendmentApplier.Apply(live, item.Instructions);
            if (!applied.IsSuccess)
            {
                skipped.Add(new MarkupSkippedChange(author, where,
                    "No longer applies: the draft has changed since the file was made (" + applied.Error + ")."));
                continue;
            }

            var amendment = AmendmentBuilder.Compute(live, applied.Value!);
            if (!amendment.IsEmpty)
            {
                proposals.Add(new MarkupProposal(author, applied.Value!, amendment));
            }
        }

        return new MarkupAuthor(author, proposals, skipped);

        string Where(int b) => $"“{Quote(baseView[b].Text)}”";

        // A new paragraph with lines of the file's base above the text still after it (the masthead, sponsors, title, author line).
        bool AmongTheLinesAbove(int v)
        {
            for (var w = v + 1; w < view.Count; w++)
            {
                if (view[w].Source is { } b && b < baseComparable.Count && baseComparable[b].Length > 0)
                {
                    return firstOfText >= 0 && b < firstOfText;
                }
            }

            return false;
        }

        // A label typed "(b)", or Word's list numbering at a level below the outermost or as a letter.
        bool IsSubParagraph(ViewParagraph paragraph, string comparable) =>
            (MarkupText.HasLabel(InlineItalics.Strip(paragraph.Text)) && !char.IsDigit(comparable[0]))
            || document.Paragraphs[paragraph.FirstMarkupParagraph] is var first && MarkupText.IsSubParagraphNumber(first.Label, first.ListLevel);
    }

    /// <summary>
    /// Where the text begins in the file: after its author line — the line in the AuthorLine style, else the line
    /// reading as the draft's author line — before the first paragraph of the draft found in the file. The masthead,
    /// sponsors, title and author line come before it. A file made from an older revision may begin its text with a
    /// paragraph deleted since: that is a paragraph of the text (its change no longer applies), not a line above it.
    /// With no author line found (a decision in one sentence prints none), the text begins at the first paragraph of
    /// the draft found in the file.
    /// </summary>
    private static int TextStart(Draft live, MarkupDocument document, IReadOnlyList<ViewParagraph> baseView, List<string> baseComparable, int[] match)
    {
        var firstFound = Array.FindIndex(match, j => j >= 0);
        if (firstFound < 0)
        {
            return firstFound;
        }

        var authorLine = live.AuthorLine.Length == 0 ? null : MarkupText.Comparable(live.AuthorLine, false);
        for (var b = firstFound - 1; b >= 0; b--)
        {
            var style = document.Paragraphs[baseView[b].FirstMarkupParagraph].Style;
            if (style == StyleIds.AuthorLine || (authorLine is not null && baseComparable[b] == authorLine))
            {
                return b + 1;
            }
        }

        return firstFound;
    }

    private const string AboveTheText =
        "Not a paragraph of the text: the masthead, sponsors, title and author line are not amended by proposals (the secretariat changes them on the draft page); propose words of the text itself.";

    /// <summary>The unit's new text: a paragraph's, its heading, or the title of the part it opens (ADR 0016).</summary>
    private static DomainResult Set(Draft draft, DraftUnit unit, string text) =>
        unit.IsPartLetter ? PartLetterChanged
        : unit.IsPartTitle ? SetPartTitle(draft, unit.Id, text)
        : unit.IsPartAuthorLine ? SetPartAuthorLine(draft, unit.Id, text)
        : unit.IsHeading ? draft.SetHeading(unit.Id, text)
        : draft.SetText(unit.Id, text);

    /// <summary>
    /// The unit deleted whole in Word: a heading or a part's title goes, a paragraph is deleted; a part's or section's
    /// first paragraph leaves the part or section to the paragraph after it, whose title and heading stay in the file.
    /// </summary>
    private static DomainResult Remove(Draft draft, DraftUnit unit) =>
        unit.IsPartLetter ? PartLetterChanged
        : unit.IsPartTitle ? SetPartTitle(draft, unit.Id, "")
        : unit.IsPartAuthorLine ? SetPartAuthorLine(draft, unit.Id, "")
        : unit.IsHeading ? draft.SetHeading(unit.Id, null)
        : unit.IsQuoted ? draft.RemoveQuotedLine(unit.Id)
        : draft.Paragraphs.Any(p => p.Id == unit.Id) ? Apply(draft, DeleteParagraph.KeepingPart(draft, unit.Id))
        : draft.Delete(unit.Id);

    /// <summary>A part's letter is its place among the parts, printed, never typed (ADR 0016).</summary>
    private static DomainResult PartLetterChanged => DomainResult.Fail(
        "A part's letter is printed from its place among the parts and cannot be changed: to join or start a part, propose it on the draft page.");

    private static DomainResult Apply(Draft draft, DomainResult<DraftOperation> change) =>
        change.IsSuccess ? change.Value!.Apply(draft) : DomainResult.Fail(change.Error!);

    private static DomainResult SetPartTitle(Draft draft, string id, string title) =>
        draft.Paragraphs.FirstOrDefault(p => p.Id == id) is { Part: { } part }
            ? draft.SetPart(id, part with { Title = title })
            : DomainResult.Fail("The part whose title it changes no longer starts there.");

    private static DomainResult SetPartAuthorLine(Draft draft, string id, string authorLine) =>
        draft.Paragraphs.FirstOrDefault(p => p.Id == id) is { Part: { } part }
            ? draft.SetPart(id, part with { AuthorLine = InlineItalics.Strip(authorLine) })
            : DomainResult.Fail("The part whose author line it changes no longer starts there.");

    /// <summary>
    /// A paragraph Word moved: after <paramref name="previous"/>, or, right after the title or heading of the part or
    /// section <paramref name="head"/> opens, at the head of it. The parts and sections stay where the file shows them:
    /// a part's first paragraph moved away leaves its part to the paragraph after it (ADR 0016).
    /// </summary>
    private static string? MoveAfter(Draft draft, string id, string? previous, string? head)
    {
        var from = draft.Paragraphs.ToList().FindIndex(p => p.Id == id);
        var at = head is null ? -1 : draft.Paragraphs.ToList().FindIndex(p => p.Id == head);
        if (at >= 0)
        {
            var there = from < at ? at - 1 : at;
            return (there == from ? null : Apply(draft, PartEdges.Move(draft, id, there)).Error)
                ?? (Opens(draft.Paragraphs[there + 1]) ? Apply(draft, PartEdges.MoveBy(draft, id, +1)).Error : TakeHeading(draft, id, head!));
        }

        var top = previous is null ? -1 : TopIndexOf(draft, previous);
        var to = top + 1;
        if (from < to)
        {
            to--;
        }

        // Where it stood, but after the paragraph before it: it leaves the part or section it opened.
        return to == from
            ? (from > 0 && previous is not null && Opens(draft.Paragraphs[from]) ? Apply(draft, PartEdges.MoveBy(draft, id, -1)).Error : null)
            : Apply(draft, PartEdges.Move(draft, id, to)).Error;
    }

    /// <summary>
    /// A plain heading (one that opens no section) is a line of its own in Word: the paragraph put right under it takes
    /// it, and the paragraph that had it, now after, gives it up, as Word's Accept All prints them. A part's or section's
    /// head is handed on by <see cref="PartEdges"/> already.
    /// </summary>
    private static string? TakeHeading(Draft draft, string id, string head)
    {
        var paragraphs = draft.Paragraphs.ToList();
        var at = paragraphs.FindIndex(p => p.Id == head);
        var own = paragraphs.FindIndex(p => p.Id == id);
        if (at < 1 || own != at - 1 || paragraphs[at] is not { Heading: { } heading } holder || Opens(holder) || paragraphs[own].Heading is not null)
        {
            return null;
        }

        return draft.SetHeading(head, null).Error ?? draft.SetHeading(id, heading).Error;
    }

    private static bool Opens(Paragraph paragraph) => paragraph.OpensPartOrSection;

    /// <summary>A paragraph in the quoted text's style (ADR 0028; Word gives a new paragraph the style of the one it is typed after).</summary>
    private static bool IsQuoted(MarkupDocument document, ViewParagraph paragraph) =>
        document.Paragraphs[paragraph.FirstMarkupParagraph].Style is { } style && style.StartsWith(StyleIds.QuotedText, StringComparison.Ordinal);

    /// <summary>
    /// Which node a new quoted line typed right after a sub-paragraph quotes for (ADR 0028, amendment 2), as Word lays it
    /// out: a line in the sub-paragraph's quoted style (<see cref="StyleIds.QuotedText"/> + "InSubParagraph", indented
    /// under the sub-paragraph), or after a sub-paragraph that leads in with a colon, is the sub-paragraph's; a line in
    /// the paragraph's quoted style after a sub-paragraph that does not lead in belongs to the paragraph, whose lead-in
    /// it continues — it joins the end of the paragraph's quotation. Null: the node before it (as before).
    /// </summary>
    private static ParagraphNode? QuotingNode(Draft draft, string previous, bool inSubParagraph)
    {
        if (inSubParagraph || draft.FindNode(previous) is not { } node || node.Text.TrimEnd() is [.., ':' or '：'])
        {
            return null;
        }

        var paragraph = draft.Paragraphs.FirstOrDefault(p => p.Id != node.Id && p.IdsUnder().Contains(node.Id));
        return paragraph;
    }

    private static bool QuotedInSubParagraph(MarkupDocument document, ViewParagraph paragraph) =>
        document.Paragraphs[paragraph.FirstMarkupParagraph].Style is { } style && style.StartsWith(StyleIds.QuotedText, StringComparison.Ordinal)
        && style.Length > StyleIds.QuotedText.Length;

    /// <summary>
    /// A quoted line Word moved (w:moveFrom/w:moveTo, or deleted and typed again): after the quoted line before it in the
    /// same quotation, or first in it when the paragraph holding it comes right before; else it cannot move there.
    /// </summary>
    private static string? MoveQuotedLineAfter(Draft draft, string id, string? previous)
    {
        draft.TryLocateQuotedLine(id, out var holderId, out var from);
        int to;
        if (previous is not null && draft.TryLocateQuotedLine(previous, out var at, out var index) && at == holderId)
        {
            to = index < from ? index + 1 : index;
        }
        else if (previous == holderId)
        {
            to = 0;
        }
        else
        {
            return "A quoted line moved out of its quotation: a line moves only within the quoted text it belongs to.";
        }

        return to == from ? null : draft.MoveQuotedLine(id, to).Error;
    }

    /// <summary>What a new paragraph after a quoted line follows in the draft: the node holding the quotation (ADR 0028).</summary>
    private static string? HolderOf(Draft draft, string? previous) =>
        previous is not null && draft.TryLocateQuotedLine(previous, out var holder, out _) ? holder : previous;

    /// <summary>
    /// A new paragraph in the quoted text's style (ADR 0028): a line of the quotation after the quoted line before it,
    /// or the first line of the quotation of the paragraph it follows (a quotation where there was none).
    /// </summary>
    private static string? InsertQuotedLine(Draft draft, string? previous, string text, bool inSubParagraph, out string? id)
    {
        id = null;
        if (previous is null)
        {
            return "A quoted line comes before any paragraph of the draft: a quotation belongs to the paragraph it follows.";
        }

        var (holder, index) = draft.TryLocateQuotedLine(previous, out var holderId, out var at) ? (holderId!, at + 1)
            : QuotingNode(draft, previous, inSubParagraph) is { } quoting ? (quoting.Id, quoting.Quotation.Count)
            : (previous, 0);
        var added = draft.AddQuotedLine(holder, text, index);
        id = added.Value?.Id;
        return added.Error;
    }

    private static string? InsertAfter(Draft draft, string? previous, string? head, string text, bool subParagraph, out string? id)
    {
        id = null;
        var at = head is null || subParagraph ? -1 : draft.Paragraphs.ToList().FindIndex(p => p.Id == head);
        if (at >= 0)
        {
            // Under a part's title or a section's heading: at its head (ADR 0016).
            var newId = ParagraphIds.New();
            var error = PartEdges.InsertBefore(draft, new InsertParagraph(newId, draft.Paragraphs[at].Kind, at, text)).Apply(draft).Error
                ?? TakeHeading(draft, newId, head!);
            id = error is null ? newId : null;
            return error;
        }

        if (previous is not null && subParagraph && FindParent(draft, previous) is { } sibling)
        {
            var added = draft.AddSubParagraph(sibling.Parent.Id, text, sibling.Index + 1);
            id = added.Value?.Id;
            return added.Error;
        }

        if (previous is not null && subParagraph && draft.FindNode(previous) is { } parent)
        {
            var added = draft.AddSubParagraph(parent.Id, text, 0);
            id = added.Value?.Id;
            return added.Error;
        }

        var index = previous is null ? -1 : TopIndexOf(draft, previous);
        var kind = index >= 0 ? draft.Paragraphs[index].Kind
            : draft.Paragraphs.Count > 0 ? draft.Paragraphs[0].Kind : ParagraphKind.Operative;
        var inserted = draft.InsertParagraph(kind, text, index + 1);
        id = inserted.Value?.Id;
        return inserted.Error;
    }

    /// <summary>The index of the top-level paragraph holding the node.</summary>
    private static int TopIndexOf(Draft draft, string id)
    {
        for (var i = 0; i < draft.Paragraphs.Count; i++)
        {
            var p = draft.Paragraphs[i];
            if (p.Id == id || p.Descendants().Any(d => d.Id == id))
            {
                return i;
            }
        }

        return -1;
    }

    private static (ParagraphNode Parent, int Index)? FindParent(Draft draft, string id)
    {
        foreach (var node in draft.AllNodes())
        {
            for (var i = 0; i < node.SubParagraphs.Count; i++)
            {
                if (node.SubParagraphs[i].Id == id)
                {
                    return (node, i);
                }
            }
        }

        return null;
    }

    private static string Quote(string text)
    {
        var plain = new string(MarkupText.WithoutLabel(InlineItalics.Strip(text)).Where(c => !MarkupDocument.IsNoteMark(c)).ToArray()).Replace('\t', ' ').Trim();
        return plain.Length <= 60 ? plain : plain[..60] + "…";
    }
}
