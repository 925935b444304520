using System.Text;
using Bunit;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// Issue 16 (ADR 0034, amendment 1): an adopted General Assembly resolution's committee line and closing meeting were dropped
/// by the import and never shown. The page prints the committee line under the heading, before the title, and the meeting
/// with its date under it after the last paragraph; the masthead form edits them for an adopted text only. English and Chinese.
/// </summary>
public sealed class AdoptionFactsPageTests : BunitContext
{
    private const string English = """
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

        22nd plenary meeting
        29 October 2025
        """;

    private const string Chinese = """
        联合国                                                     A/RES/75/100
        大会                                                       Distr.: General
                                                                   2020年12月18日
        第七十五届会议
        议程项目55
        全盘审查特别政治任务

        2020年12月10日大会决议

        [根据特别政治和非殖民化委员会(第四委员会)的报告(A/75/414，第8段)]

        75/100. 全盘审查特别政治任务

        大会，

        遵循《联合国宪章》的宗旨和原则，

        1. 注意到秘书长的报告；

        2. 决定将题为“全盘审查特别政治任务”的项目列入大会第七十六届会议临时议程。

        第41次全体会议
        2020年12月10日
        """;

    private static Draft Imported(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Theory]
    [InlineData(English, "[without reference to a Main Committee (A/80/L.6)]", "22nd plenary meeting", "29 October 2025")]
    [InlineData(Chinese, "[根据特别政治和非殖民化委员会(第四委员会)的报告(A/75/414，第8段)]", "第41次全体会议", "2020年12月10日")]
    public void ThePage_PrintsTheCommitteeLineUnderTheHeading_AndTheMeetingAtTheEnd(string text, string committee, string meeting, string date)
    {
        var draft = Imported(text);

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        var markup = document.Markup;
        Assert.Equal(committee, document.Find("[data-testid=committee-line]").TextContent);
        Assert.True(markup.IndexOf("data-testid=\"adoption-line\"", StringComparison.Ordinal) < markup.IndexOf("data-testid=\"committee-line\"", StringComparison.Ordinal));
        Assert.True(markup.IndexOf("data-testid=\"committee-line\"", StringComparison.Ordinal) < markup.IndexOf("data-testid=\"title\"", StringComparison.Ordinal));
        var meetingLine = document.Find("[data-testid=meeting-line]");
        Assert.Equal(meeting + date, meetingLine.TextContent);
        Assert.NotNull(meetingLine.QuerySelector("br")); // the date on the line under the meeting
        Assert.True(markup.LastIndexOf("class=\"paragraphs\"", StringComparison.Ordinal) < markup.IndexOf("data-testid=\"meeting-line\"", StringComparison.Ordinal));
    }

    [Fact]
    public void TheImportPreview_ListsNoneOfTheLinesAsNotRead()
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(English));

        Assert.DoesNotContain(result.Review!.UnreadLines, l => l.Contains("plenary meeting", StringComparison.Ordinal) || l.Contains("Main Committee", StringComparison.Ordinal));
    }

    [Fact]
    public void TheMastheadForm_EditsThem_ForAnAdoptedTextOnly()
    {
        var draft = Imported(English);
        MetadataForm? saved = null;
        var editor = Render<MetadataEditor>(p => p.Add(x => x.Draft, draft).Add(x => x.OnSave, (MetadataForm f) => saved = f));

        Assert.Equal("[without reference to a Main Committee (A/80/L.6)]", editor.Find("[data-testid=committee-line-input]").GetAttribute("value"));
        editor.Find("[data-testid=committee-line-input]").Change("[on the report of the Third Committee (A/80/462, para. 12)]");
        editor.Find("[data-testid=meeting-line-input]").Change("23rd plenary meeting");
        editor.Find("[data-testid=meeting-date-input]").Change("30 October 2025");
        editor.Find("form").Submit();

        Assert.NotNull(saved);
        Assert.True(saved!.ApplyTo(draft).IsSuccess);
        Assert.Equal(("[on the report of the Third Committee (A/80/462, para. 12)]", "23rd plenary meeting", "30 October 2025"),
            (draft.Metadata.CommitteeLine, draft.Metadata.MeetingLine, draft.Metadata.MeetingDate));

        var asDraft = MetadataForm.From(draft);
        asDraft.Kind = DocumentKind.DraftResolution;
        Assert.True(asDraft.ApplyTo(draft).IsSuccess);
        Assert.Null(draft.Metadata.CommitteeLine); // a draft has none of them
        Assert.Null(draft.Metadata.MeetingLine);
        Assert.Null(draft.Metadata.MeetingDate);
        var page = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));
        Assert.Empty(page.FindAll("[data-testid=committee-line]"));
        Assert.Empty(page.FindAll("[data-testid=meeting-line]"));
    }

    [Fact]
    public void TheOlderChineseOrder_IsPrintedAsIssued_DateFirst_AndTheFormKeepsIt()
    {
        // ADR 0034, amendment 3: A/RES/50/99 as the Chinese Official Records printed it, the date before the meeting.
        var draft = Imported(Chinese.Replace("第41次全体会议\n2020年12月10日", "2020年12月10日\n第41次全体会议", StringComparison.Ordinal));
        Assert.True(draft.Metadata.MeetingDateFirst);

        var page = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));
        var meeting = page.Find("[data-testid=meeting-line]");
        Assert.Equal("2020年12月10日第41次全体会议", meeting.TextContent);
        Assert.NotNull(meeting.QuerySelector("br"));

        MetadataForm? saved = null;
        var editor = Render<MetadataEditor>(p => p.Add(x => x.Draft, draft).Add(x => x.OnSave, (MetadataForm f) => saved = f));
        editor.Find("[data-testid=meeting-line-input]").Change("第42次全体会议");
        editor.Find("form").Submit();
        Assert.True(saved!.ApplyTo(draft).IsSuccess);
        Assert.True(draft.Metadata.MeetingDateFirst); // kept through the form
        editor.Find("[data-testid=meeting-date-first-input]").Change(false);
        editor.Find("form").Submit();
        Assert.True(saved!.ApplyTo(draft).IsSuccess);
        Assert.False(draft.Metadata.MeetingDateFirst);
        Assert.Equal("第42次全体会议2020年12月10日", Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft))).Find("[data-testid=meeting-line]").TextContent);
    }
}
