using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Proposals;

namespace ResolutionDrafts.Web.Components.Pages.Drafts;

/// <summary>
/// What one open draft page holds: the shared reading of the live text, the reader's edit state
/// (editing, suggesting, a pending delete), presence, proposals and the messages shown. The
/// <see cref="View"/> the document renders is built once per change of any of these, not on every
/// access during a render. Kept small: the text and its labels are the shared
/// <see cref="DraftReading"/>, not a copy per page.
/// </summary>
public sealed class DraftPageState(Guid draftId, Func<ParagraphCommand, Task> dispatch, Func<string, ResolutionDrafts.Domain.Drafts.AgreedLanguage, Task<string?>>? useAgreedLanguage = null)
{
    private DraftView? view;
    private DraftReading? reading;
    private bool editable;
    private bool canEdit;
    private bool canPropose;
    private EditTarget? editing;
    private string? editError;
    private long textChangedAt;
    private string? pendingDelete;
    private string? suggesting;
    private string? suggestingNewAfter;
    private IReadOnlyList<PresenceEntry> presence = [];
    private IReadOnlyList<ProposalView> proposals = [];

    public Guid DraftId => draftId;

    /// <summary>The live text with labels and warnings; null until loaded, or when the reader may not see it.</summary>
    public DraftReading? Reading { get => reading; set => Set(ref reading, value); }

    public bool NotFound { get; set; }

    /// <summary>The reader chose "Edit" rather than "Read".</summary>
    public bool Editable { get => editable; set => Set(ref editable, value); }

    public EditTarget? Editing { get => editing; set => Set(ref editing, value); }

    public string? EditError { get => editError; set => Set(ref editError, value); }

    /// <summary>When the page heard of the latest text change (<see cref="DraftView.TextChangedAt"/>).</summary>
    public long TextChangedAt { get => textChangedAt; set => Set(ref textChangedAt, value); }

    public string? PendingDelete { get => pendingDelete; set => Set(ref pendingDelete, value); }

    public string? Suggesting { get => suggesting; set => Set(ref suggesting, value); }

    public string? SuggestingNewAfter { get => suggestingNewAfter; set => Set(ref suggestingNewAfter, value); }

    /// <summary>Where proposed new quoted lines are being written (<see cref="DraftView.SuggestingQuotedLines"/>).</summary>
    public string? SuggestingQuotedLines { get => suggestingQuotedLines; set => Set(ref suggestingQuotedLines, value); }

    private string? suggestingQuotedLines;

    public IReadOnlyList<PresenceEntry> Presence { get => presence; set => Set(ref presence, value); }

    public IReadOnlyList<ProposalView> Proposals { get => proposals; set => Set(ref proposals, value); }

    public string? ProposalError { get; set; }

    public string? SponsorshipError { get; set; }

    public string? MetadataError { get; set; }

    public string? SponsorError { get; set; }

    public string? Banner { get; private set; }

    public bool BannerIsError { get; private set; }

    /// <summary>This reader leads the room ("follow me"): the paragraph they edit is shown on the projection.</summary>
    public bool LeadingRoom { get; set; }

    /// <summary>Changes this page made, for the audit log when it closes.</summary>
    public int ChangesMade { get; set; }

    /// <summary>What the reader's role allows, read with their access.</summary>
    public void SetRights(bool mayEdit, bool mayPropose)
    {
        Set(ref canEdit, mayEdit);
        Set(ref canPropose, mayPropose);
    }

    /// <summary>How the reader appears to others (their presence entries' name), to tell them from others.</summary>
    public string? Me { get => me; set => Set(ref me, value); }

    private string? me;

    public void Say(string message, bool isError = false) => (Banner, BannerIsError) = (message, isError);

    public void Dismiss() => (Banner, BannerIsError) = (null, false);

    /// <summary>The document's view of the current state, built at the first use after a change.</summary>
    public DraftView View => view ??= Build();

    private DraftView Build()
    {
        var current = reading ?? throw new InvalidOperationException("The draft is not loaded.");
        return new DraftView(current)
        {
            Editable = editable && canEdit,
            Editing = editing,
            EditError = editError,
            TextChangedAt = textChangedAt,
            PendingDeleteId = pendingDelete,
            Presence = presence.Where(p => p.NodeId is not null).ToLookup(p => p.NodeId!),
            Dispatch = dispatch,
            UseAgreedLanguage = useAgreedLanguage,
            DraftId = draftId,
            CanPropose = canPropose,
            Me = me,
            Suggesting = suggesting,
            SuggestingNewAfter = suggestingNewAfter,
            SuggestingQuotedLines = suggestingQuotedLines,
            PendingProposals = PendingProposalCounts.Of(current.Draft, proposals),
        };
    }

    private void Set<T>(ref T field, T value)
    {
        if (!EqualityComparer<T>.Default.Equals(field, value))
        {
            field = value;
            view = null;
        }
    }
}
