using System.Collections.Concurrent;
using System.Text.Json;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Room;

/// <summary>Where the facilitator leads: "follow me" on or off, and the paragraph they are in.</summary>
/// <param name="MeetingId">The meeting this belongs to: its changes are marked from its start.</param>
public sealed record FollowState(Guid MeetingId, bool On, string? ParagraphId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToDetail() => JsonSerializer.Serialize(this, Json);

    public static FollowState? FromDetail(string? detail)
    {
        if (string.IsNullOrEmpty(detail))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<FollowState>(detail, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A meeting on a draft: the text at its start (to mark what changed since) and where the facilitator leads.</summary>
public sealed record Meeting(FollowState State, DraftReading Baseline);

/// <summary>
/// The negotiating room of each draft: the facilitator (whoever may edit the text) turns "follow me"
/// on and off and moves from paragraph to paragraph; projection screens and delegates following
/// along hear it as a <see cref="DraftEventKind.Follow"/> event through <see cref="IDraftEvents"/>, so
/// it reaches every node. A meeting starts when follow-me is first turned on; its start text is kept
/// in memory, per node (a node that hears of a meeting it did not start takes the text as it is then,
/// which is the same text give or take the keystrokes in flight). Nothing here is stored: after a
/// restart the next "follow me" starts a new meeting.
/// </summary>
public sealed class MeetingRoom(IDraftEvents events, IDraftService drafts)
{
    private readonly ConcurrentDictionary<Guid, Meeting> meetings = new();

    /// <summary>The meeting this node knows of on the draft, if any.</summary>
    public Meeting? Current(Guid draftId) => meetings.GetValueOrDefault(draftId);

    /// <summary>The meeting, or one started now with no one leading (a screen opened before the facilitator turned "follow me" on).</summary>
    public async Task<Meeting?> CurrentOrNewAsync(Guid draftId, CancellationToken cancellationToken)
    {
        if (Current(draftId) is { } meeting)
        {
            return meeting;
        }

        var reading = await drafts.ReadAsync(draftId, cancellationToken);
        return reading is null ? null : meetings.GetOrAdd(draftId, new Meeting(new FollowState(Guid.NewGuid(), false, null), reading));
    }

    /// <summary>The facilitator leads (or stops leading) from <paramref name="paragraphId"/>; refused without the right to edit the text.</summary>
    public async Task<DomainResult> LeadAsync(DraftAccess by, bool on, string? paragraphId, CancellationToken cancellationToken)
    {
        if (!by.Can(DraftAction.Edit))
        {
            return DomainResult.Fail(by.Refusal(DraftAction.Edit));
        }

        var meeting = await CurrentOrNewAsync(by.DraftId, cancellationToken);
        if (meeting is null)
        {
            return DomainResult.Fail("This draft no longer exists.");
        }

        var state = meeting.State with { On = on, ParagraphId = paragraphId ?? meeting.State.ParagraphId };
        meetings[by.DraftId] = meeting with { State = state };
        await events.PublishAsync(new DraftEvent(by.DraftId, DraftEventKind.Follow, Detail: state.ToDetail()));
        return DomainResult.Ok();
    }

    /// <summary>A Follow event was heard (from this node or another): the meeting as it now stands.</summary>
    public async Task<Meeting?> HeardAsync(DraftEvent draftEvent, CancellationToken cancellationToken)
    {
        if (draftEvent.Kind != DraftEventKind.Follow || FollowState.FromDetail(draftEvent.Detail) is not { } state)
        {
            return Current(draftEvent.DraftId);
        }

        if (Current(draftEvent.DraftId) is { } known && known.State.MeetingId == state.MeetingId)
        {
            return meetings[draftEvent.DraftId] = known with { State = state };
        }

        var reading = await drafts.ReadAsync(draftEvent.DraftId, cancellationToken);
        return reading is null ? null : meetings[draftEvent.DraftId] = new Meeting(state, reading);
    }
}
