using Bunit;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Web.Components.Comparison;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>Inline italics (ADR 0015) on the page and in comparisons: in italics, never as marks.</summary>
public sealed class InlineItalicsRenderingTests : BunitContext
{
    [Fact]
    public void RichText_PrintsTheOpeningPhraseAndTheTextsOwnItalics_AndRaisesReferences()
    {
        var text = Render<RichText>(p => p
            .Add(x => x.Text, "Recalling the {i}Official Records of the General Assembly{/i},[^1] {i}ibid.{/i}")
            .Add(x => x.ItalicLength, "Recalling".Length));

        Assert.Equal("Recalling", text.Find("em.opening").TextContent);
        Assert.Equal(["Official Records of the General Assembly", "ibid."], text.FindAll("i.inline-italic").Select(i => i.TextContent));
        Assert.Equal("1", text.Find("sup.fn-ref").TextContent);
        Assert.DoesNotContain("{i}", text.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("{/i}", text.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffText_ItalicsSetOnUnchangedWords_ShowTheWordsInItalics_AndTheChangedMarks()
    {
        var segments = TextDiffer.Diff("see the Official Records here", "see the {i}Official Records{/i} here");

        var diff = Render<DiffText>(p => p.Add(x => x.Segments, segments));

        Assert.Contains("Official Records", diff.FindAll("i.inline-italic").Select(i => i.TextContent));
        Assert.Equal(["⸢", "⸣"], diff.FindAll("ins .diff-italic-mark").Select(m => m.TextContent));
        Assert.DoesNotContain("{i}", diff.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffText_DeletedWordsKeepTheOldItalics_InsertedTheNew()
    {
        var segments = TextDiffer.Diff("in {i}Official Records{/i} now", "in {i}Official Journal{/i} now");

        var diff = Render<DiffText>(p => p.Add(x => x.Segments, segments));

        Assert.Contains("Records", diff.Find("del").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(diff.FindAll("del i.inline-italic"));
        Assert.NotEmpty(diff.FindAll("ins i.inline-italic"));
        Assert.DoesNotContain("now", string.Concat(diff.FindAll("i.inline-italic").Select(i => i.TextContent)), StringComparison.Ordinal);
    }
}
