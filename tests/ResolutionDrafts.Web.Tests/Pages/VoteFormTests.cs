using Bunit;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Components.Proposals;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>The vote form: totals, or a recorded vote by State whose totals are counted; names that are not States, or a State voting twice, are refused.</summary>
public sealed class VoteFormTests : BunitContext
{
    [Fact]
    public void RecordedVote_CountsTheStates()
    {
        VoteResult? recorded = null;
        var form = Render<VoteForm>(p => p.Add(x => x.OnRecord, (VoteResult v) => recorded = v));

        form.Find("textarea[aria-label='States in favour']").Change("Cuba, Brazil, Ghana");
        form.Find("textarea[aria-label='States against']").Change("Israel");
        form.Find("textarea[aria-label='States abstaining']").Change("Ukraine; Republic of Moldova");
        form.Find("form").Submit();

        Assert.NotNull(recorded);
        Assert.Equal((3, 1, 2), (recorded!.Yes, recorded.No, recorded.Abstain));
        Assert.Equal(VoteChoice.No, recorded.Recorded!.Single(v => v.State == "Israel").Choice);
    }

    [Theory]
    [InlineData("Cuba, Atlantis", "", "Not Member or observer States: Atlantis.")]
    [InlineData("Cuba", "Cuba", "Cuba votes twice")]
    public void BadRecordedVote_IsRefusedWithTheReason(string yes, string no, string message)
    {
        var called = false;
        var form = Render<VoteForm>(p => p.Add(x => x.OnRecord, (VoteResult _) => called = true));

        form.Find("textarea[aria-label='States in favour']").Change(yes);
        form.Find("textarea[aria-label='States against']").Change(no);
        form.Find("form").Submit();

        Assert.False(called);
        Assert.Contains(message, form.Find("[role=alert]").TextContent);
    }

    [Fact]
    public void Totals_WithoutNames_AreTaken()
    {
        VoteResult? recorded = null;
        var form = Render<VoteForm>(p => p.Add(x => x.OnRecord, (VoteResult v) => recorded = v));

        form.Find("input[aria-label='Votes in favour']").Change("97");
        form.Find("input[aria-label='Votes against']").Change("8");
        form.Find("form").Submit();

        Assert.Equal((97, 8, 0), (recorded!.Yes, recorded.No, recorded.Abstain));
        Assert.Null(recorded.Recorded);
    }
}
