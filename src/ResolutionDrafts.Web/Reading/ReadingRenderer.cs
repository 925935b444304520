using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;

namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// Prints parts of a draft to HTML with the draft page's own components (Components/Drafts), outside
/// any circuit: the paragraphs that changed, the lines above and below them, a whole reading document.
/// Counts the paragraphs it renders, so a test can tell one render per change from one per reader.
/// </summary>
public sealed class ReadingRenderer(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private long paragraphsRendered;
    private long panelsRendered;

    /// <summary>Side panels rendered since the app started (presence, proposals, style: each counts once).</summary>
    public long PanelsRendered => Interlocked.Read(ref panelsRendered);

    /// <summary>Paragraphs rendered since the app started (each top-level paragraph with its sub-paragraphs counts once).</summary>
    public long ParagraphsRendered => Interlocked.Read(ref paragraphsRendered);

    /// <summary>The front matter, the back matter, and each of <paramref name="paragraphs"/>, in that order.</summary>
    public async Task<(string Front, string Back, IReadOnlyList<string> Paragraphs)> RenderAsync(DraftView view, IReadOnlyList<Paragraph> paragraphs)
    {
        // A renderer (and a scope: the renderer's own services are scoped) per batch: it keeps every root component it rendered until disposed.
        await using var scope = scopes.CreateAsyncScope();
        await using var html = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await html.Dispatcher.InvokeAsync(async () =>
        {
            var front = await RenderAsync<DraftFrontMatter>(html, new() { ["View"] = view });
            var back = await RenderAsync<DraftBackMatter>(html, new() { ["View"] = view });
            var rendered = new List<string>(paragraphs.Count);
            foreach (var paragraph in paragraphs)
            {
                rendered.Add(await RenderAsync<ReadingParagraph>(html, new() { ["View"] = view, ["Node"] = paragraph }));
            }

            Interlocked.Add(ref paragraphsRendered, paragraphs.Count);
            return (front, back, (IReadOnlyList<string>)rendered);
        });
    }

    /// <summary>The whole document of <paramref name="state"/>, as the reading page shows it: put together, not rendered again.</summary>
    public async Task<string> DocumentAsync(ReadingState state)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var html = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await html.Dispatcher.InvokeAsync(() => RenderAsync<ReadingDocument>(html, new() { ["State"] = state }));
    }

    /// <summary>One side panel of the reading page (Components/Pages/Drafts/Panels, Components/Proposals), printed once for all readers.</summary>
    public async Task<string> PanelAsync<T>(Dictionary<string, object?> parameters)
        where T : IComponent
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var html = new HtmlRenderer(scope.ServiceProvider, loggers);
        var printed = await html.Dispatcher.InvokeAsync(() => RenderAsync<T>(html, parameters));
        Interlocked.Increment(ref panelsRendered);
        return printed;
    }

    private static async Task<string> RenderAsync<T>(HtmlRenderer html, Dictionary<string, object?> parameters)
        where T : IComponent =>
        (await html.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString();
}
