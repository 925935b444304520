namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// A resolution as a structured document. Every change goes through a behaviour method that
/// checks the draft's rules and answers with a <see cref="DomainResult"/>; a refused change
/// leaves the draft exactly as it was. Labels (PP3, OP2 (a)) and the sponsors line are computed
/// from this state (see <c>Numbering</c>), never stored.
/// </summary>
public sealed partial class Draft
{
    private readonly List<Paragraph> paragraphs = [];

    // Every node by id, built on the first lookup and kept up to date as nodes are added and
    // removed. Live editing looks a node up for every keystroke of everyone.
    private Dictionary<string, ParagraphNode>? nodesById;
    private readonly List<Sponsor> sponsors = [];
    private readonly List<Footnote> footnotes = [];

    private Draft(string language, DocumentKind kind)
    {
        Language = language;
        Kind = kind;
    }

    /// <summary>The language of this text, as a code of <see cref="DraftLanguage"/>.</summary>
    public string Language { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>The revision number of a revised draft resolution or decision (Rev.1 is 1); otherwise null.</summary>
    public int? Revision { get; private set; }

    public DraftMetadata Metadata { get; private set; } = DraftMetadata.Empty;

    public string Title { get; private set; } = "";

    /// <summary>The enacting formula with its trailing comma: "The General Assembly,".</summary>
    public string AuthorLine { get; private set; } = "";

    public IReadOnlyList<Sponsor> Sponsors => sponsors;

    public IReadOnlyList<Paragraph> Paragraphs => paragraphs;

    public IReadOnlyList<Footnote> Footnotes => footnotes;

    public static DomainResult<Draft> Create(string language, DocumentKind kind = DocumentKind.DraftResolution, int? revision = null)
    {
        if (!DraftLanguage.IsKnown(language))
        {
            return DomainResult<Draft>.Fail($"Unknown language '{language}'; use one of {string.Join(", ", DraftLanguage.All)}.");
        }

        var draft = new Draft(language, kind);
        var kindResult = draft.SetKind(kind, revision);
        return kindResult.IsSuccess ? DomainResult<Draft>.Ok(draft) : kindResult;
    }

    public DomainResult SetLanguage(string language)
    {
        if (!DraftLanguage.IsKnown(language))
        {
            return DomainResult.Fail($"Unknown language '{language}'; use one of {string.Join(", ", DraftLanguage.All)}.");
        }

        Language = language;
        return DomainResult.Ok();
    }

    public DomainResult SetKind(DocumentKind kind, int? revision)
    {
        if (!Enum.IsDefined(kind))
        {
            return DomainResult.Fail($"Unknown kind of document ({(int)kind}).");
        }

        if (kind.IsRevised() && revision is null or < 1)
        {
            return DomainResult.Fail($"A {(kind.IsDecision() ? "revised draft decision" : "revised draft resolution")} needs a revision number of 1 or more (Rev.1).");
        }

        if (!kind.IsRevised() && revision is not null)
        {
            return DomainResult.Fail("Only a revised draft resolution or decision has a revision number.");
        }

        Kind = kind;
        Revision = revision;
        return DomainResult.Ok();
    }

    public DomainResult SetMetadata(DraftMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        string?[] fields =
        [
            metadata.Body, metadata.Committee, metadata.Session, metadata.PlaceAndDates, metadata.Symbol,
            metadata.Distribution, metadata.Date, metadata.OriginalLanguage, metadata.AmendsSymbol,
            metadata.SubmittedBy, metadata.AdoptionLine, metadata.CommitteeLine, metadata.MeetingLine, metadata.MeetingDate,
            metadata.AgendaItem?.Number, metadata.AgendaItem?.Title,
        ];
        if (fields.Any(f => f is { Length: > DraftLimits.MaxShortTextLength }))
        {
            return DomainResult.Fail($"A masthead field is longer than {DraftLimits.MaxShortTextLength} characters.");
        }

        if (!Numbering.SubParagraphNumbering.TryParse(metadata.SubParagraphNumbering, out var numbering, out var problem))
        {
            return DomainResult.Fail(problem!);
        }

        if (!Numbering.OperativeNumbering.TryParse(metadata.OperativeNumbering, out var operative, out var operativeProblem))
        {
            return DomainResult.Fail(operativeProblem!);
        }

        // Stored as written canonically: "(a) (i)" (the UN's) as nothing, "(1) (i)" as "(1)" (ADR 0036); "1." as nothing (ADR 0038).
        Metadata = metadata.SubParagraphNumbering == numbering.Text && metadata.OperativeNumbering == operative
            ? metadata : metadata with { SubParagraphNumbering = numbering.Text, OperativeNumbering = operative };
        return DomainResult.Ok();
    }

    public DomainResult SetTitle(string title)
    {
        var error = CheckShortText(title, "The title", allowEmpty: true);
        if (error is not null)
        {
            return DomainResult.Fail(error);
        }

        Title = title.Trim();
        return DomainResult.Ok();
    }

    public DomainResult SetAuthorLine(string authorLine)
    {
        var error = CheckShortText(authorLine, "The author line", allowEmpty: true);
        if (error is not null)
        {
            return DomainResult.Fail(error);
        }

        AuthorLine = authorLine.Trim();
        return DomainResult.Ok();
    }

    // ---- Sponsors -------------------------------------------------------------------------

    public DomainResult AddSponsor(Sponsor sponsor, int? index = null)
    {
        ArgumentNullException.ThrowIfNull(sponsor);
        var name = sponsor.Name?.Trim() ?? "";
        var error = CheckShortText(name, "A sponsor's name", allowEmpty: false);
        if (error is not null)
        {
            return DomainResult.Fail(error);
        }

        if (FindSponsor(name) >= 0)
        {
            return DomainResult.Fail($"{name} is already a sponsor of this draft.");
        }

        if (sponsors.Count >= DraftLimits.MaxSponsors)
        {
            return DomainResult.Fail($"A draft can have at most {DraftLimits.MaxSponsors} sponsors.");
        }

        if (sponsor.OnBehalfOf is { Length: > DraftLimits.MaxShortTextLength })
        {
            return DomainResult.Fail($"An \"on behalf of\" note is longer than {DraftLimits.MaxShortTextLength} characters.");
        }

        if (!sponsor.Additional && sponsor.Joined is not null)
        {
            return DomainResult.Fail("Only an additional sponsor has a date of joining.");
        }

        var at = index ?? sponsors.Count;
        if (at < 0 || at > sponsors.Count)
        {
            return DomainResult.Fail($"Sponsor position {at} is outside the list of {sponsors.Count}.");
        }

        var onBehalfOf = string.IsNullOrWhiteSpace(sponsor.OnBehalfOf) ? null : sponsor.OnBehalfOf.Trim();
        sponsors.Insert(at, sponsor with { Name = name, OnBehalfOf = onBehalfOf });
        return DomainResult.Ok();
    }

    public DomainResult RemoveSponsor(string name)
    {
        var at = FindSponsor(name);
        if (at < 0)
        {
            return DomainResult.Fail($"{name} is not a sponsor of this draft.");
        }

        sponsors.RemoveAt(at);
        return DomainResult.Ok();
    }

    public DomainResult MoveSponsor(string name, int newIndex)
    {
        var at = FindSponsor(name);
        if (at < 0)
        {
            return DomainResult.Fail($"{name} is not a sponsor of this draft.");
        }

        if (newIndex < 0 || newIndex >= sponsors.Count)
        {
            return DomainResult.Fail($"Sponsor position {newIndex} is outside the list of {sponsors.Count}.");
        }

        var sponsor = sponsors[at];
        sponsors.RemoveAt(at);
        sponsors.Insert(newIndex, sponsor);
        return DomainResult.Ok();
    }

    private int FindSponsor(string name) =>
        sponsors.FindIndex(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    // ---- Paragraphs -----------------------------------------------------------------------

    /// <summary>Inserts a paragraph at <paramref name="index"/> (the end when null).</summary>
    public DomainResult<Paragraph> InsertParagraph(ParagraphKind kind, string text, int? index = null, string? id = null, string? heading = null)
    {
        var error = CheckText(text) ?? CheckNewId(ref id) ?? CheckHeading(heading);
        if (error is not null)
        {
            return DomainResult<Paragraph>.Fail(error);
        }

        if (paragraphs.Count >= DraftLimits.MaxParagraphs)
        {
            return DomainResult<Paragraph>.Fail($"A draft can have at most {DraftLimits.MaxParagraphs} paragraphs.");
        }

        var at = index ?? paragraphs.Count;
        if (at < 0 || at > paragraphs.Count)
        {
            return DomainResult<Paragraph>.Fail($"Position {at} is outside the draft's {paragraphs.Count} paragraphs.");
        }

        var paragraph = new Paragraph(id!, kind, NormalizeText(text), NormalizeHeading(heading));
        paragraphs.Insert(at, paragraph);
        nodesById?.TryAdd(paragraph.Id, paragraph);
        return DomainResult<Paragraph>.Ok(paragraph);
    }

    /// <summary>Adds a sub-paragraph under a paragraph or sub-paragraph, at <paramref name="index"/> among its siblings.</summary>
    public DomainResult<SubParagraph> AddSubParagraph(string parentId, string text, int? index = null, string? id = null)
    {
        var parent = FindNode(parentId);
        if (parent is null or QuotedLine)
        {
            return DomainResult<SubParagraph>.Fail(parent is null
                ? $"There is no paragraph with id '{parentId}'."
                : "A quoted line has no sub-paragraphs: its numbers and letters are its words.");
        }

        if (DepthOf(parentId) + 1 > DraftLimits.MaxSubParagraphDepth)
        {
            return DomainResult<SubParagraph>.Fail(
                $"Sub-paragraphs go at most {DraftLimits.MaxSubParagraphDepth} levels deep: (a), then (i), then a., then i.");
        }

        var error = CheckText(text) ?? CheckNewId(ref id);
        if (error is not null)
        {
            return DomainResult<SubParagraph>.Fail(error);
        }

        var at = index ?? parent.MutableChildren.Count;
        if (at < 0 || at > parent.MutableChildren.Count)
        {
            return DomainResult<SubParagraph>.Fail($"Position {at} is outside the {parent.MutableChildren.Count} sub-paragraphs.");
        }

        var sub = new SubParagraph(id!, NormalizeText(text));
        parent.MutableChildren.Insert(at, sub);
        nodesById?.TryAdd(sub.Id, sub);
        return DomainResult<SubParagraph>.Ok(sub);
    }

    /// <summary>Replaces the text of a paragraph or sub-paragraph.</summary>
    public DomainResult SetText(string id, string text)
    {
        var node = FindNode(id);
        if (node is null)
        {
            return DomainResult.Fail($"There is no paragraph with id '{id}'.");
        }

        var error = CheckText(text);
        if (error is not null)
        {
            return DomainResult.Fail(error);
        }

        node.Text = NormalizeText(text);
        return DomainResult.Ok();
    }

    public DomainResult SetParagraphKind(string id, ParagraphKind kind)
    {
        var paragraph = paragraphs.Find(p => p.Id == id);
        if (paragraph is null)
        {
            return DomainResult.Fail($"There is no paragraph with id '{id}' at the top level.");
        }

        paragraph.Kind = kind;
        return DomainResult.Ok();
    }

    public DomainResult SetHeading(string id, string? heading)
    {
        var paragraph = paragraphs.Find(p => p.Id == id);
        if (paragraph is null)
        {
            return DomainResult.Fail($"There is no paragraph with id '{id}' at the top level.");
        }

        var error = CheckHeading(heading);
        if (error is not null)
        {
            return DomainResult.Fail(error);
        }

        paragraph.Heading = NormalizeHeading(heading);
        return DomainResult.Ok();
    }

    /// <summary>
    /// Makes a top-level paragraph open a part (A, B … in order) with its own title and author line,
    /// or, with null, joins it to the part before. The first paragraph of a draft in parts opens part A.
    /// </summary>
    public DomainResult SetPart(string id, DraftPart? part)
    {
        var paragraph = paragraphs.Find(p => p.Id == id);
        if (paragraph is null)
        {
            return DomainResult.Fail($"There is no paragraph with id '{id}' at the top level.");
        }

        if (part?.Problem() is { } problem)
        {
            return DomainResult.Fail(problem);
        }

        paragraph.Part = part is null ? null : part with
        {
            Title = (part.Title ?? "").Trim(), AuthorLine = (part.AuthorLine ?? "").Trim(),
            MeetingLine = string.IsNullOrWhiteSpace(part.MeetingLine) ? null : part.MeetingLine.Trim(),
            MeetingDate = string.IsNullOrWhiteSpace(part.MeetingDate) ? null : part.MeetingDate.Trim(),
        };
        return DomainResult.Ok();
    }

    /// <summary>
    /// Makes a top-level paragraph open a section numbered from 1 again (true), or joins it to the section before
    /// (false). Labels name the section ("II OP3"); the heading printed before the paragraph is unchanged.
    /// </summary>
    public DomainResult SetSection(string id, bool opens)
    {
        var paragraph = paragraphs.Find(p => p.Id == id);
        if (paragraph is null)
        {
            return DomainResult.Fail($"There is no paragraph with id '{id}' at the top level.");
        }

        paragraph.OpensSection = opens;
        return DomainResult.Ok();
    }

    /// <summary>Whether this is a resolution in parts: some paragraph opens a part.</summary>
    public bool HasParts => paragraphs.Exists(p => p.Part is not null);

    /// <summary>
    /// Records (or, with null, forgets) where a paragraph's or sub-paragraph's wording was taken from.
    /// The text is not touched: a paragraph whose text differs from its source has drifted from it.
    /// </summary>
    public DomainResult SetSource(string id, AgreedLanguage? source)
    {
        var node = FindNode(id);
        if (node is null)
        {
            return DomainResult.Fail($"There is no paragraph with id '{id}'.");
        }

        if (source?.Problem() is { } problem)
        {
            return DomainResult.Fail(problem);
        }

        node.Source = source;
        return DomainResult.Ok();
    }

    /// <summary>Deletes a paragraph or sub-paragraph with everything under it.</summary>
    public DomainResult Delete(string id)
    {
        var top = paragraphs.FindIndex(p => p.Id == id);
        if (top >= 0)
        {
            // A part the paragraph opened goes with it (the rest joins the part before), as a heading
            // does: moving it on to the next paragraph here would not converge with a concurrent
            // SetPart there. A client that wants to keep the part sends SetPart on the next one first.
            Unindex(paragraphs[top]);
            paragraphs.RemoveAt(top);
            return DomainResult.Ok();
        }

        var (parent, index) = FindParentOf(id);
        if (parent is null)
        {
            return DomainResult.Fail($"There is no paragraph with id '{id}'.");
        }

        Unindex(parent.MutableChildren[index]);
        parent.MutableChildren.RemoveAt(index);
        return DomainResult.Ok();
    }

    /// <summary>Moves a paragraph (or a sub-paragraph among its siblings) to <paramref name="newIndex"/>.</summary>
    public DomainResult Move(string id, int newIndex)
    {
        var top = paragraphs.FindIndex(p => p.Id == id);
        if (top >= 0)
        {
            return MoveWithin(paragraphs, top, newIndex);
        }

        var (parent, index) = FindParentOf(id);
        return parent is null
            ? DomainResult.Fail($"There is no paragraph with id '{id}'.")
            : MoveWithin(parent.MutableChildren, index, newIndex);
    }

    /// <summary>Moves a paragraph or sub-paragraph one place up (-1) or down (+1) among its siblings.</summary>
    public DomainResult MoveBy(string id, int delta)
    {
        var top = paragraphs.FindIndex(p => p.Id == id);
        if (top >= 0)
        {
            return MoveWithin(paragraphs, top, top + delta);
        }

        var (parent, index) = FindParentOf(id);
        return parent is null
            ? DomainResult.Fail($"There is no paragraph with id '{id}'.")
            : MoveWithin(parent.MutableChildren, index, index + delta);
    }

    private static DomainResult MoveWithin<T>(List<T> list, int from, int to)
    {
        if (to < 0 || to >= list.Count)
        {
            return DomainResult.Fail(to < 0 ? "It is already the first." : "It is already the last.");
        }

        var item = list[from];
        list.RemoveAt(from);
        list.Insert(to, item);
        return DomainResult.Ok();
    }

    // ---- Footnotes ------------------------------------------------------------------------

    public DomainResult AddFootnote(int number, string text)
    {
        if (number < 1)
        {
            return DomainResult.Fail("Footnote numbers start at 1.");
        }

        if (footnotes.Exists(f => f.Number == number))
        {
            return DomainResult.Fail($"Footnote {number} already exists.");
        }

        if (footnotes.Count >= DraftLimits.MaxFootnotes)
        {
            return DomainResult.Fail($"A draft can have at most {DraftLimits.MaxFootnotes} footnotes.");
        }

        var error = CheckText(text, "A footnote");
        if (error is not null)
        {
            return DomainResult.Fail(error);
        }

        var at = footnotes.FindIndex(f => f.Number > number);
        footnotes.Insert(at < 0 ? footnotes.Count : at, new Footnote(number, NormalizeText(text)));
        return DomainResult.Ok();
    }

    public DomainResult SetFootnoteText(int number, string text)
    {
        var at = footnotes.FindIndex(f => f.Number == number);
        if (at < 0)
        {
            return DomainResult.Fail($"There is no footnote {number}.");
        }

        var error = CheckText(text, "A footnote");
        if (error is not null)
        {
            return DomainResult.Fail(error);
        }

        footnotes[at] = footnotes[at] with { Text = NormalizeText(text) };
        return DomainResult.Ok();
    }

    public DomainResult RemoveFootnote(int number)
    {
        var removed = footnotes.RemoveAll(f => f.Number == number);
        return removed == 0 ? DomainResult.Fail($"There is no footnote {number}.") : DomainResult.Ok();
    }

    // ---- Queries --------------------------------------------------------------------------

    /// <summary>The paragraph or sub-paragraph with this id, or null.</summary>
    public ParagraphNode? FindNode(string id)
    {
        if (id is null)
        {
            return null;
        }

        var index = nodesById;
        if (index is null)
        {
            // Built aside and then published, so readers sharing a draft never see half an index.
            index = new Dictionary<string, ParagraphNode>(StringComparer.Ordinal);
            foreach (var node in AllNodes())
            {
                index.TryAdd(node.Id, node); // the first in reading order, as a search would find
                foreach (var line in node.Quotation)
                {
                    index.TryAdd(line.Id, line); // quoted lines are found by id too (ADR 0028)
                }
            }

            nodesById = index;
        }

        return index.GetValueOrDefault(id);
    }

    private void Unindex(ParagraphNode node)
    {
        if (nodesById is null)
        {
            return;
        }

        // Ids are unique within a draft, but should a stored one repeat, the index is simply rebuilt.
        if (!nodesById.Remove(node.Id, out var indexed) || indexed != node)
        {
            nodesById = null;
            return;
        }

        foreach (var under in node.IdsUnder())
        {
            nodesById.Remove(under);
        }
    }

    /// <summary>Every paragraph and sub-paragraph in reading order.</summary>
    public IEnumerable<ParagraphNode> AllNodes()
    {
        foreach (var paragraph in paragraphs)
        {
            yield return paragraph;
            foreach (var sub in paragraph.Descendants())
            {
                yield return sub;
            }
        }
    }

    /// <summary>0 for a paragraph, 1 for (a), 2 for (i), 3 for a.; -1 when the id is unknown.</summary>
    public int DepthOf(string id)
    {
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Id == id)
            {
                return 0;
            }

            var depth = DepthBelow(paragraph, id, 1);
            if (depth > 0)
            {
                return depth;
            }
        }

        return -1;
    }

