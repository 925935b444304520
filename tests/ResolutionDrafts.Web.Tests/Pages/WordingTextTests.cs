using Bunit;
using ResolutionDrafts.Web.Components.Proposals;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>Issue 17: a footnote reference in an amendment's quoted words shows on the page as the text's own references do (ADR 0026).</summary>
public sealed class WordingTextTests : BunitContext
{
    [Fact]
    public void RaisedDigits_AreAFootnoteReferenceMark_TheRestPlainText()
    {
        var wording = Render<WordingText>(p => p.Add(x => x.Text, "In operative paragraph 1, delete “of the Council,¹²” and “report,³”."));

        Assert.Equal(["12", "3"], wording.FindAll("sup.fn-ref").Select(s => s.TextContent));
        Assert.Equal("In operative paragraph 1, delete “of the Council,12” and “report,3”.", wording.Markup.Replace("<sup class=\"fn-ref\">", "", StringComparison.Ordinal).Replace("</sup>", "", StringComparison.Ordinal));
    }
}
