using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Collaboration;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Room;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Room;

/// <summary>Issue 22: the facilitator leads the room through the draft's events; nobody else can.</summary>
public sealed class MeetingRoomTests
{
    private readonly RecordingDraftService drafts = new();
    private readonly LocalDraftEvents events = new(NullLogger<LocalDraftEvents>.Instance);
    private readonly Guid id;
    private readonly MeetingRoom room;

    public MeetingRoomTests()
    {
        id = drafts.Add(SampleDrafts.Demo());
        room = new MeetingRoom(events, drafts);
    }

    [Fact]
    public async Task TheFacilitator_LeadsThroughAFollowEvent_ThatSaysWhereTo()
    {
        var heard = new ConcurrentQueue<DraftEvent>();
        using var _ = events.Subscribe(id, e => { heard.Enqueue(e); return Task.CompletedTask; });

        Assert.Null((await room.LeadAsync(Access(DraftRole.Secretariat), true, "op3", CancellationToken.None)).Error);

        var follow = Assert.Single(heard);
        Assert.Equal(DraftEventKind.Follow, follow.Kind);
        Assert.False(follow.ThisNodeOnly);
        var state = FollowState.FromDetail(follow.Detail)!;
        Assert.True(state.On);
        Assert.Equal("op3", state.ParagraphId);
        Assert.Equal(state, room.Current(id)!.State);
    }

    [Theory]
    [InlineData(DraftRole.Observer)]
    [InlineData(DraftRole.Delegation)]
    public async Task WhoMayNotEditTheText_CannotLeadTheRoom(DraftRole role)
    {
        var heard = new ConcurrentQueue<DraftEvent>();
        using var _ = events.Subscribe(id, e => { heard.Enqueue(e); return Task.CompletedTask; });

        var refused = (await room.LeadAsync(Access(role), true, "op3", CancellationToken.None)).Error;

        Assert.NotNull(refused);
        Assert.Empty(heard);
        Assert.Null(room.Current(id));
    }

    [Fact]
    public async Task AMeetingHeardFromAnotherNode_MarksChangesFromTheTextAsItWasThen_AndKeepsItAsTheFacilitatorMoves()
    {
        var meetingId = Guid.NewGuid();
        var first = await room.HeardAsync(new DraftEvent(id, DraftEventKind.Follow, Detail: new FollowState(meetingId, true, "op1").ToDetail()), CancellationToken.None);
        await drafts.ChangeElsewhereAsync(id, DraftChanges.SetText("op1", "Changed during the meeting"));

        var moved = await room.HeardAsync(new DraftEvent(id, DraftEventKind.Follow, Detail: new FollowState(meetingId, true, "op2").ToDetail()), CancellationToken.None);

        Assert.Equal("op2", moved!.State.ParagraphId);
        Assert.Same(first!.Baseline, moved.Baseline);
        Assert.NotEqual("Changed during the meeting", moved.Baseline.Draft.FindNode("op1")!.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"meetingId\": 3}")]
    public async Task AFollowEventWithoutAReadableDetail_ChangesNothing(string? detail)
    {
        Assert.Null(await room.HeardAsync(new DraftEvent(id, DraftEventKind.Follow, Detail: detail), CancellationToken.None));
        Assert.Null(room.Current(id));
    }

    private DraftAccess Access(DraftRole role) => new(id, FixedDraftAccess.Secretariat, role, false);
}
