using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Tests.Security;

/// <summary>The members page's sentence for each role says exactly what the permission table allows.</summary>
public sealed class RoleSummaryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EverySummary_NamesEveryAllowedAction_AndNoOther(bool open)
    {
        foreach (var role in Enum.GetValues<DraftRole>())
        {
            var summary = DraftAccess.Summary(role, open);
            foreach (var action in Enum.GetValues<DraftAction>())
            {
                var phrase = DraftAccess.Phrase(action);
                Assert.True(DraftPermissions.Allows(role, action, open) == summary.Contains(phrase, StringComparison.Ordinal), $"{role}, open={open}: '{phrase}' in \"{summary}\"");
            }
        }
    }

    [Fact]
    public void Sentences_ReadAsOne()
    {
        Assert.Equal("May read it.", DraftAccess.Summary(DraftRole.Observer, openToDirectEditing: true));
        Assert.Equal("May read it, edit its text, change its masthead or title, check its style and download it.", DraftAccess.Summary(DraftRole.Editor, openToDirectEditing: false));
        Assert.EndsWith("Edits the text only while the draft is open to direct editing.", DraftAccess.Summary(DraftRole.Delegation, openToDirectEditing: false));
        Assert.StartsWith("May read it, edit its text,", DraftAccess.Summary(DraftRole.Delegation, openToDirectEditing: true));
    }
}
