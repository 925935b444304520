using Bunit;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// Issue 16 (ADR 0034, amendment 3): a part of a resolution in parts prints its own meeting when it was adopted at another one
/// (<see cref="DraftPart.MeetingLine"/>), kept through every form but editable nowhere on the page. The masthead form edits it
/// beside the draft's meeting, and saving sends it as the part's change, so every screen gets it as it gets the masthead.
/// English and Chinese.
/// </summary>
public sealed class PartMeetingFormTests : BunitContext
{
    private static Draft Corpus(string folder, string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                var result = DraftImporter.Import(File.ReadAllBytes(Path.Combine(dir.FullName, "..", "shared", "fixtures", "corpus", "ga", folder, file)));
                Assert.True(result.IsSuccess, result.Error);
                return result.Draft!;
            }
        }

        throw new InvalidOperationException("ResolutionDrafts.sln not found above the test directory.");
    }

    private (Draft Draft, MetadataForm? Saved) Saved(Draft draft, Action<IRenderedComponent<MetadataEditor>> edit)
    {
        MetadataForm? saved = null;
        var editor = Render<MetadataEditor>(p => p.Add(x => x.Draft, draft).Add(x => x.OnSave, (MetadataForm f) => saved = f));
        edit(editor);
        editor.Find("form").Submit();
        return (draft, saved);
    }

    [Theory]
    [InlineData("75-en", "75_101A-B_E.xml", "40th plenary meeting", "9 December 2020", "41st plenary meeting", "10 December 2020")]
    [InlineData("75-zh", "75_101A-B_C.xml", "第40次全体会议", "2020年12月9日", "第41次全体会议", "2020年12月10日")]
    public void TheMastheadForm_EditsAPartsOwnMeeting_SentAsThePartsChange_AndThePagePrintsIt(string folder, string file, string meeting, string date, string drafts, string draftsDate)
    {
        var (draft, saved) = Saved(Corpus(folder, file), editor =>
        {
            Assert.Equal("", editor.Find("[data-testid=part-meeting-line-input-A]").GetAttribute("value") ?? ""); // part A ends with the draft's
            Assert.Empty(editor.FindAll("[data-testid=part-meeting-line-input-B]")); // the last part's is the draft's own, above
            editor.Find("[data-testid=part-meeting-line-input-A]").Change(meeting);
            editor.Find("[data-testid=part-meeting-date-input-A]").Change(date);
        });
        Assert.NotNull(saved);

        var change = DraftChanges.SetMasthead(saved!)(draft);
        Assert.True(change.IsSuccess, change.Error);
        var parts = ((OperationBatch)change.Value!).Operations.OfType<SetPart>().ToList();
        var partA = draft.Paragraphs.First(p => p.Part is not null);
        Assert.Equal(partA.Id, Assert.Single(parts).Id); // only the part that changed: one live change for every screen
        Assert.True(change.Value!.Apply(draft).IsSuccess);

        Assert.Equal((meeting, date), (draft.Paragraphs.First(p => p.Part is not null).Part!.MeetingLine, draft.Paragraphs.First(p => p.Part is not null).Part!.MeetingDate));
        Assert.Equal((drafts, draftsDate), (draft.Metadata.MeetingLine, draft.Metadata.MeetingDate)); // the draft's (the last part's) as it was
        var page = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));
        Assert.Equal(meeting + date, page.Find("[data-testid=part-meeting-line]").TextContent); // after part A, before B's letter
        Assert.Equal(drafts + draftsDate, page.Find("[data-testid=meeting-line]").TextContent);

        // Emptied again, or typed as the draft's own: the part ends with the draft's meeting, stored as none.
        var (again, form) = Saved(draft, editor =>
        {
            Assert.Equal(meeting, editor.Find("[data-testid=part-meeting-line-input-A]").GetAttribute("value"));
            editor.Find("[data-testid=part-meeting-line-input-A]").Change(drafts);
            editor.Find("[data-testid=part-meeting-date-input-A]").Change(draftsDate);
        });
        Assert.True(form!.ApplyTo(again).IsSuccess);
        Assert.Null(again.Paragraphs.First(p => p.Part is not null).Part!.MeetingLine);
        Assert.Null(again.Paragraphs.First(p => p.Part is not null).Part!.MeetingDate);
    }

    [Fact]
    public void APartGoneMeanwhile_StopsTheSave_WithWhy_AndADraftKindClearsThePartsMeetings()
    {
        var draft = Corpus("75-en", "75_101A-B_E.xml");
        var partA = draft.Paragraphs.First(p => p.Part is not null);
        Assert.True(draft.SetPart(partA.Id, partA.Part! with { MeetingLine = "40th plenary meeting", MeetingDate = "9 December 2020" }).IsSuccess);

        // A form filled when a paragraph opened a part that someone has since joined to the part before it.
        var form = MetadataForm.From(draft);
        form.PartMeetings[0].Id = draft.Paragraphs[1].Id;
        form.PartMeetings[0].MeetingLine = "39th plenary meeting";
        var refused = DraftChanges.SetMasthead(form)(draft);
        Assert.False(refused.IsSuccess);
        Assert.StartsWith("Part A is no longer where it was", refused.Error, StringComparison.Ordinal);
        Assert.Equal("40th plenary meeting", draft.Paragraphs.First(p => p.Part is not null).Part!.MeetingLine); // nothing changed

        var asDraft = MetadataForm.From(draft);
        asDraft.Kind = DocumentKind.DraftResolution;
        Assert.True(asDraft.ApplyTo(draft).IsSuccess);
        Assert.All(draft.Paragraphs.Where(p => p.Part is not null), p => Assert.True(p.Part!.MeetingLine is null && p.Part.MeetingDate is null));
    }
}
