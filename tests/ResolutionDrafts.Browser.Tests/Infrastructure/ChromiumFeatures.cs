using System.Text.RegularExpressions;

namespace ResolutionDrafts.Browser.Tests.Infrastructure;

/// <summary>
/// The <c>--disable-features</c> switch Chromium is launched with: Playwright's own list and the browser's address-bar
/// popup, which headless Chromium (a full browser since Chromium 132) otherwise builds as a WebUI page in a renderer of
/// its own for every browser context — 1.2 s of a core per context here, a third of what a test's signed-in page cost,
/// for a window no test can see (docs/benchmarks.md, "What the test run costs"). The pages under test are untouched.
/// Chromium keeps only the last <c>--disable-features</c> it is given, so Playwright's list (read from its driver, which
/// writes it) is repeated in ours; where it cannot be read, no switch is added and Chromium starts as Playwright starts it.
/// </summary>
public static partial class ChromiumFeatures
{
    /// <summary>The browser's own WebUI that no page under test uses: the address bar's popups and their preloading.</summary>
    public static readonly IReadOnlyList<string> BrowserUiNotNeeded = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup", "PreloadTopChromeWebUI"];

    private static readonly Lazy<string?> Switch = new(Build);

    /// <summary>Playwright's disabled features and <see cref="BrowserUiNotNeeded"/>, as one switch; null when Playwright's were not found.</summary>
    public static string? DisableFeaturesSwitch => Switch.Value;

    /// <summary>The features Playwright's driver disables, as its source lists them (<c>disabledFeatures = [ … ]</c>).</summary>
    public static IReadOnlyList<string> PlaywrightsOwn(string driverSource)
    {
        var list = DisabledFeaturesList().Match(driverSource);
        return list.Success ? [.. QuotedName().Matches(list.Groups["list"].Value).Select(m => m.Groups["name"].Value)] : [];
    }

    private static string? Build()
    {
        var driver = Path.Combine(AppContext.BaseDirectory, ".playwright", "package", "lib");
        if (!Directory.Exists(driver))
        {
            return null;
        }

        foreach (var file in Directory.EnumerateFiles(driver, "*.js", SearchOption.AllDirectories))
        {
            var own = PlaywrightsOwn(File.ReadAllText(file));
            if (own.Count > 0)
            {
                return "--disable-features=" + string.Join(",", own.Concat(BrowserUiNotNeeded).Distinct());
            }
        }

        return null;
    }

    [GeneratedRegex(@"disabledFeatures\s*=\s*\[(?<list>[^\]]*)\]")]
    private static partial Regex DisabledFeaturesList();

    [GeneratedRegex(@"[""'](?<name>[A-Za-z0-9_]+)[""']")]
    private static partial Regex QuotedName();
}
