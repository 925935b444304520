using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Style;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Components.Drafts;

/// <summary>
/// What the document components need to show one draft: the draft with its computed labels and
/// style warnings, and, when the reader may edit, the edit in progress and where edits go.
/// Passed down as a cascading value so nested sub-paragraphs reach it.
/// </summary>
public sealed class DraftView
{
    public DraftView(Draft draft)
        : this(new DraftReading(Guid.Empty, draft, 0))
    {
    }

    /// <summary>A view over a reading computed once per change (and shared by the pages that watch the draft).</summary>
    public DraftView(DraftReading reading)
    {
        Reading = reading;
        Draft = reading.Draft;
        Labels = reading.Labels;
        Warnings = reading.Warnings;
        WarningsById = reading.WarningsById;
    }

    public DraftReading Reading { get; }

    private Dictionary<string, (string? Line, string? Date)>? partMeetings;

    /// <summary>
    /// The meeting printed before the part <paramref name="paragraphId"/> opens: the part before it ends with its meeting, as
    /// the UN prints each part of an adopted resolution in parts (ADR 0034, amendment 2); null for any other paragraph.
    /// </summary>
    public (string? Line, string? Date)? MeetingBefore(string paragraphId)
    {
        if (partMeetings is null)
        {
            partMeetings = [];
            DraftPart? before = null;
            foreach (var paragraph in Draft.Paragraphs)
            {
                if (!Draft.Kind.IsAdopted())
                {
                    break;
                }

                if (paragraph.Part is { } part)
                {
                    if (before is not null && before.MeetingOr(Draft.Metadata) is var meeting && (meeting.Line is not null || meeting.Date is not null))
                    {
                        partMeetings[paragraph.Id] = meeting;
                    }

                    before = part;
                }
            }
        }

        return partMeetings.TryGetValue(paragraphId, out var found) ? found : null;
    }

    private string? lonePartOpener;

    /// <summary>
    /// Whether <paramref name="paragraphId"/> opens the draft's only part: two removals at once, each seeing three parts,
    /// leave one part that still prints its letter (ADR 0016 amendments 14 and 15); the page says so there.
    /// </summary>
    public bool IsLonePart(string paragraphId)
    {
        lonePartOpener ??= Draft.Paragraphs.Where(p => p.Part is not null).Take(2).ToList() is [var only] ? only.Id : "";
        return lonePartOpener.Length > 0 && lonePartOpener == paragraphId;
    }

    public Draft Draft { get; }

    public Guid DraftId { get; init; }

    public IReadOnlyDictionary<string, ParagraphLabel> Labels { get; }

    public IReadOnlyList<StyleWarning> Warnings { get; }

    public ILookup<string, StyleWarning> WarningsById { get; }

    public bool Editable { get; init; }

    public EditTarget? Editing { get; init; }

    /// <summary>The last refused change, shown beside the editor that caused it.</summary>
    public string? EditError { get; init; }

    /// <summary>The paragraph whose Delete button was pressed once and now asks for confirmation.</summary>
    public string? PendingDeleteId { get; init; }

    /// <summary>Who is in which paragraph, by paragraph id.</summary>
    public ILookup<string, PresenceEntry> Presence { get; init; } = Array.Empty<PresenceEntry>().ToLookup(p => p.NodeId!);

    /// <summary>How the reader appears in presence, to tell the others from them; null when unknown.</summary>
    public string? Me { get; init; }

    /// <summary>The reader may propose amendments (suggesting mode) instead of editing.</summary>
    public bool CanPropose { get; init; }

    /// <summary>The paragraph whose proposed copy is open in suggesting mode.</summary>
    public string? Suggesting { get; init; }

    /// <summary>The paragraph after which a proposed new paragraph is being written.</summary>
    public string? SuggestingNewAfter { get; init; }

    /// <summary>
    /// The quoted line before which proposed new quoted lines are being written, or the paragraph whose proposed
    /// quotation is (it has none yet).
    /// </summary>
    public string? SuggestingQuotedLines { get; init; }

    /// <summary>Pending proposals per paragraph id, shown as a count beside the paragraph.</summary>
    public IReadOnlyDictionary<string, int> PendingProposals { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// The page has its own proposals panel for readers (the reading page): a paragraph's proposal count
    /// opens it, showing that paragraph's proposals, instead of leading to the draft page.
    /// </summary>
    public bool ProposalsOnReadingPage { get; init; }

    /// <summary>The paragraph or sub-paragraph with this id in this view's text (a component keeps its id across changes).</summary>
    public ParagraphNode? Node(string id) => Draft.FindNode(id);

    public Func<ParagraphCommand, Task> Dispatch { get; init; } = _ => Task.CompletedTask;

    /// <summary>Replaces a paragraph's text by agreed language and records its source (Components/Precedents); returns why it was refused, or null.</summary>
    public Func<string, AgreedLanguage, Task<string?>>? UseAgreedLanguage { get; init; }

    /// <summary>
    /// When the page heard of the latest change to the text (a <see cref="System.Diagnostics.Stopwatch"/>
    /// timestamp; 0 when unknown): the typist's pause is counted from then, not from the refresh,
    /// which comes a coalescing window later.
    /// </summary>
    public long TextChangedAt { get; init; }

    public bool IsChinese => DraftLanguage.IsChinese(Draft.Language);

    /// <summary>The italic opening phrase applies to English preambular and operative paragraphs, not to sub-paragraphs.</summary>
    public int ItalicLength(ParagraphNode node) => node is Paragraph ? OpeningPhrase.Length(node.Text, Draft.Language) : 0;
}
