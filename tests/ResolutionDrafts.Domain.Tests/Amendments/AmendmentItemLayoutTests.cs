using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>An item laid out for print: the lead, and its lettered changes on lines of their own.</summary>
public sealed class AmendmentItemLayoutTests
{
    private static readonly Draft Original = English(
        "PP Noting the report,",
        "OP Welcomes the report of the Secretary-General;",
        "OP Requests the Secretary-General to report on the implementation of the present resolution.");

    [Fact]
    public void Layout_LetteredChanges_PutTheLeadApartFromEachChange()
    {
        var amendment = RoundTrip(Original, Proposed(Original, d =>
        {
            Replace(d, "op2", "Requests", "Invites");
            Replace(d, "op2", "the implementation", "the full implementation");
        }));

        var item = amendment.Items.Single();

        Assert.Equal("In operative paragraph 2:", item.Layout("en").Lead);
        Assert.Equal(["Replace the word “Requests” with the word “Invites”;", "After the words “on the”, insert the word “full”."], item.Layout("en").Lettered);
        Assert.Equal(item.Wording("en"), item.Layout("en").Text(chinese: false));
        Assert.Equal(item.Wording("zh"), item.Layout("zh").Text(chinese: true));
        Assert.Equal("在执行部分第2段中：", item.Layout("zh").Lead);
        Assert.EndsWith("。", item.Layout("zh").Lettered[^1], StringComparison.Ordinal);
        Assert.Empty(RoundTrip(Original, Proposed(Original, d => Ok(d.Delete("op1")))).Items.Single().Layout("en").Lettered);
    }
}
