using Microsoft.Playwright;

namespace ResolutionDrafts.Benchmarks.Browser;

/// <summary>
/// What the browser drivers (panel-latency, key-to-paint) share: their options, and a draft's page opened in Chromium as a
/// signed-in user, ready to type in — the drafts list opens a draft's reading page (ADR 0017), the typist works on the
/// draft page.
/// </summary>
public static class DraftPageInChromium
{
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);

    public static async Task<IPage> OpenAsync(IBrowser browser, string url, string user, string password, string symbol, string paragraph)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        await page.GotoAsync($"{url}/account/sign-in");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("sign-in", StringComparison.Ordinal));
        var href = await page.GetByRole(AriaRole.Link, new() { Name = symbol, Exact = true }).First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException($"The drafts list has no link to {symbol}.");
        await page.GotoAsync(new Uri(new Uri(url + "/"), href.EndsWith("/read", StringComparison.Ordinal) ? href[..^"/read".Length] : href).AbsoluteUri);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('[data-interactive=\"true\"]') !== null");
        await page.Locator($"#para-{paragraph} > p.text").WaitForAsync();
        return page;
    }

    /// <summary>Opens the paragraph's live editor and waits for its text.</summary>
    public static async Task<ILocator> EditAsync(IPage page, string paragraph)
    {
        await page.HoverAsync($"#para-{paragraph}");
        await page.ClickAsync($"#para-{paragraph} button[title='Edit the text']");
        await page.WaitForFunctionAsync($"() => document.querySelector('#para-{paragraph} textarea.live-text')?.value.length > 0");
        return page.Locator($"#para-{paragraph} textarea.live-text");
    }
}
