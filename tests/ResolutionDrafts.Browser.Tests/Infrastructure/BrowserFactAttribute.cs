namespace ResolutionDrafts.Browser.Tests.Infrastructure;

/// <summary>A test that needs Debian's Chromium; skipped, saying why, on a machine without it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Chromium is not installed at {ChromiumPath}; run scripts/install-prerequisites.sh (apt-get install chromium).";
        }
    }
}
