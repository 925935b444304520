using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Audit;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Components.Access;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Proposals;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Proposals;

namespace ResolutionDrafts.Web.Components.Pages.Drafts;

/// <summary>
/// The live draft page: loads the draft with the reader's rights, follows it through
/// <see cref="IDraftService.WatchAsync"/>, and turns the reader's commands into the services' calls.
/// An event reads again only what it is about (the text, presence, proposals or access), and a burst
/// of them becomes one refresh; the document re-renders only the paragraphs that changed
/// (<see cref="ParagraphBlock"/>).
/// </summary>
public sealed partial class DraftPage : DraftPageBase
{
    /// <summary>A burst of typing within this time is one refresh of the page.</summary>
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(40);

    private DraftPageState state = default!;
    private ProposalsPanel? proposalsPanel;
    private IDraftWatch? watch;
    private int refreshQueued;
    private long lastTextEvent;

    // What the events since the last refresh were about; the text is read again on a Text event only.
    private int staleParts = (int)(Parts.Text | Parts.Presence | Parts.Proposals);

    [Inject] private IDraftService Drafts { get; set; } = default!;

    [Inject] private IAuditLog Audit { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private IProposalService ProposalService { get; set; } = default!;

    [Inject] private ISponsorshipService Sponsorship { get; set; } = default!;

    [Inject] private ResolutionDrafts.Web.Room.MeetingRoom Room { get; set; } = default!;

    [Flags]
    private enum Parts
    {
        None = 0,
        Text = 1,
        Presence = 2,
        Proposals = 4,
    }

    protected override async Task OnParametersSetAsync()
    {
        if (watch is not null)
        {
            await watch.DisposeAsync();
        }

        state = new DraftPageState(Id, DispatchAndRender, UseAgreedLanguageAsync);
        if (!await LoadAccessAsync())
        {
            (state.NotFound, watch) = (true, null);
            return;
        }

        state.Editable = Can(DraftAction.Edit);
        Interlocked.Exchange(ref staleParts, (int)(Parts.Text | Parts.Presence | Parts.Proposals));
        watch = await Drafts.WatchAsync(Id, OnDraftEvent, Lifetime);
        await RefreshAsync();
        state.NotFound = state.Reading is null;
    }

    /// <summary>Reads again what changed since the last refresh (everything, when <paramref name="all"/>).</summary>
    private async Task RefreshAsync(bool all = false)
    {
        var stale = (Parts)Interlocked.Exchange(ref staleParts, 0) | (all ? Parts.Text | Parts.Presence | Parts.Proposals : Parts.None);

        // A member removed while the page is open stops seeing the draft at its next refresh.
        if (!await LoadAccessAsync())
        {
            (state.Reading, state.NotFound) = (null, true);
            return;
        }

        state.SetRights(Can(DraftAction.Edit), Can(DraftAction.Propose));
        state.Me = Access?.Actor.Label;
        if (stale.HasFlag(Parts.Text) || state.Reading is null)
        {
            state.TextChangedAt = Volatile.Read(ref lastTextEvent);
            state.Reading = await Drafts.ReadAsync(Id, Lifetime) ?? state.Reading;
        }

        // Proposals are read again only when one changed (a Proposals event), not on every keystroke of the text.
        if (stale.HasFlag(Parts.Proposals))
        {
            state.Proposals = await ProposalService.ListAsync(Id, Lifetime);
        }

        if (stale.HasFlag(Parts.Presence))
        {
            state.Presence = watch is null ? [] : await watch.PresenceAsync(Lifetime);
        }
    }

    private Parts TextChanged()
    {
        Volatile.Write(ref lastTextEvent, System.Diagnostics.Stopwatch.GetTimestamp());
        return Parts.Text;
    }

    private Task OnDraftEvent(DraftEvent draftEvent)
    {
        if (draftEvent.Kind == DraftEventKind.Follow)
        {
            return Task.CompletedTask; // for the projection and those following the room
        }

        var part = draftEvent.Kind switch
        {
            DraftEventKind.Text => TextChanged(),
            DraftEventKind.Presence => Parts.Presence,
            DraftEventKind.Proposals => Parts.Proposals,
            _ => Parts.None, // Members: the access is read again at every refresh
        };
        int before, after;
        do
        {
            before = Volatile.Read(ref staleParts);
            after = before | (int)part;
        }
        while (Interlocked.CompareExchange(ref staleParts, after, before) != before);

        return OnChangedElsewhere();
    }

    // Called by the draft's events after every change; a burst of typing becomes one re-render.
    private Task OnChangedElsewhere()
    {
        if (Interlocked.Exchange(ref refreshQueued, 1) == 0)
        {
            _ = InvokeAsync(async () =>
            {
                try
                {
                    await Task.Delay(Coalesce, Lifetime);
                    Volatile.Write(ref refreshQueued, 0);
                    await RefreshAsync();
                    StateHasChanged();
                }
                catch (OperationCanceledException) when (Lifetime.IsCancellationRequested)
                {
                    // The page closed meanwhile.
                }
                catch (Exception e)
                {
                    // Not lost on a background thread: the circuit's error handling (the error UI and the log) hears of it.
                    await DispatchExceptionAsync(e);
                }
            });
        }

        return Task.CompletedTask;
    }

    private Task ToggleLeadAsync() => LeadAsync(!state.LeadingRoom, state.Editing?.NodeId);

    /// <summary>Leads the room from <paramref name="paragraphId"/> ("follow me" on), or stops leading it.</summary>
    private async Task LeadAsync(bool on, string? paragraphId)
    {
        if (!await LoadAccessAsync())
        {
            return;
        }

        var refused = (await Room.LeadAsync(Access!, on, paragraphId, Lifetime)).Error;
        if (refused is null)
        {
            state.LeadingRoom = on;
        }
        else
        {
            state.Say($"Not leading the room: {refused}", isError: true);
        }
    }

    private void SetEditable(bool value)
    {
        state.Editable = value;
        state.Editing = null;
        state.PendingDelete = null;
    }

    // Commands come from nested components through a plain delegate, so this page re-renders itself.
    private async Task DispatchAndRender(ParagraphCommand command)
    {
        await Dispatch(command);
        StateHasChanged();
    }

    /// <summary>
    /// Whether the browser shows text in <paramref name="nodeId"/>'s live box once its changes reached the server (it
    /// waits up to 3 s for them: rdLive.settle). False when it shows none or cannot say (no live editor).
    /// </summary>
    private async Task<bool> BrowserShowsTextAsync(string nodeId)
    {
        try
        {
            var settled = await JS.InvokeAsync<SettledText?>("rdLive.settle", nodeId, 3000);
            return settled?.Text is { } text && !string.IsNullOrWhiteSpace(InlineItalics.Strip(text));
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException or InvalidOperationException)
        {
            return false;
        }
    }

    private sealed record SettledText(string? Text, bool Synchronized);

    private async Task Dispatch(ParagraphCommand command)
    {
        if (await DispatchQuotationAsync(command))
        {
            return;
        }

        switch (command.Action)
        {
            case ParagraphAction.StartEdit:
                (state.Editing, state.EditError, state.PendingDelete) = (EditTarget.Existing(command.Id!), null, null);
                if (state.LeadingRoom && Access is not null)
                {
                    await LeadAsync(true, command.Id);
                }

                return;
            case ParagraphAction.FinishLiveEdit:
                await RefreshAsync(all: true);
                // An emptied paragraph is not left behind without a decision: the editor stays open and asks.
                var emptied = string.IsNullOrWhiteSpace(InlineItalics.Strip(state.Reading?.Draft.FindNode(command.Id!)?.Text ?? ""));
                if (emptied && await BrowserShowsTextAsync(command.Id!))
                {
                    // The keys typed just before "Done" were still on their way (the live hub is another connection):
                    // the browser has them, so the text is not empty and one click closes the editor.
                    await RefreshAsync(all: true);
                    emptied = false;
                }
                state.EditError = null;
                state.PendingDelete = emptied ? command.Id : null;
                if (!emptied)
                {
                    state.Editing = null;
                }

                return;
            case ParagraphAction.InsertParagraphs:
                var texts = PastedParagraphs(command.Text);
                var notAdded = texts is null ? "The split paste could not be read." : await Apply(DraftChanges.InsertParagraphsAfter(command.Id!, texts));
                if (notAdded is null)
                {
                    state.Say($"{texts!.Count} new paragraph{(texts.Count == 1 ? "" : "s")} added after {state.Reading?.Labels.GetValueOrDefault(command.Id!)?.Label ?? "the paragraph"}.");
                }
                else
                {
                    state.EditError = $"The pasted text was not added: {notAdded}";
                }

                return;
            case ParagraphAction.KeepWriting:
                (state.PendingDelete, state.EditError) = (null, null);
                return;
            case ParagraphAction.DeleteEmptied:
                var refused = await Apply(DraftChanges.DeleteIfEmpty(command.Id!));
                state.PendingDelete = null;
                state.EditError = refused;
                if (refused is null)
                {
                    state.Editing = null;
                    state.Say("The empty paragraph was deleted.");
                }

                return;
            case ParagraphAction.StartNewParagraphAfter:
                var anchorKind = state.Reading!.Draft.Paragraphs.FirstOrDefault(p => p.Id == command.Id)?.Kind ?? command.Kind ?? ParagraphKind.Preambular;
                (state.Editing, state.EditError, state.PendingDelete) = (EditTarget.NewParagraphAfter(command.Id, anchorKind), null, null);
                return;
            case ParagraphAction.StartNewParagraphBefore:
                var headKind = state.Reading!.Draft.Paragraphs.FirstOrDefault(p => p.Id == command.Id)?.Kind ?? ParagraphKind.Preambular;
                (state.Editing, state.EditError, state.PendingDelete) = (EditTarget.NewParagraphBefore(command.Id!, headKind), null, null);
                return;
            case ParagraphAction.StartPart:
                (state.Editing, state.EditError, state.PendingDelete) = (EditTarget.Part(command.Id!), null, null);
                return;
            case ParagraphAction.SavePart when state.Editing is { Kind: EditTargetKind.Part } partTarget && command.Part is { } part:
                var partRefused = state.Editable ? await Apply(DraftChanges.SetPart(command.Id!, part))
                    : await ProposeAsync(SuggestingEdits.Part(command.Id!, part));
                (state.Editing, state.EditError) = partRefused is null ? (null, null) : (partTarget, partRefused);
                return;
            case ParagraphAction.StartNewSubParagraph:
                (state.Editing, state.EditError, state.PendingDelete) = (EditTarget.NewSubParagraph(command.Id!), null, null);
                return;
            case ParagraphAction.Cancel:
                (state.Editing, state.EditError, state.Suggesting, state.SuggestingNewAfter, state.SuggestingQuotedLines) = (null, null, null, null, null);
                return;
            case ParagraphAction.StartSuggestNewAfter:
                (state.SuggestingNewAfter, state.Suggesting, state.EditError, state.Editing, state.SuggestingQuotedLines) = (command.Id, null, null, null, null);
                return;
            case ParagraphAction.StartSuggestQuotedLines:
                (state.SuggestingQuotedLines, state.SuggestingNewAfter, state.Suggesting, state.EditError, state.Editing) = (command.Id, null, null, null, null);
                return;
            case ParagraphAction.ProposeDelete or ParagraphAction.ProposeMoveUp or ParagraphAction.ProposeMoveDown or ParagraphAction.ProposeNewAfter or ParagraphAction.ProposeTableCell
                or ParagraphAction.ProposeRemoveTableRow or ParagraphAction.ProposeMoveTableRowUp or ParagraphAction.ProposeMoveTableRowDown or ParagraphAction.ProposeRemoveTable
                or ParagraphAction.ProposeRemoveTableUnder
                or ParagraphAction.ProposeQuotedLineAfter or ParagraphAction.ProposeQuotedLineDelete or ParagraphAction.ProposeQuotedLineUp or ParagraphAction.ProposeQuotedLineDown
                or ParagraphAction.ProposeQuotedLines:
            case ParagraphAction.RemovePart or ParagraphAction.OpenSection or ParagraphAction.CloseSection when !state.Editable:
                await ProposeStructureAsync(command);
                return;
            case ParagraphAction.StartSuggest:
                (state.Suggesting, state.EditError, state.Editing) = (command.Id, null, null);
                return;
            case ParagraphAction.Propose when state.Suggesting is not null && await LoadAccessAsync():
                // The proposed copy's text, and the agreed language it was taken from if a precedent was used.
                var made = await ProposalService.ProposeEditAsync(Access!, SuggestingEdits.For(command with { Id = state.Suggesting })!, command.OnBehalfOf, Lifetime);
                if (!made.IsSuccess)
                {
                    state.EditError = made.Error;
                    return;
                }

                (state.Suggesting, state.EditError) = (null, null);
                state.Say($"Proposal {made.Value!.Number} made: {made.Value.Wording(state.Reading!.Draft.Language)}");
                await RefreshAsync(all: true);
                return;
            case ParagraphAction.Delete:
                state.PendingDelete = command.Id;
                return;
            case ParagraphAction.Save when state.Editing is { Kind: EditTargetKind.NewParagraphBefore } head && !state.Editable:
                var headRefused = await ProposeAsync(SuggestingEdits.InsertBefore(head.NodeId!, command.Kind ?? ParagraphKind.Preambular, command.Text ?? "", command.Source));
                (state.Editing, state.EditError) = headRefused is null ? (null, null) : (head, headRefused);
                return;
            case ParagraphAction.Save when state.Editing is { } target:
                var saved = await Apply(DraftChanges.WithSource(SaveChange(target, command.Text ?? "", command.Kind ?? ParagraphKind.Operative), command.Source));
                (state.Editing, state.EditError) = saved is null ? (null, null) : (target, saved);
                return;
        }

        state.PendingDelete = null;
        Func<Draft, DomainResult<DraftOperation>>? change = command.Action switch
        {
            ParagraphAction.ConfirmDelete => DraftChanges.Delete(command.Id!),
            ParagraphAction.MoveUp => DraftChanges.MoveBy(command.Id!, -1),
            ParagraphAction.MoveDown => DraftChanges.MoveBy(command.Id!, +1),
            ParagraphAction.ToggleKind => DraftChanges.ToggleKind(command.Id!),
            ParagraphAction.RemovePart => DraftChanges.RemovePart(command.Id!),
            ParagraphAction.OpenSection => DraftChanges.Section(command.Id!, opens: true),
            ParagraphAction.CloseSection => DraftChanges.Section(command.Id!, opens: false),
            ParagraphAction.SetTableCell when command.Cell is { } cell => TableChanges.Cell(command.Id!, cell.RowId, cell.Column, command.Text ?? ""),
            ParagraphAction.AddTableRow when command.Cell is { } after => TableChanges.AddRowAfter(command.Id!, after.RowId),
            ParagraphAction.RemoveTableRow when command.Cell is { } row => TableChanges.RemoveRow(command.Id!, row.RowId),
            ParagraphAction.RemoveTable => TableChanges.RemoveTable(command.Id!),
            ParagraphAction.AddTableRowAtHead => TableChanges.AddRowAtHead(command.Id!),
            ParagraphAction.AddTableSubHeading when command.Cell is { } after => TableChanges.AddSubHeadingAfter(command.Id!, after.RowId),
            ParagraphAction.AddTableToRun => TableChanges.AddTableToRun(command.Id!),
            ParagraphAction.RemoveTableUnder when command.Cell is { } caption => TableChanges.RemoveTableUnder(command.Id!, caption.RowId),
            _ => null,
        };
        if (change is not null)
        {
            ShowResult(await Apply(change));
        }
    }

    /// <summary>The texts of a split paste (a JSON array of strings), or null when it is not one.</summary>
    private static List<string>? PastedParagraphs(string? json)
    {
        try
        {
            var texts = json is null ? null : System.Text.Json.JsonSerializer.Deserialize<List<string>>(json);
            return texts?.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    // Existing paragraphs are edited live (wwwroot/js/live); the Save form only creates new ones.
    private static Func<Draft, DomainResult<DraftOperation>> SaveChange(EditTarget target, string text, ParagraphKind kind) =>
        target.Kind switch
        {
            EditTargetKind.NewSubParagraph => DraftChanges.AddSubParagraph(target.AnchorId!, text),
            EditTargetKind.NewParagraphBefore => DraftChanges.InsertParagraphBefore(target.NodeId!, kind, text),
            _ => DraftChanges.InsertParagraph(target.AnchorId, kind, text),
        };

    private async Task SaveMetadata(MetadataForm form) => state.MetadataError = await Apply(DraftChanges.SetMasthead(form));

    private async Task AddSponsor(Sponsor sponsor) => state.SponsorError = await Apply(DraftChanges.AddSponsor(sponsor));

    private async Task RemoveSponsor(string name) => state.SponsorError = await Apply(DraftChanges.RemoveSponsor(name));

    private async Task MoveSponsor((string Name, int Index) move) => state.SponsorError = await Apply(DraftChanges.MoveSponsor(move.Name, move.Index));

    /// <summary>Applies the change through the draft's session; returns why it was refused, or null when it was saved.</summary>
    // A precedent's wording and its source, in one change through the one door (ADR 0011).
    private async Task<string?> UseAgreedLanguageAsync(string id, AgreedLanguage source)
    {
        var error = await Apply(ResolutionDrafts.Web.Precedents.AgreedLanguageChanges.Use(id, source));
        StateHasChanged();
        return error;
    }

    private async Task<string?> Apply(Func<Draft, DomainResult<DraftOperation>> change)
    {
        // Asked again for every change (cached for seconds): a member removed while the page is open loses the right at once.
        await LoadAccessAsync();
        if (Access is null)
        {
            return "You are not a member of this draft.";
        }

        var result = await Drafts.ApplyAsync(Id, change, Access, Lifetime);
        // Changed or not, the page shows the draft as it now stands.
        state.Reading = result.IsSuccess ? DraftReading.For(result.Value!) : await Drafts.ReadAsync(Id, Lifetime) ?? state.Reading;

        state.ChangesMade += result.Error is null ? 1 : 0;
        return result.Error;
    }

    private void ShowResult(string? error)
    {
        if (error is null)
        {
            state.Dismiss();
        }
        else
        {
            state.Say($"Not changed: {error}", isError: true);
        }
    }

    /// <summary>Suggesting mode for structure: the proposed copy gets the new, deleted or moved paragraph.</summary>
    /// <summary>Proposes the edit as an amendment in the reader's name; returns why it was refused, or null (and says which proposal it made).</summary>
    private async Task<string?> ProposeAsync(Func<Draft, DomainResult> edit)
    {
        if (!await LoadAccessAsync())
        {
            return "You are not a member of this draft.";
        }

        var made = await ProposalService.ProposeEditAsync(Access!, edit, null, Lifetime);
        if (!made.IsSuccess)
        {
            return made.Error;
        }

        state.Say($"Proposal {made.Value!.Number} made: {made.Value.Wording(state.Reading!.Draft.Language)}");
        await RefreshAsync(all: true);
        return null;
    }

    private async Task ProposeStructureAsync(ParagraphCommand command)
    {
        if (!await LoadAccessAsync() || SuggestingEdits.For(command) is not { } edit)
        {
            command.Answered?.Invoke(Access is null ? "You are not a member of this draft." : "Nothing to propose.");
            return;
        }

        var made = await ProposalService.ProposeEditAsync(Access!, edit, command.OnBehalfOf, Lifetime);
        command.Answered?.Invoke(made.IsSuccess ? null : made.Error);
        if (!made.IsSuccess)
        {
            state.EditError = made.Error;
            if (command.Action is not (ParagraphAction.ProposeNewAfter or ParagraphAction.ProposeQuotedLineAfter or ParagraphAction.ProposeQuotedLines))
            {
                state.Say($"Not proposed: {made.Error}", isError: true);
            }

            return;
        }

        (state.SuggestingNewAfter, state.SuggestingQuotedLines, state.EditError) = (null, null, null);
        state.Say($"Proposal {made.Value!.Number} made: {made.Value.Wording(state.Reading!.Draft.Language)}");
        await RefreshAsync(all: true);
    }

    private async Task ActOnProposal((ProposalView View, ProposalCommand Command) act)
    {
        await LoadAccessAsync();
        if (Access is null)
        {
            return;
        }

        var id = act.View.Id;
        state.ProposalError = act.Command switch
        {
            ProposalCommand.Withdraw => (await ProposalService.WithdrawAsync(Access, id, Lifetime)).Error,
            ProposalCommand.Join => (await ProposalService.JoinAsync(Access, id, Lifetime)).Error,
            ProposalCommand.Leave => (await ProposalService.LeaveAsync(Access, id, Lifetime)).Error,
            ProposalCommand.Accept => (await ProposalService.AcceptAsync(Access, id, Lifetime)).Error,
            ProposalCommand.Reject => (await ProposalService.RejectAsync(Access, id, Lifetime)).Error,
            ProposalCommand.PutToVote => (await ProposalService.PutToVoteAsync(Access, id, Lifetime)).Error,
            _ => null,
        };
        await RefreshAsync(all: true);
    }

    private async Task SetProposalSymbol((ProposalView View, string Symbol) set)
    {
        await LoadAccessAsync();
        state.ProposalError = Access is null ? null : (await ProposalService.SetSymbolAsync(Access, set.View.Id, set.Symbol, Lifetime)).Error;
        await RefreshAsync(all: true);
    }

    private async Task CoSponsor()
    {
        await LoadAccessAsync();
        state.SponsorshipError = Access is null ? null : (await Sponsorship.CoSponsorAsync(Access, Lifetime)).Error;
        await RefreshAsync(all: true);
    }

    private async Task WithdrawSponsorship()
    {
        await LoadAccessAsync();
        state.SponsorshipError = Access is null ? null : (await Sponsorship.WithdrawAsync(Access, Lifetime)).Error;
        await RefreshAsync(all: true);
    }

    private async Task AmendProposal((ProposalView View, string ParagraphId, string Text, AgreedLanguage? Source) amend)
    {
        if (!await LoadAccessAsync())
        {
            return;
        }

        var made = await ProposalService.ProposeSubAmendmentAsync(Access!, amend.View.Id, amend.ParagraphId, amend.Text, amend.Source, Lifetime);
        state.ProposalError = made.Error;
        if (made.IsSuccess)
        {
            proposalsPanel?.Close();
            state.Say($"Proposal {made.Value!.Number} (to proposal {amend.View.Number}) made: {made.Value.Wording(state.Reading!.Draft.Language)}");
        }

        await RefreshAsync(all: true);
    }

    private async Task RecordVote((ProposalView View, VoteResult Vote) vote)
    {
        await LoadAccessAsync();
        state.ProposalError = Access is null ? null : (await ProposalService.RecordVoteAsync(Access, vote.View.Id, vote.Vote, Lifetime)).Error;
        await RefreshAsync(all: true);
    }

    private string RoleNote => Access?.Role switch
    {
        DraftRole.Delegation => $"You take part as {Access.Actor.Delegation ?? "a delegation"}: propose changes to a paragraph with “Propose a change”; the secretariat decides.",
        DraftRole.Editor => "You read this draft as an editor: check its style and download it.",
        _ => "You read this draft as an observer.",
    };

    protected override async ValueTask DisposePageAsync()
    {
        if (state is { LeadingRoom: true } && Access is not null)
        {
            // The facilitator left the draft: the room stops following them.
            await Room.LeadAsync(Access, false, null, CancellationToken.None);
        }

        if (watch is not null)
        {
            await watch.DisposeAsync();
        }

        if (state is { ChangesMade: > 0 } && Access is not null)
        {
            // After the page's lifetime: the record of the session must still be written.
            await Audit.WriteAsync(Access.Actor, AuditActions.EditSession, Id, $"{state.ChangesMade} changes made on the draft page", CancellationToken.None);
        }
    }
}
