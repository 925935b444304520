using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using ResolutionDrafts.Benchmarks.Browser;
using static ResolutionDrafts.Benchmarks.Browser.DraftPageInChromium;

namespace ResolutionDrafts.Benchmarks.Typing;

/// <summary>
/// `-- key-to-paint --url URL [--user secretariat] [--password demo-password] [--draft A/80/L.6]
/// [--paragraph pp2] [--keys 300] [--pace 80] [--chromium /usr/bin/chromium]`: how long the page takes,
/// for each key a typist presses in a paragraph's live editor, from the key to the next frame painted
/// with it — the page's own cost of a keystroke (the live client, the agreed-language panel, Blazor's
/// renders coming back), as a delegate's laptop feels it. Against a running app, it signs in in
/// Chromium, opens the paragraph's live editor and types the draft's own words at the given pace (ms
/// between keys, 80 ≈ a fast typist), then leaves the paragraph as it found it.
///
/// Measured in the page, per key: from the keydown's own time stamp (when the browser received the key,
/// so a busy main thread's delay counts) to the first frame after it, plus the main thread's work after
/// that frame (a task posted from the frame callback runs after paint). Also the long tasks (over 50 ms)
/// while typing, and whether the box holds every key typed (a character no keyboard key gives is
/// inserted with no keydown and not timed: `notTimed`). Prints one JSON line: keys, the pace
/// achieved, p50/p95/p99/max (ms), keys over 50 and 100 ms, long tasks and their total, lost keys.
/// </summary>
public static class KeyToPaintDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = (Option(args, "--url") ?? throw new ArgumentException("--url http://127.0.0.1:PORT is required (a running app)")).TrimEnd('/');
        var user = Option(args, "--user") ?? "secretariat";
        var password = Option(args, "--password") ?? "demo-password";
        var symbol = Option(args, "--draft") ?? "A/80/L.6";
        var paragraph = Option(args, "--paragraph") ?? "pp2";
        var keys = int.Parse(Option(args, "--keys") ?? "300", CultureInfo.InvariantCulture);
        var pace = int.Parse(Option(args, "--pace") ?? "80", CultureInfo.InvariantCulture);
        var chromium = Option(args, "--chromium") ?? "/usr/bin/chromium";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await DraftPageInChromium.OpenAsync(browser, url, user, password, symbol, paragraph);

        // What is typed: the draft's own words, as a delegate drafting in the same language would.
        var texts = await page.Locator("[id^='para-'] > p.text").AllInnerTextsAsync();
        var words = string.Join(' ', texts).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            throw new InvalidOperationException($"The draft {symbol} has no text to type.");
        }

        var typed = new System.Text.StringBuilder();
        for (var i = 0; typed.Length < keys; i++)
        {
            typed.Append(' ').Append(words[i % words.Length]);
        }

        var text = typed.ToString(0, keys);

        var editor = await DraftPageInChromium.EditAsync(page, paragraph);
        var original = await editor.InputValueAsync();
        await editor.FocusAsync();
        await editor.PressAsync("End");
        await page.WaitForTimeoutAsync(1000);

        // Armed on the document (a render may give the paragraph a new box): each keydown's time to the
        // frame after it and the work after that frame; long tasks over the whole typing.
        await page.EvaluateAsync(
            """
            () => {
              const m = { times: [], downs: [], longTasks: [] };
              window.__keyToPaint = m;
              document.addEventListener("keydown", (e) => {
                const start = e.timeStamp;
                m.downs.push(start);
                requestAnimationFrame(() => {
                  const channel = new MessageChannel();
                  channel.port1.onmessage = () => m.times.push(performance.now() - start);
                  channel.port2.postMessage(0);
                });
              }, { capture: true });
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) m.longTasks.push(entry.duration);
              }).observe({ type: "longtask" });
            }
            """);

        await editor.PressSequentiallyAsync(text, new() { Delay = pace });
        await page.WaitForTimeoutAsync(1500);
        var result = await page.EvaluateAsync<JsonElement>("() => window.__keyToPaint");
        var box = await editor.InputValueAsync();

        // Leave the paragraph as it was.
        await editor.FillAsync(original);
        await page.WaitForTimeoutAsync(1000);

        var times = result.GetProperty("times").EnumerateArray().Select(t => t.GetDouble()).Order().ToList();
        var downs = result.GetProperty("downs").EnumerateArray().Select(t => t.GetDouble()).ToList();
        var longTasks = result.GetProperty("longTasks").EnumerateArray().Select(t => t.GetDouble()).ToList();
        var lost = box.EndsWith(text, StringComparison.Ordinal) ? 0 : Math.Max(1, original.Length + text.Length - box.Length);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            keys = times.Count,
            // Characters a keyboard does not have (’, é …) are inserted with no keydown, so not timed.
            notTimed = keys - downs.Count,
            paceAskedMs = pace,
            paceMs = downs.Count < 2 ? 0 : Math.Round((downs[^1] - downs[0]) / (downs.Count - 1), 1),
            p50 = Percentile(times, 0.50),
            p95 = Percentile(times, 0.95),
            p99 = Percentile(times, 0.99),
            max = times.Count == 0 ? 0 : Math.Round(times[^1], 1),
            over50 = times.Count(t => t > 50),
            over100 = times.Count(t => t > 100),
            longTasks = longTasks.Count,
            longTaskMs = Math.Round(longTasks.Sum(), 0),
            lostKeys = lost,
        }));
        if (lost > 0)
        {
            Console.Error.WriteLine($"The box does not end with what was typed ({text.Length} keys typed; it holds {box.Length} characters, {original.Length} before).");
        }

        return lost == 0 && times.Count == downs.Count ? 0 : 1;
    }
}
