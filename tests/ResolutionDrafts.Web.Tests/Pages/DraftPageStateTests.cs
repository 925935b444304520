using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>Issue 19: the draft page's view (labels, warnings) is built once per change, not on every use.</summary>
public sealed class DraftPageStateTests
{
    private readonly DraftPageState state = new(Guid.NewGuid(), _ => Task.CompletedTask)
    {
        Reading = new DraftReading(Guid.Empty, SampleDrafts.Demo(), 1),
    };

    [Fact]
    public void TheView_IsOneObjectUntilSomethingItShowsChanges()
    {
        var view = state.View;
        Assert.Same(view, state.View);

        state.Editing = EditTarget.Existing("op2");
        var editing = state.View;
        Assert.NotSame(view, editing);
        Assert.Equal("op2", editing.Editing!.NodeId);

        state.Editing = EditTarget.Existing("op2"); // the same value: nothing to build again
        Assert.Same(editing, state.View);
    }

    [Fact]
    public void ANewReading_GivesANewViewWithItsLabels_SharingTheReadingsComputation()
    {
        var before = state.View;
        var reading = new DraftReading(Guid.Empty, SampleDrafts.Demo(), 2);

        state.Reading = reading;

        Assert.NotSame(before, state.View);
        Assert.Same(reading.Labels, state.View.Labels);
        Assert.Same(reading.Warnings, state.View.Warnings);
    }

    [Fact]
    public void EditingNeedsTheRightAndTheChoice()
    {
        state.Editable = true;
        Assert.False(state.View.Editable);

        state.SetRights(mayEdit: true, mayPropose: false);
        Assert.True(state.View.Editable);

        state.Editable = false;
        Assert.False(state.View.Editable);
    }
}
