using System.Text;
using Bunit;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// Issue 16 on the page: an adopted WHO text's meeting and date on one line as WHO prints them (ADR 0036, amendment 5), a General
/// Assembly resolution's on two; an adopted text's masthead as the adopted document prints it — "Distr.: General" where its draft
/// said "Limited", its agenda item kept (A/RES/80/4 prints "Agenda item 38" and its title; ADR 0034, amendment 6). English and Chinese.
/// </summary>
public sealed class AdoptedPrintPageTests : BunitContext
{
    private static Draft Import(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Theory]
    [InlineData(WhoSamples.Adopted, "Eighth plenary meeting, 26 May 2025")]
    [InlineData(WhoSamples.AdoptedZh, "第八次全体会议，2025年5月26日")]
    public void AWhoTextsMeeting_IsOneLineOnThePage(string text, string line)
    {
        var draft = Import(text);

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        // Was "Eighth plenary meeting<br>26 May 2025".
        var meeting = document.Find("p[data-testid=meeting-line]");
        Assert.Equal(line, meeting.TextContent.Trim());
        Assert.Empty(meeting.QuerySelectorAll("br"));
    }

    [Theory]
    [InlineData(DraftLanguage.English, "22nd plenary meeting", "29 October 2025")]
    [InlineData(DraftLanguage.Chinese, "第22次全体会议", "2025年10月29日")]
    public void AGeneralAssemblyResolutionsMeeting_IsStillTwoLines(string language, string line, string date)
    {
        var draft = Draft.Create(language, DocumentKind.AdoptedResolution).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Body = language == DraftLanguage.Chinese ? "大会" : "General Assembly", Symbol = "A/RES/80/4", MeetingLine = line, MeetingDate = date }).IsSuccess);

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        var meeting = document.Find("p[data-testid=meeting-line]");
        Assert.Single(meeting.QuerySelectorAll("br"));
        Assert.Equal(line + date, meeting.TextContent.Trim());
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void ADraftAdoptedInTheForm_PrintsDistrGeneral_AndKeepsItsAgendaItem(string language)
    {
        var draft = Draft.Create(language).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata
        {
            Body = "General Assembly", Session = "Eightieth session", AgendaItem = new AgendaItem("38", "Necessity of ending the embargo"),
            Symbol = "A/80/L.6", Distribution = "Limited", Date = "24 October 2025",
        }).IsSuccess);

        var form = MetadataForm.From(draft);
        form.ChangeKind(DocumentKind.AdoptedResolution);
        form.Symbol = "A/RES/80/4";
        Assert.Equal("General", form.Distribution); // shown so in the form before it is saved
        Assert.True(form.ApplyTo(draft).IsSuccess);

        // Was "Distr.: Limited", the draft's, over an adopted resolution.
        Assert.Equal("General", draft.Metadata.Distribution);
        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));
        var masthead = document.Find("header.masthead").TextContent;
        Assert.Contains("Distr.: General", masthead, StringComparison.Ordinal);
        Assert.DoesNotContain("Limited", masthead, StringComparison.Ordinal);
        Assert.Contains("Necessity of ending the embargo", document.Find(".agenda-title").TextContent, StringComparison.Ordinal);

        // Back to a draft, back to "Limited"; a distribution of another kind is left as typed.
        var again = MetadataForm.From(draft);
        again.ChangeKind(DocumentKind.DraftResolution);
        Assert.Equal("Limited", again.Distribution);
        var restricted = MetadataForm.From(draft);
        restricted.Distribution = "Restricted";
        restricted.ChangeKind(DocumentKind.DraftResolution);
        Assert.Equal("Restricted", restricted.Distribution);

        // Loading a stored adopted text into the form changes nothing: one kept as "Limited" stays so until the kind is changed.
        Assert.True(draft.SetMetadata(draft.Metadata with { Distribution = "Limited" }).IsSuccess);
        Assert.Equal("Limited", MetadataForm.From(draft).Distribution);
    }
}
