using Bunit;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// Issue 17: the boxes of a proposed copy or a new paragraph hand their text to the browser's
/// marked-field.js in the draft's format ([^N], {i}…{/i}) and never write over what is being typed:
/// a text the page puts in gets a new version; the typed text coming back does not.
/// </summary>
public sealed class MarkedTextAreaTests : BunitContext
{
    [Fact]
    public void ATextThePagePutsIn_GoesToTheBrowserInModelText_WithANewVersion_ButTheTypedTextComingBackDoesNot()
    {
        var value = "Takes note of the {i}report{/i};[^1]";
        var box = Render<MarkedTextArea>(p => p
            .Add(x => x.Id, "suggest-op1")
            .Add(x => x.Value, value)
            .Add(x => x.ValueChanged, (string v) => value = v));

        var shown = box.Find("textarea#suggest-op1");
        Assert.Equal("Takes note of the {i}report{/i};[^1]", shown.GetAttribute("data-marked-value"));
        var first = shown.GetAttribute("data-marked-text");
        Assert.False(string.IsNullOrEmpty(first));
        Assert.Null(shown.GetAttribute("value")); // the script owns what the box shows
        Assert.Equal("suggest-op1", box.Find("button.italic-toggle").GetAttribute("data-marked-italic"));

        // Typed in the browser: the model text arrives through the hidden box and goes up; passed back down, it is no new text.
        box.Find("textarea.marked-model").Input("Takes note of the {i}report{/i} with thanks;[^1]");
        Assert.Equal("Takes note of the {i}report{/i} with thanks;[^1]", value);
        box.Render(p => p.Add(x => x.Value, value));
        Assert.Equal(first, box.Find("textarea#suggest-op1").GetAttribute("data-marked-text"));

        // The page puts a text in ("Use" of agreed language): a new version for the script to show.
        box.Render(p => p.Add(x => x.Value, "Reaffirms {i}mutatis mutandis{/i};"));
        Assert.NotEqual(first, box.Find("textarea#suggest-op1").GetAttribute("data-marked-text"));
        Assert.Equal("Reaffirms {i}mutatis mutandis{/i};", box.Find("textarea#suggest-op1").GetAttribute("data-marked-value"));
    }
}
