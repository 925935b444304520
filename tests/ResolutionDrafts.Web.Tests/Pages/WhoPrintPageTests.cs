using System.Text;
using Bunit;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// Issue 16 (ADR 0036, amendment 4; ADR 0034, amendment 4) on the page and in the import preview: a WHA draft names its
/// sponsors under the title as WHO does ("Draft resolution proposed by …" / "由…提出的决议草案"); an adopted WHA resolution prints
/// its verbatim record under its meeting ("A78/VR/8"); a General Assembly resolution's meeting record and report, which its page
/// does not print, are shown with the adoption facts under the text and in the preview. English and Chinese.
/// </summary>
public sealed class WhoPrintPageTests : BunitContext
{
    private static ImportResult Import(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error);
        return result;
    }

    private static Draft Corpus(string folder, string file) => CorpusImport(folder, file).Draft!;

    private static ImportResult CorpusImport(string folder, string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                var result = DraftImporter.Import(File.ReadAllBytes(Path.Combine(dir.FullName, "..", "shared", "fixtures", "corpus", "ga", folder, file)));
                Assert.True(result.IsSuccess, result.Error);
                return result;
            }
        }

        throw new InvalidOperationException("ResolutionDrafts.sln not found above the test directory.");
    }

    [Theory]
    [InlineData(WhoSamples.Proposed, "Draft resolution proposed by Brazil, Ghana and Thailand")]
    [InlineData(WhoSamples.ProposedZh, "由巴西、加纳和泰国提出的决议草案")]
    public void AWhaDraftsSponsors_StandUnderTheTitle_WordedAsWhoWordsThem(string text, string line)
    {
        var draft = Import(text).Draft!;

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        // Was "Brazil, Ghana and Thailand: draft resolution" above the title.
        var sponsors = document.Find("[data-testid=sponsors-line]");
        Assert.Equal(line, sponsors.TextContent);
        var markup = document.Markup;
        Assert.True(markup.IndexOf("data-testid=\"title\"", StringComparison.Ordinal) < markup.IndexOf("data-testid=\"sponsors-line\"", StringComparison.Ordinal), markup);
    }

    [Fact]
    public void AGeneralAssemblyDraftsSponsors_StillStandAboveTheTitle()
    {
        var draft = Draft.Create(DraftLanguage.English).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Body = "General Assembly", Symbol = "A/80/L.6" }).IsSuccess);
        Assert.True(draft.SetTitle("Necessity of ending the embargo").IsSuccess);
        Assert.True(draft.AddSponsor(new Sponsor("Cuba")).IsSuccess);

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        Assert.Equal("Cuba: draft resolution", document.Find("[data-testid=sponsors-line]").TextContent);
        Assert.True(document.Markup.IndexOf("data-testid=\"sponsors-line\"", StringComparison.Ordinal) < document.Markup.IndexOf("data-testid=\"title\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(WhoSamples.Adopted)]
    [InlineData(WhoSamples.AdoptedZh)]
    public void AnAdoptedWhaResolution_PrintsItsRecordUnderItsMeeting_AndNoAdoptedHeading(string text)
    {
        var draft = Import(text).Draft!;

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        Assert.Equal("A78/VR/8", document.Find("p[data-testid=meeting-record]").TextContent); // was left out with a warning
        var markup = document.Markup;
        Assert.True(markup.IndexOf("data-testid=\"meeting-line\"", StringComparison.Ordinal) < markup.IndexOf("data-testid=\"meeting-record\"", StringComparison.Ordinal));
        Assert.Empty(document.FindAll("[data-testid=adoption-record]")); // printed, not again as a reader's note
        Assert.Empty(document.FindAll(".adopted-heading"));
    }

    [Theory]
    [InlineData("75-en", "75_100_E.xml", "A/75/414, para. 8")]
    [InlineData("75-zh", "75_100_C.xml", "A/75/414，第8段")]
    public void AGeneralAssemblyResolutionsRecordAndReport_AreShownWithTheAdoptionFacts(string folder, string file, string report)
    {
        var draft = Corpus(folder, file);

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        var record = document.Find("[data-testid=adoption-record]");
        Assert.Equal(report, record.QuerySelector("[data-testid=report-symbol]")!.TextContent);
        Assert.Equal("A/75/PV.41", record.QuerySelector("[data-testid=meeting-record]")!.TextContent);
        Assert.Empty(document.FindAll("p[data-testid=meeting-record]")); // the UN's page prints none
    }

    [Fact]
    public void TheImportPreview_NamesTheRecordAndTheReport()
    {
        var who = Import(WhoSamples.Adopted);
        var facts = Render<ImportFacts>(p => p.Add(x => x.Draft, who.Draft!).Add(x => x.Review, who.Review!).Add(x => x.Format, who.Format));
        Assert.Equal("A78/VR/8", facts.Find("[data-testid=import-meeting-record]").TextContent);

        var assembly = CorpusImport("75-en", "75_100_E.xml");
        var un = Render<ImportFacts>(p => p.Add(x => x.Draft, assembly.Draft!).Add(x => x.Review, assembly.Review!).Add(x => x.Format, assembly.Format));
        Assert.Equal("A/75/PV.41", un.Find("[data-testid=import-meeting-record]").TextContent);
        Assert.Equal("A/75/414, para. 8", un.Find("[data-testid=import-report]").TextContent);
    }

    [Fact]
    public void TheMastheadForm_KeepsTheRecordAndTheReport()
    {
        var draft = Corpus("75-en", "75_100_E.xml");

        var form = MetadataForm.From(draft);
        var kept = draft.Clone();
        Assert.True(form.ApplyTo(kept).IsSuccess);
        Assert.Equal(("A/75/PV.41", "A/75/414", "8"), (kept.Metadata.MeetingRecord, kept.Metadata.ReportSymbol, kept.Metadata.ReportParagraph));
    }
}
