using Bunit;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Web.Components.Comparison;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>Raised letters that are no footnote reference (ADR 0035) on the page and in comparisons: raised, never as marks.</summary>
public sealed class RaisedLetterRenderingTests : BunitContext
{
    [Fact]
    public void RichText_RaisesANoteLetter_ItalicInsideIt_AndLeavesNoMarks()
    {
        var text = Render<RichText>(p => p.Add(x => x.Text, "Conversion{i}{sup}a{/sup}{/i} of 10{sup}6{/sup} posts[^1]"));

        Assert.Equal(["a", "6"], text.FindAll("sup.raised").Select(s => s.TextContent));
        Assert.Equal("a", text.Find("sup.raised i").TextContent);
        Assert.Equal("1", text.Find("sup.fn-ref").TextContent);
        Assert.DoesNotContain("{", text.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffText_ALetterRaised_ShowsItRaised_AndTheChangedMarks()
    {
        var segments = TextDiffer.Diff("Conversiona of posts", "Conversion{sup}a{/sup} of posts");

        var diff = Render<DiffText>(p => p.Add(x => x.Segments, segments));

        Assert.Equal("a", diff.Find("sup.raised").TextContent);
        Assert.Equal(["⁽", "⁾"], diff.FindAll("ins .diff-italic-mark").Select(m => m.TextContent));
        Assert.DoesNotContain("{", diff.Markup, StringComparison.Ordinal);
    }
}
