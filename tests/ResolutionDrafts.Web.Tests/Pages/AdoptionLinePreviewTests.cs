using System.Text;
using Bunit;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// Issue 16, left item 7: the import preview said nothing of how an adopted text was adopted, and an adopted General Assembly
/// resolution lost the date of its heading. The preview's facts name the adoption line; the preview's document (and the draft
/// page, which shares it) prints a General Assembly resolution's heading with its date where a draft has its sponsors line.
/// </summary>
public sealed class AdoptionLinePreviewTests : BunitContext
{
    private const string Council = """
        United Nations                                                    S/RES/2799 (2026)
        Security Council                                                  Distr.: General
                                                                          14 May 2026

        Resolution 2799 (2026)
        Adopted by the Security Council at its 9912th meeting, on 14 May 2026

        The Security Council,

        Recalling its previous resolutions concerning the situation in the Region,

        1. Decides to renew until 31 May 2027 the measures imposed by paragraph 2 of resolution 2701 (2023);

        2. Decides to remain seized of the matter.
        """;

    private const string Assembly = """
        United Nations                                                    A/RES/80/4
        General Assembly                                                  Distr.: General
                                                                          31 October 2025
        Eightieth session
        Agenda item 38
        Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba

         Resolution adopted by the General Assembly
        on 29 October 2025

        [without reference to a Main Committee (A/80/L.6)]

        80/4. Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba

        The General Assembly,

        Recalling its resolutions on the matter,

        1. Reiterates its call upon all States to refrain from promulgating and applying laws and measures of the kind referred to in the preamble to the present resolution;

        2. Decides to include in the provisional agenda of its eighty-first session the item entitled "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba".
        """;

    private static ImportResult Import(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error);
        return result;
    }

    [Theory]
    [InlineData(Council, "Adopted by the Security Council at its 9912th meeting, on 14 May 2026")]
    [InlineData(Assembly, "Resolution adopted by the General Assembly on 29 October 2025")]
    public void ImportPreview_NamesTheAdoptionLine(string text, string line)
    {
        var result = Import(text);

        var facts = Render<ImportFacts>(p => p.Add(x => x.Draft, result.Draft!).Add(x => x.Review, result.Review!).Add(x => x.Format, result.Format));

        Assert.Equal(line, facts.Find("[data-testid=import-adoption-line]").TextContent);
        Assert.Contains("adopted resolution", facts.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportPreview_OfADraft_SaysNothingOfAdoption()
    {
        var result = Import(Council.Replace("Resolution 2799 (2026)\n", "", StringComparison.Ordinal)
            .Replace("Adopted by the Security Council at its 9912th meeting, on 14 May 2026", "United Kingdom of Great Britain and Northern Ireland: draft resolution", StringComparison.Ordinal)
            .Replace("S/RES/2799 (2026)", "S/2026/377", StringComparison.Ordinal));

        var facts = Render<ImportFacts>(p => p.Add(x => x.Draft, result.Draft!).Add(x => x.Review, result.Review!).Add(x => x.Format, result.Format));

        Assert.Empty(facts.FindAll("[data-testid=import-adoption-line]"));
    }

    [Fact]
    public void PreviewDocument_PrintsAnAssemblyResolutionsHeadingWithItsDate_InBoldWhereTheSponsorsLineStands()
    {
        var draft = Import(Assembly).Draft!;

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        var heading = document.Find("[data-testid=adoption-line]");
        Assert.Equal("Resolution adopted by the General Assembly on 29 October 2025", heading.TextContent);
        Assert.Contains("adopted-heading", heading.ClassList);
        Assert.Empty(heading.QuerySelectorAll("em"));
        Assert.Empty(document.FindAll("[data-testid=council-number]"));
        Assert.True(document.Markup.IndexOf("adopted-heading", StringComparison.Ordinal) < document.Markup.IndexOf("data-testid=\"title\"", StringComparison.Ordinal), document.Markup);
    }
}