    /// <summary>A deep copy that shares nothing mutable with this draft.</summary>
    public Draft Clone()
    {
        var copy = new Draft(Language, Kind)
        {
            Revision = Revision,
            Metadata = Metadata,
            Title = Title,
            AuthorLine = AuthorLine,
        };
        copy.sponsors.AddRange(sponsors);
        copy.footnotes.AddRange(footnotes);
        foreach (var paragraph in paragraphs)
        {
            var p = new Paragraph(paragraph.Id, paragraph.Kind, paragraph.Text, paragraph.Heading) { Source = paragraph.Source, Part = paragraph.Part, OpensSection = paragraph.OpensSection, Table = paragraph.Table };
            CopyChildren(paragraph, p);
            CopyQuotation(paragraph, p);
            copy.paragraphs.Add(p);
        }

        return copy;
    }

    private static void CopyChildren(ParagraphNode from, ParagraphNode to)
    {
        foreach (var child in from.SubParagraphs)
        {
            var c = new SubParagraph(child.Id, child.Text) { Source = child.Source, Table = child.Table };
            CopyChildren(child, c);
            CopyQuotation(child, c);
            to.MutableChildren.Add(c);
        }
    }

    private static int DepthBelow(ParagraphNode node, string id, int depth)
    {
        foreach (var child in node.SubParagraphs)
        {
            if (child.Id == id)
            {
                return depth;
            }

            var below = DepthBelow(child, id, depth + 1);
            if (below > 0)
            {
                return below;
            }
        }

        return 0;
    }

