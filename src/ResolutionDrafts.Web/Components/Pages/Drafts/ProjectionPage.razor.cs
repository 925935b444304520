using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Components.Access;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Room;

namespace ResolutionDrafts.Web.Components.Pages.Drafts;

/// <summary>
/// The projection: the live text against the text at the start of the meeting, with the pending
/// proposals' brackets and each paragraph's status; while following, it goes where the facilitator
/// leads (<see cref="MeetingRoom"/>). A reader who stops following stays where they are: later
/// moves of the facilitator do not pull them back.
/// </summary>
public sealed partial class ProjectionPage : DraftPageBase
{
    private IDraftWatch? watch;
    private IJSObjectReference? script;
    private DraftComparison? comparison;
    private Dictionary<string, NegotiationParagraph>? negotiation;
    private string? symbol;
    private string language = "en";
    private bool chinese;
    private bool notFound;
    private bool following = true;
    private bool leading;
    private string? leadParagraph;
    private string? shownParagraph;
    private int refreshQueued;

    [Inject] private IDraftService Drafts { get; set; } = default!;

    [Inject] private IProposalService Proposals { get; set; } = default!;

    [Inject] private NegotiationService Negotiation { get; set; } = default!;

    [Inject] private MeetingRoom Room { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (watch is not null)
        {
            await watch.DisposeAsync();
        }

        if (!await LoadAccessAsync())
        {
            (notFound, comparison) = (true, null);
            return;
        }

        watch = await Drafts.WatchAsync(Id, OnDraftEventAsync, Lifetime);
        await BuildAsync();
        notFound = comparison is null;
    }

    private async Task BuildAsync()
    {
        if (!await LoadAccessAsync() || await Room.CurrentOrNewAsync(Id, Lifetime) is not { } meeting
            || await Drafts.ReadAsync(Id, Lifetime) is not { } live)
        {
            (notFound, comparison) = (true, null);
            return;
        }

        (leading, leadParagraph) = (meeting.State.On, meeting.State.ParagraphId);
        (symbol, language, chinese) = (live.Draft.Metadata.Symbol, live.Draft.Language, DraftLanguage.IsChinese(live.Draft.Language));
        comparison = DraftComparer.Compare(meeting.Baseline.Draft, live.Draft);
        var pending = (await Proposals.ListAsync(Id, Lifetime)).Where(p => p.Proposal.IsPending).Select(p => p.Proposal);
        var text = NegotiationText.Build(live.Draft, pending, await Negotiation.StatusesAsync(Id, Lifetime));
        negotiation = text.Paragraphs.Where(p => p.Origin == NegotiationParagraphOrigin.Text).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
    }

    private async Task OnDraftEventAsync(DraftEvent draftEvent)
    {
        if (draftEvent.Kind == DraftEventKind.Presence)
        {
            return; // never shown here
        }

        if (draftEvent.Kind == DraftEventKind.Follow)
        {
            var meeting = await Room.HeardAsync(draftEvent, Lifetime);
            await InvokeAsync(async () =>
            {
                try
                {
                    if (meeting is not null)
                    {
                        (leading, leadParagraph) = (meeting.State.On, meeting.State.ParagraphId);
                    }

                    StateHasChanged();
                }
                catch (Exception e)
                {
                    await DispatchExceptionAsync(e);
                }
            });
            return;
        }

        if (Interlocked.Exchange(ref refreshQueued, 1) == 0)
        {
            _ = InvokeAsync(async () =>
            {
                try
                {
                    await Task.Delay(100, Lifetime);
                    Volatile.Write(ref refreshQueued, 0);
                    await BuildAsync();
                    StateHasChanged();
                }
                catch (OperationCanceledException) when (Lifetime.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    await DispatchExceptionAsync(e);
                }
            });
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Only on a move of the facilitator (or on following again): a reader scrolling while the
        // facilitator stays put is not pulled back either.
        if (!following || !leading || leadParagraph is null || leadParagraph == shownParagraph || comparison is null)
        {
            return;
        }

        try
        {
            script ??= await JS.InvokeAsync<IJSObjectReference>("import", Lifetime, "./" + Assets["js/projection.js"]);
            if (await script.InvokeAsync<bool>("show", Lifetime, leadParagraph))
            {
                shownParagraph = leadParagraph;
            }
        }
        catch (JSDisconnectedException)
        {
        }
        catch (JSException)
        {
            // The page still shows the text and marks the facilitator's paragraph; only the scrolling is lost.
        }
        catch (OperationCanceledException) when (Lifetime.IsCancellationRequested)
        {
        }
    }

    private void ToggleFollowAsync(ChangeEventArgs e)
    {
        following = e.Value is true;
        // Following again goes to where the facilitator is now.
        shownParagraph = null;
    }

    /// <summary>The paragraph with its pending proposals in brackets, without who holds them (the wall shows text, not names).</summary>
    private static string Brackets(NegotiationParagraph paragraph) =>
        string.Concat(paragraph.Segments.Select(s =>
        {
            if (!s.IsBracket)
            {
                return s.Text;
            }

            static string Words(string text) => text.Trim().Length == 0 ? "—" : text.Trim();
            var parts = s.Alternatives.Select(a => Words(a.Text)).Prepend(s.Text.Trim().Length > 0 ? s.Text.Trim() : null).OfType<string>();
            var edges = s.Text.Length > 0 ? s.Text : s.Alternatives[0].Text;
            var lead = edges.Length > 0 && char.IsWhiteSpace(edges[0]) ? " " : "";
            var tail = edges.Length > 0 && char.IsWhiteSpace(edges[^1]) ? " " : "";
            return lead + "[" + string.Join(" / ", parts) + "]" + tail;
        }));

    protected override async ValueTask DisposePageAsync()
    {
        if (watch is not null)
        {
            await watch.DisposeAsync();
        }

        if (script is not null)
        {
            try
            {
                await script.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
            }
        }
    }
}
