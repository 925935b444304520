using System.Net.Http.Json;
using System.Text.Json;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Benchmarks.HubLoad;

/// <summary>
/// The app's drafts API as the load driver uses it, signed in like any user: create a draft, make
/// the load users members, read it back verbatim, its change log and the app's memory.
/// </summary>
public sealed class DraftApiClient(Uri baseUrl) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient http = new() { BaseAddress = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Signs this client in; returns the session cookie ("rd.session=…") for hub connections of the same user.</summary>
    public async Task<string> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/sign-in", new { userName, password }, Json, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"{userName} could not sign in ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}. " +
                "Start the app with --demo for the demo users, or pass --user and --password.");
        }

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rd.session=", StringComparison.Ordinal));
        cookie = cookie[..cookie.IndexOf(';')];
        http.DefaultRequestHeaders.Remove("Cookie");
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return cookie;
    }

    /// <summary>As the secretariat: makes <paramref name="userName"/> a delegation member and lets delegations edit directly.</summary>
    public async Task AddEditorAsync(Guid draftId, string userName, CancellationToken cancellationToken)
    {
        (await PoliteAsync(() => http.PutAsJsonAsync($"api/drafts/{draftId}/members/{Uri.EscapeDataString(userName)}", new { role = "Delegation" }, Json, cancellationToken), cancellationToken)).EnsureSuccessStatusCode();
        (await PoliteAsync(() => http.PutAsJsonAsync($"api/drafts/{draftId}/direct-editing", new { open = true }, Json, cancellationToken), cancellationToken)).EnsureSuccessStatusCode();
    }

    /// <summary>As the secretariat: gives <paramref name="userName"/> a role in the draft (Observer, Editor, Delegation, Secretariat).</summary>
    public async Task AddMemberAsync(Guid draftId, string userName, string role, CancellationToken cancellationToken) =>
        (await PoliteAsync(() => http.PutAsJsonAsync($"api/drafts/{draftId}/members/{Uri.EscapeDataString(userName)}", new { role }, Json, cancellationToken), cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>The demo draft A/80/L.6, embedded from src/ResolutionDrafts.Web/DemoData so the driver runs from anywhere.</summary>
    public static string DemoDraftJson()
    {
        using var stream = typeof(DraftApiClient).Assembly.GetManifestResourceStream("demo-draft.json")
            ?? throw new InvalidOperationException("The demo draft is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async Task<Guid> CreateAsync(string draftJson, CancellationToken cancellationToken)
    {
        using var response = await PoliteAsync(
            () => http.PostAsync("api/drafts", new StringContent(draftJson, System.Text.Encoding.UTF8, "application/json"), cancellationToken), cancellationToken);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Sends a request again after the wait a 429 asks for (the app limits each user's requests; a
    /// conference-shaped run sets up many drafts as one user), at most ten times.
    /// </summary>
    private static async Task<HttpResponseMessage> PoliteAsync(Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await send();
            if (response.StatusCode != System.Net.HttpStatusCode.TooManyRequests || attempt == 10)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    /// <summary>The server's live draft, read verbatim (live text may end in a space or be empty).</summary>
    public async Task<Draft> DraftAsync(Guid draftId, CancellationToken cancellationToken)
    {
        var json = await http.GetStringAsync($"api/drafts/{draftId}", cancellationToken);
        var draft = DraftJson.DeserializeVerbatim(json);
        return draft.IsSuccess ? draft.Value! : throw new InvalidDataException($"The server's draft cannot be read: {draft.Error}");
    }

    public async Task<IReadOnlyList<LogEntry>> LogAsync(Guid draftId, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<LogEntry>>($"api/drafts/{draftId}/log", Json, cancellationToken)
            ?? throw new InvalidDataException("The change log came back empty.");

    /// <summary>The app's resident memory in MB, or null while it does not answer.</summary>
    public async Task<double?> RssMbAsync(CancellationToken cancellationToken)
    {
        try
        {
            var health = await http.GetFromJsonAsync<JsonElement>("api/health", Json, cancellationToken);
            return health.GetProperty("rssMb").GetDouble();
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    public void Dispose() => http.Dispose();
}
