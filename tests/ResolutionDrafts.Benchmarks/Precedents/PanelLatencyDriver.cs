using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using ResolutionDrafts.Benchmarks.Browser;
using static ResolutionDrafts.Benchmarks.Browser.DraftPageInChromium;

namespace ResolutionDrafts.Benchmarks.Precedents;

/// <summary>
/// `-- panel-latency --url URL [--user secretariat] [--password demo-password] [--draft A/80/L.6]
/// [--paragraph pp2] [--runs 30] [--chromium /usr/bin/chromium]`: the agreed-language panel's
/// end-to-end latency in a real browser (issue 20's target: under 150 ms after the typist pauses).
/// Against a running app with a corpus (e.g. `--demo`, which loads the demo set), it signs in in
/// Chromium, opens the paragraph's live editor, and for each run clears it and types a query — the
/// start of one of the draft's own paragraphs with one word changed, as a delegate adapting agreed
/// language would — pausing after the last key. The time measured, in the page, runs from that last
/// keydown to the panel showing hits for the whole typed text (its data-searched length equals the
/// text's): the keystroke's trip to the server, the pause the panel waits for (80 ms), the search,
/// and the render's trip back. Prints one JSON line with p50/p95/p99/max and the runs.
/// </summary>
public static class PanelLatencyDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = (Option(args, "--url") ?? throw new ArgumentException("--url http://127.0.0.1:PORT is required (a running app with a corpus)")).TrimEnd('/');
        var user = Option(args, "--user") ?? "secretariat";
        var password = Option(args, "--password") ?? "demo-password";
        var symbol = Option(args, "--draft") ?? "A/80/L.6";
        var paragraph = Option(args, "--paragraph") ?? "pp2";
        var runs = int.Parse(Option(args, "--runs") ?? "30", CultureInfo.InvariantCulture);
        var chromium = Option(args, "--chromium") ?? "/usr/bin/chromium";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await DraftPageInChromium.OpenAsync(browser, url, user, password, symbol, paragraph);

        // The queries: every paragraph of the draft, cut to 12–20 words, one word in the middle changed.
        var texts = await page.Locator("[id^='para-'] > p.text").AllInnerTextsAsync();
        var queries = texts.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 8)
            .Select((w, i) =>
            {
                var words = w.Skip(w[0].EndsWith('.') ? 1 : 0).Take(12 + (i % 9)).ToArray();
                words[words.Length / 2] = "notably";
                return string.Join(' ', words);
            }).ToList();
        if (queries.Count == 0)
        {
            throw new InvalidOperationException($"The draft {symbol} has no paragraph of eight words or more to type.");
        }

        var editor = await DraftPageInChromium.EditAsync(page, paragraph);
        var original = await editor.InputValueAsync();

        var times = new List<double>();
        var found = 0;
        for (var run = 0; run < runs; run++)
        {
            var query = queries[run % queries.Count];
            await editor.FillAsync("");
            await editor.PressSequentiallyAsync(query[..^1], new() { Delay = 15 });
            // Armed in the page: the clock starts at the last key's keydown, stops when the panel shows hits for the whole text.
            var measuring = page.EvaluateAsync<JsonElement>(
                """
                ([id, length]) => new Promise((resolve) => {
                  let start = 0;
                  // On the document, not the text box: a render of the paragraph may give it a new box before the key.
                  document.addEventListener("keydown", () => { start = performance.now(); }, { once: true, capture: true });
                  const limit = performance.now() + 10000;
                  const poll = () => {
                    const panel = document.querySelector(`#para-${id} [data-precedent-panel]`);
                    if (start > 0 && panel && Number(panel.dataset.searched) === length) {
                      resolve({ ms: performance.now() - start, hits: panel.querySelectorAll("[data-precedent-hit]").length });
                    } else if (performance.now() > limit) {
                      resolve({ ms: -1, hits: 0 });
                    } else {
                      requestAnimationFrame(poll);
                    }
                  };
                  requestAnimationFrame(poll);
                })
                """,
                new object[] { paragraph, query.Length });
            await editor.PressAsync(query[^1..]);
            var result = await measuring;
            var ms = result.GetProperty("ms").GetDouble();
            if (ms < 0)
            {
                var typed = await editor.InputValueAsync();
                var searched = await page.Locator($"#para-{paragraph} [data-precedent-panel]").GetAttributeAsync("data-searched");
                // What the live client told the typist (a refusal and a reload say here why keystrokes went).
                var notices = await page.EvaluateAsync<string[]>("() => window.rdLive.notices()");
                Console.Error.WriteLine($"run {run}: the panel did not catch up within 10 s (query {query.Length} characters, the box holds {typed.Length}, the panel searched {searched}); the live client's notices: {(notices.Length == 0 ? "none" : string.Join(" | ", notices))}");
                continue;
            }

            times.Add(ms);
            found += result.GetProperty("hits").GetInt32() > 0 ? 1 : 0;
        }

        // Leave the paragraph as it was.
        await editor.FillAsync(original);
        await page.WaitForTimeoutAsync(500);
        times.Sort();
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            runs = times.Count,
            withHits = found,
            p50 = Percentile(times, 0.50),
            p95 = Percentile(times, 0.95),
            p99 = Percentile(times, 0.99),
            max = times.Count == 0 ? 0 : Math.Round(times[^1], 1),
            ms = times.Select(t => Math.Round(t, 1)),
        }));
        return times.Count == runs ? 0 : 1;
    }
}
