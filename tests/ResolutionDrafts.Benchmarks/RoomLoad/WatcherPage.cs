using System.Text.Json;
using Microsoft.Playwright;

namespace ResolutionDrafts.Benchmarks.RoomLoad;

/// <summary>
/// One delegate reading along: a Chromium page of its own (own context) on the draft's reading page
/// (ADR 0017: static HTML and one stream of printed changes; no Blazor circuit, no hub connection).
/// A MutationObserver in the page notes when each probe marker first shows up in the
/// document, by the page's own clock (epoch milliseconds, the same clock as the driver's).
/// </summary>
public sealed class WatcherPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private const string Observe = """
        () => {
          const seen = {};
          window.__room = { seen };
          const re = /q\d+[a-z]{4}z/g;
          // The body, not the document element: a missed message puts the whole document in anew.
          const root = document.body;
          const look = (element) => {
            const now = performance.timeOrigin + performance.now();
            for (const m of (element.textContent ?? '').matchAll(re)) if (!(m[0] in seen)) seen[m[0]] = now;
          };
          new MutationObserver((mutations) => {
            for (const m of mutations) {
              if (m.type === 'childList') {
                // The reading page swaps whole paragraphs in: look at what came, not at all of its parent.
                for (const node of m.addedNodes) look(node);
              } else {
                const element = m.target.nodeType === Node.TEXT_NODE ? m.target.parentElement : m.target;
                look(element?.closest?.('.para') ?? element ?? root);
              }
            }
          }).observe(root, { subtree: true, childList: true, characterData: true });
          look(root);
        }
        """;

    /// <summary>Each paragraph's id and shown text (without its number or the empty-paragraph placeholder), whitespace collapsed.</summary>
    private const string Shown = """
        () => [...document.querySelectorAll('.un-doc .para[id^="para-"]')].map((para) => {
          const text = para.querySelector(':scope > p.text');
          if (!text) return [para.id.slice(5), null];
          const copy = text.cloneNode(true);
          copy.querySelector('.marker')?.remove();
          copy.querySelector('.empty-text')?.remove(); // "(empty paragraph)": how the page shows an emptied one
          return [para.id.slice(5), copy.textContent.replace(/\s+/g, ' ').trim()];
        })
        """;

    public static async Task<WatcherPage> OpenAsync(IBrowser browser, Uri url, string sessionCookie, Guid draftId)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var (name, value) = (sessionCookie[..sessionCookie.IndexOf('=')], sessionCookie[(sessionCookie.IndexOf('=') + 1)..]);
        await context.AddCookiesAsync([new Cookie { Name = name, Value = value, Domain = url.Host, Path = "/" }]);
        var page = await context.NewPageAsync();
        // The page a delegate reading along gets (the drafts list links to it).
        await page.GotoAsync($"{url.AbsoluteUri.TrimEnd('/')}/drafts/{draftId}/read");
        await page.WaitForSelectorAsync(".un-doc .para", new PageWaitForSelectorOptions { Timeout = 60_000 });
        // Following once its stream said hello (and, if the page was behind, it fetched the document).
        await page.WaitForFunctionAsync("() => window.rdReading && window.rdReading.state() === 'live'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await page.EvaluateAsync(Observe);
        return new WatcherPage(context, page);
    }

    /// <summary>When each marker was first seen, in epoch milliseconds.</summary>
    public async Task<IReadOnlyDictionary<string, double>> SeenAsync() =>
        (await page.EvaluateAsync<Dictionary<string, double>>("() => window.__room.seen")) ?? [];

    /// <summary>How often the page missed a message and fetched the whole document (wwwroot/js/reading).</summary>
    public Task<int> RefetchesAsync() => page.EvaluateAsync<int>("() => window.rdReading.refetches()");

    /// <summary>Paragraph id to shown text; null text for a paragraph open in an editor.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> ShownTextAsync()
    {
        var pairs = await page.EvaluateAsync<JsonElement>(Shown);
        return pairs.EnumerateArray().ToDictionary(p => p[0].GetString()!, p => p[1].ValueKind == JsonValueKind.Null ? null : p[1].GetString());
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
    }
}
