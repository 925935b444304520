using Bunit;
using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Comparison;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>A comparison shows where a section numbered from 1 again opens or closes, and the paragraphs' new labels (ADR 0016, amendment 2).</summary>
public sealed class SectionsRenderingTests : BunitContext
{
    private static Draft Budget(bool sections)
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetAuthorLine("The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Takes note of the report;", id: "op1", heading: "I. Financial performance report").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Approves the surplus;", id: "op2").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Takes note of the estimates;", id: "op3", heading: "II. Revised estimates").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Appropriates an amount.", id: "op4").Untyped());
        if (sections)
        {
            Ok(draft.SetSection("op1", true));
            Ok(draft.SetSection("op3", true));
        }

        return draft;
    }

    [Fact]
    public void Comparison_ASectionOpened_IsShownWithItsName_AndTheNewLabel()
    {
        var comparison = DraftComparer.Compare(Budget(sections: false), Budget(sections: true));

        var opened = Render<ParagraphDiff>(p => p.Add(x => x.P, comparison.Paragraphs.Single(x => x.Id == "op3")));
        var unchanged = Render<ParagraphDiff>(p => p.Add(x => x.P, comparison.Paragraphs.Single(x => x.Id == "op4")));

        Assert.Equal("numbered with the paragraphs before", opened.Find("[data-testid=section-changed] del").TextContent);
        Assert.Equal("section II, numbered from 1", opened.Find("[data-testid=section-changed] ins").TextContent);
        Assert.Contains("II OP1", opened.Find(".labels").TextContent, StringComparison.Ordinal);
        Assert.Empty(unchanged.FindAll("[data-testid=section-changed]"));
        Assert.Contains("II OP2", unchanged.Find(".labels").TextContent, StringComparison.Ordinal);
    }

    private static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);
}
