using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>
/// The changes a page makes, as operations built against the live draft (which they only read).
/// Whole texts typed into a form follow the draft's rules for texts: trimmed, not empty, not too long.
/// </summary>
public static class DraftChanges
{
    public static Func<Draft, DomainResult<DraftOperation>> SetText(string nodeId, string text) => draft =>
    {
        var error = CheckText(text);
        if (error is not null)
        {
            return Fail(error);
        }

        var node = draft.FindNode(nodeId);
        if (node is null)
        {
            return Fail($"There is no paragraph with id '{nodeId}'.");
        }

        var (start, deleted, inserted) = Splice(node.Text, text.Trim());
        var edit = EditText.Splice(draft, nodeId, start, deleted, inserted);
        return edit.IsSuccess ? Ok(edit.Value!) : Fail(edit.Error!);
    };

    public static Func<Draft, DomainResult<DraftOperation>> InsertParagraph(string? afterId, ParagraphKind kind, string text) => draft =>
    {
        var error = CheckText(text);
        if (error is not null)
        {
            return Fail(error);
        }

        var index = afterId is null ? 0 : IndexOf(draft.Paragraphs, afterId) + 1;
        var insert = new Domain.Operations.InsertParagraph(ParagraphIds.New(), kind, index, text.Trim());
        return afterId is not null && index == 0 ? Fail("The paragraph to insert after no longer exists.")
            // At the start is before the first part's first paragraph: the new one heads that part (ADR 0016).
            : afterId is null ? Ok(PartEdges.InsertBefore(draft, insert))
            : Ok(insert);
    };

    /// <summary>A new paragraph before <paramref name="beforeId"/>; before a part's first paragraph it heads that part (ADR 0016).</summary>
    public static Func<Draft, DomainResult<DraftOperation>> InsertParagraphBefore(string beforeId, ParagraphKind kind, string text) => draft =>
    {
        var error = CheckText(text);
        if (error is not null)
        {
            return Fail(error);
        }

        var index = IndexOf(draft.Paragraphs, beforeId);
        return index < 0
            ? Fail("The paragraph to insert before no longer exists.")
            : Ok(PartEdges.InsertBefore(draft, new Domain.Operations.InsertParagraph(ParagraphIds.New(), kind, index, text.Trim())));
    };

    /// <summary>Starts a part at the paragraph, or gives the part it opens a new title and author line.</summary>
    public static Func<Draft, DomainResult<DraftOperation>> SetPart(string id, DraftPart part) => draft =>
        draft.Paragraphs.FirstOrDefault(p => p.Id == id) is { Part: not null }
            ? PartEdges.Edit(draft, id, part)
            : PartEdges.Start(draft, id, part);

    public static Func<Draft, DomainResult<DraftOperation>> RemovePart(string id) => draft => PartEdges.Remove(draft, id);

    /// <summary>Opens a section numbered from 1 again at the paragraph, or closes the one it opens (ADR 0016).</summary>
    public static Func<Draft, DomainResult<DraftOperation>> Section(string id, bool opens) => draft => PartEdges.Section(draft, id, opens);

    /// <summary>
    /// Several new paragraphs after the top-level paragraph holding <paramref name="nodeId"/>, of its
    /// kind, in one change (a long paste split into paragraphs): all go in, or none with the reason.
    /// </summary>
    public static Func<Draft, DomainResult<DraftOperation>> InsertParagraphsAfter(string nodeId, IReadOnlyList<string> texts) => draft =>
    {
        var anchor = draft.Paragraphs.FirstOrDefault(p => p.Id == nodeId || p.Descendants().Any(d => d.Id == nodeId));
        if (anchor is null)
        {
            return Fail("The paragraph to insert after no longer exists.");
        }

        if (texts.Count is 0 or > DraftLimits.MaxParagraphs)
        {
            return Fail(texts.Count == 0 ? "There is nothing to insert." : $"A draft can have at most {DraftLimits.MaxParagraphs:N0} paragraphs.");
        }

        var index = IndexOf(draft.Paragraphs, anchor.Id) + 1;
        var operations = new List<DraftOperation>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            if (CheckText(texts[i]) is { } error)
            {
                return Fail($"Paragraph {i + 1} of {texts.Count}: {error}");
            }

            operations.Add(new Domain.Operations.InsertParagraph(ParagraphIds.New(), anchor.Kind, index + i, texts[i].Trim()));
        }

