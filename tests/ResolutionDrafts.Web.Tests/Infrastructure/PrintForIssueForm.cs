using System.Text.RegularExpressions;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// Submits the revision page's "Print for issue" form as a browser does: its anti-forgery token read
/// from the page the user sees (the form's, or the sign-out form's for a user shown no print form),
/// the fields posted. The client does not follow redirects, so the 303 and its Location can be checked.
/// </summary>
internal static partial class PrintForIssueForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid revisionId, string job, bool footerSymbol = true, string? distribution = null, bool withToken = true)
    {
        var page = await client.GetStringAsync($"/revisions/{revisionId}");
        var fields = new Dictionary<string, string> { ["job"] = job };
        if (withToken)
        {
            fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        }

        if (footerSymbol)
        {
            fields["footerSymbol"] = "true";
        }

        if (distribution is not null)
        {
            fields["distribution"] = distribution;
        }

        return await client.PostAsync($"/revisions/{revisionId}/print-for-issue", new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// Posts the form, follows the 303 back to the revision's page as the browser does, and downloads
    /// the DOCX from the link the page then offers; a refusal (anything but a 303 to the page that
    /// offers the link) is returned as it came.
    /// </summary>
    public static async Task<HttpResponseMessage> PrintAsync(HttpClient client, Guid revisionId, string job, bool footerSymbol = true, string? distribution = null)
    {
        var posted = await PostAsync(client, revisionId, job, footerSymbol, distribution);
        if ((int)posted.StatusCode != 303)
        {
            return posted;
        }

        var page = await client.GetStringAsync(posted.Headers.Location!);
        var link = DownloadLink().Match(page);
        return link.Success ? await client.GetAsync("/" + System.Net.WebUtility.HtmlDecode(link.Groups[1].Value)) : posted;
    }

    /// <summary>The download link the page offers once the number is stored.</summary>
    public static string? DownloadOn(string page) =>
        DownloadLink().Match(page) is { Success: true } link ? "/" + System.Net.WebUtility.HtmlDecode(link.Groups[1].Value) : null;

    [GeneratedRegex("data-testid=\"print-download\"[^>]*href=\"([^\"]+)\"")]
    private static partial Regex DownloadLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
