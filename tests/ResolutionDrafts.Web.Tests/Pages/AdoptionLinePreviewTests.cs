using System.Text;
using Bunit;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
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

    // A text adopted with no adoption line above it, only the meeting and date it closes with (a World Health Assembly
    // resolution): the preview said "the text does not say when or at which meeting" over the meeting it had read.
    [Theory]
    [InlineData("""
        SEVENTY-EIGHTH WORLD HEALTH ASSEMBLY                                WHA78.9
        Agenda item 14.2                                                    26 May 2025

        Strengthening rehabilitation in health systems

        The Seventy-eighth World Health Assembly,

        Recalling resolution WHA76.6 (2023) on strengthening rehabilitation in health systems;

        1. URGES Member States to integrate rehabilitation into primary health care;

        2. REQUESTS the Director-General to report on progress to the Eightieth World Health Assembly.

        Eighth plenary meeting, 26 May 2025
        A78/VR/8
        """, "Eighth plenary meeting, 26 May 2025")]
    [InlineData("""
        第七十八届世界卫生大会                                                WHA78.9
        议程项目14.2                                                        2025年5月26日

        加强卫生系统中的康复

        第七十八届世界卫生大会，

        忆及关于加强卫生系统中的康复的WHA76.6号决议（2023年）；

        1. 敦促会员国将康复纳入初级卫生保健；

        2. 要求总干事向第八十届世界卫生大会报告进展情况。

        第八次全体会议，2025年5月26日
        A78/VR/8
        """, "第八次全体会议，2025年5月26日")]
    public void ImportPreview_OfATextClosingWithItsMeeting_NamesTheMeeting_AndLeavesOutOnlyWhatItDidNotKeep(string text, string meeting)
    {
        var result = Import(text);
        Assert.Equal(DocumentKind.AdoptedResolution, result.Draft!.Kind);

        var facts = Render<ImportFacts>(p => p.Add(x => x.Draft, result.Draft!).Add(x => x.Review, result.Review!).Add(x => x.Format, result.Format));

        Assert.Equal(meeting, facts.Find("[data-testid=import-adoption-line]").TextContent);
        // The verbatim record under the meeting is kept now (ADR 0034, amendment 4): nothing is left out.
        Assert.Equal("A78/VR/8", facts.Find("[data-testid=import-meeting-record]").TextContent);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("left out", StringComparison.Ordinal));
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