        return Ok(OperationBatch.Of(operations));
    };

    /// <summary>
    /// A new paragraph or sub-paragraph (<paramref name="insert"/>) that records the agreed language its
    /// text was taken from, in one batch (ADR 0011); without a source, the insertion alone.
    /// </summary>
    public static Func<Draft, DomainResult<DraftOperation>> WithSource(Func<Draft, DomainResult<DraftOperation>> insert, AgreedLanguage? source) => draft =>
    {
        var inserted = insert(draft);
        if (source is null || !inserted.IsSuccess)
        {
            return inserted;
        }

        var id = inserted.Value switch
        {
            Domain.Operations.InsertParagraph p => p.Id,
            // At the head of a part, the insert comes first in its batch (ADR 0016).
            OperationBatch { Operations: [Domain.Operations.InsertParagraph p, ..] } => p.Id,
            Domain.Operations.AddSubParagraph s => s.Id,
            _ => throw new ArgumentException("Only a new paragraph or sub-paragraph takes a source here.", nameof(insert)),
        };
        return source.Problem() is { } problem ? Fail(problem) : Ok(OperationBatch.Of([inserted.Value!, new SetSource(id, source)]));
    };

    public static Func<Draft, DomainResult<DraftOperation>> AddSubParagraph(string parentId, string text) => draft =>
    {
        var error = CheckText(text);
        if (error is not null)
        {
            return Fail(error);
        }

        var parent = draft.FindNode(parentId);
        return parent is null
            ? Fail($"There is no paragraph with id '{parentId}'.")
            : Ok(new Domain.Operations.AddSubParagraph(parentId, ParagraphIds.New(), parent.SubParagraphs.Count, text.Trim()));
    };

    // The first paragraph of a part hands its part on to the next (ADR 0016).
    public static Func<Draft, DomainResult<DraftOperation>> Delete(string id) => draft => DeleteParagraph.KeepingPart(draft, id);

    /// <summary>
    /// Deletes a paragraph its editor left empty, only if it still is empty when the change is made
    /// (inside the session's lock): someone else may have started typing into it meanwhile, and their
    /// words must not go with it.
    /// </summary>
    public static Func<Draft, DomainResult<DraftOperation>> DeleteIfEmpty(string id) => draft =>
        draft.FindNode(id) is not { } node ? DomainResult<DraftOperation>.Fail("The paragraph is no longer in the draft.")
        : !string.IsNullOrWhiteSpace(InlineItalics.Strip(node.Text)) ? DomainResult<DraftOperation>.Fail("Not deleted: someone has typed into the paragraph meanwhile.")
        : DeleteParagraph.KeepingPart(draft, id);

    // At a part's edge a paragraph steps across it first; a part's first paragraph leaves the part in place (ADR 0016).
    public static Func<Draft, DomainResult<DraftOperation>> MoveBy(string id, int delta) => draft => PartEdges.MoveBy(draft, id, delta);

    public static Func<Draft, DomainResult<DraftOperation>> ToggleKind(string id) => draft =>
    {
        var paragraph = draft.Paragraphs.FirstOrDefault(p => p.Id == id);
        return paragraph is null
            ? Fail("Only a paragraph, not a sub-paragraph, has a kind.")
            : Ok(new SetParagraphKind(id, paragraph.Kind == ParagraphKind.Operative ? ParagraphKind.Preambular : ParagraphKind.Operative));
    };

    public static Func<Draft, DomainResult<DraftOperation>> AddSponsor(Sponsor sponsor) => draft =>
    {
        // Checked here too, so the page hears the draft's own message ("... is already a sponsor").
        var check = draft.Clone().AddSponsor(sponsor);
        return check.IsSuccess ? Ok(new Domain.Operations.AddSponsor(sponsor, draft.Sponsors.Count)) : Fail(check.Error!);
    };

    public static Func<Draft, DomainResult<DraftOperation>> RemoveSponsor(string name) => draft => Widen(Domain.Operations.RemoveSponsor.Of(draft, name));

    public static Func<Draft, DomainResult<DraftOperation>> MoveSponsor(string name, int newIndex) => draft =>
    {
        var remove = Domain.Operations.RemoveSponsor.Of(draft, name);
        if (!remove.IsSuccess)
        {
            return Fail(remove.Error!);
        }

        if (newIndex < 0 || newIndex >= draft.Sponsors.Count)
        {
            return Fail($"Sponsor position {newIndex} is outside the list of {draft.Sponsors.Count}.");
        }

        var sponsor = draft.Sponsors[remove.Value!.Index];
        return Ok(OperationBatch.Of([remove.Value!, new Domain.Operations.AddSponsor(sponsor, newIndex)]));
    };

    /// <summary>The masthead form: every field at once, all or nothing.</summary>
    public static Func<Draft, DomainResult<DraftOperation>> SetMasthead(MetadataForm form) => draft =>
    {
        var trial = draft.Clone();
        var applied = form.ApplyTo(trial);
        if (!applied.IsSuccess)
        {
            return Fail(applied.Error!);
        }

        // A part's own meeting (ADR 0034, amendment 3) goes as the part's change, to every screen like the rest of the masthead.
        var parts = trial.Paragraphs.Where(p => p.Part is not null && draft.Paragraphs.FirstOrDefault(d => d.Id == p.Id)?.Part != p.Part)
            .Select(p => (DraftOperation)new SetPart(p.Id, p.Part));
        return Ok(OperationBatch.Of(
        [
            new SetLanguage(trial.Language), new SetDocumentKind(trial.Kind, trial.Revision), new SetMetadata(trial.Metadata),
            new SetTitle(trial.Title), new SetAuthorLine(trial.AuthorLine), .. parts,
        ]));
    };

    /// <summary>The domain's rule (<see cref="ParagraphText.Problem"/>) for the text as it will be stored: trimmed.</summary>
    private static string? CheckText(string? text) => ParagraphText.Problem(text?.Trim());

    /// <summary>The one splice that turns <paramref name="old"/> into <paramref name="now"/>: common start and end kept, never cutting a character in two.</summary>
    private static (int Start, int Deleted, string Inserted) Splice(string old, string now)
    {
        var start = 0;
        while (start < old.Length && start < now.Length && old[start] == now[start])
        {
            start++;
        }

        if (start > 0 && char.IsHighSurrogate(old[start - 1]))
        {
            start--;
        }

        var end = 0;
        while (end < old.Length - start && end < now.Length - start && old[^(end + 1)] == now[^(end + 1)])
        {
            end++;
        }

        if (end > 0 && char.IsLowSurrogate(old[^end]))
        {
            end--;
        }

        return (start, old.Length - start - end, now[start..^end]);
    }

    private static int IndexOf<T>(IReadOnlyList<T> nodes, string id) where T : ParagraphNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static DomainResult<DraftOperation> Widen<T>(DomainResult<T> result) where T : DraftOperation =>
        result.IsSuccess ? Ok(result.Value!) : Fail(result.Error!);

    private static DomainResult<DraftOperation> Ok(DraftOperation operation) => DomainResult<DraftOperation>.Ok(operation);

    private static DomainResult<DraftOperation> Fail(string error) => DomainResult<DraftOperation>.Fail(error);
}
