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

    /// <summary>Posts the form and follows the 303 to the download, as the browser does.</summary>
    public static async Task<HttpResponseMessage> PrintAsync(HttpClient client, Guid revisionId, string job, bool footerSymbol = true, string? distribution = null)
    {
        var posted = await PostAsync(client, revisionId, job, footerSymbol, distribution);
        if ((int)posted.StatusCode != 303)
        {
            return posted;
        }

        return await client.GetAsync(posted.Headers.Location!);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