    private (ParagraphNode? Parent, int Index) FindParentOf(string id)
    {
        foreach (var paragraph in paragraphs)
        {
            var found = FindParentBelow(paragraph, id);
            if (found.Parent is not null)
            {
                return found;
            }
        }

        return (null, -1);
    }

    private static (ParagraphNode? Parent, int Index) FindParentBelow(ParagraphNode node, string id)
    {
        for (var i = 0; i < node.SubParagraphs.Count; i++)
        {
            if (node.SubParagraphs[i].Id == id)
            {
                return (node, i);
            }

            var below = FindParentBelow(node.SubParagraphs[i], id);
            if (below.Parent is not null)
            {
                return below;
            }
        }

        return (null, -1);
    }

    // ---- Rules ----------------------------------------------------------------------------

    private string? CheckNewId(ref string? id)
    {
        id ??= ParagraphIds.New();
        if (!ParagraphIds.IsValid(id))
        {
            return $"A paragraph id must be 1 to {DraftLimits.MaxIdLength} letters, digits, '-', '_' or '.'.";
        }

        return FindNode(id) is null ? null : $"The paragraph id '{id}' is already used in this draft.";
    }

    private static string? CheckText(string? text, string what = "A paragraph") => ParagraphText.Problem(text, what);

    private static string? CheckHeading(string? heading) =>
        heading is { Length: > DraftLimits.MaxShortTextLength }
            ? $"A heading can have at most {DraftLimits.MaxShortTextLength:N0} characters."
            : null;

    private static string? CheckShortText(string? text, string what, bool allowEmpty)
    {
        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            return $"{what} cannot be empty.";
        }

        return text is { Length: > DraftLimits.MaxShortTextLength }
            ? $"{what} can have at most {DraftLimits.MaxShortTextLength:N0} characters."
            : null;
    }

    private static string NormalizeText(string text) => text.Trim();

    private static string? NormalizeHeading(string? heading) =>
        string.IsNullOrWhiteSpace(heading) ? null : heading.Trim();
}
