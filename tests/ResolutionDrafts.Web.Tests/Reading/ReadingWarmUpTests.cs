using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Reading;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Reading;

/// <summary>
/// Issue 22, the first reader of a long draft: what makes their page open fast. The app prints for
/// reading once at start, before anyone reads (the first use of the components, the style rules and
/// the proposals query is paid then, not by the first reader); and a draft's page, stream and
/// document are put together from one print of each paragraph, however many readers open it.
/// </summary>
public sealed class ReadingWarmUpTests : IAsyncLifetime
{
    // The warm-up under test: test hosts start without it unless asked (ADR 0039 amendment 2).
    private readonly AppFactory app = new() { ReadingWarmUp = true };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AtStart_TheAppPrintsForReadingOnce_BeforeAnyReader_WithoutTouchingADraft()
    {
        _ = app.Server; // starts the app
        var warmUp = app.Services.GetRequiredService<ReadingWarmUp>();

        await warmUp.Completed.WaitAsync(TimeSpan.FromSeconds(60));

        var shipped = Directory.GetFiles(ReadingWarmUp.Folder, "*.json")
            .Sum(f => ResolutionDrafts.Documents.Json.DraftJson.Deserialize(File.ReadAllText(f)).Value!.Paragraphs.Count);
        Assert.True(shipped > 0);
        Assert.Equal(shipped, warmUp.ParagraphsPrinted);
        // No draft's broadcast started, and no draft's print counted: nobody reads yet.
        Assert.Equal(0, app.Services.GetRequiredService<ReadingBroadcasts>().Count);
        Assert.Equal(0, app.Services.GetRequiredService<ReadingRenderer>().ParagraphsRendered);
    }

    [Fact]
    public async Task ALongDraftsPage_StreamAndDocument_ComeFromOnePrintOfEachParagraph_ForEveryReader()
    {
        var draft = SampleDrafts.Demo();
        while (draft.Paragraphs.Count < 200)
        {
            var source = draft.Paragraphs[draft.Paragraphs.Count % 13];
            draft.InsertParagraph(ParagraphKind.Operative, source.Text);
        }

        var id = await app.CreateDraftAsync(draft);
        var renderer = app.Services.GetRequiredService<ReadingRenderer>();
        var before = renderer.ParagraphsRendered;

        foreach (var user in new[] { "observer", "editor", "cuba" })
        {
            var reader = await app.ClientAsAsync(user);
            var page = await reader.GetStringAsync($"/drafts/{id}/read");
            Assert.Equal(200, System.Text.RegularExpressions.Regex.Count(page, "<!--p:"));
            await using var stream = await EventStream.OpenAsync(reader, $"/drafts/{id}/read/stream", "text/event-stream");
            await stream.NextAsync("hello");
            Assert.Contains("<!--p:", await reader.GetStringAsync($"/drafts/{id}/read/document"));
        }

        // 200 paragraphs printed once, for three readers' pages, streams and documents.
        Assert.Equal(200, renderer.ParagraphsRendered - before);
    }
}
