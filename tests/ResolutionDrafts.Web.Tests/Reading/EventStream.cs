using System.Text;
using System.Text.Json;

namespace ResolutionDrafts.Web.Tests.Reading;

/// <summary>A reader's stream of Server-Sent Events, read as a browser's EventSource reads it (comments skipped).</summary>
internal sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IAsyncDisposable
{
    public HttpResponseMessage Response => response;

    /// <param name="accept">The Accept header, as a browser's EventSource sends it (text/event-stream) or none.</param>
    public static async Task<EventStream> OpenAsync(HttpClient client, string url, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        return new EventStream(response, reader);
    }

    /// <summary>The next event's name and data, or null when the server closed the stream.</summary>
    public async Task<(string Name, JsonElement Data)?> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        string? name = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await reader.ReadLineAsync(cancel.Token);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (name is not null || data.Length > 0)
                {
                    return (name ?? "message", JsonDocument.Parse(data.ToString()).RootElement.Clone());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }
    }

    /// <summary>The next event named <paramref name="name"/>, skipping others.</summary>
    public async Task<JsonElement> NextAsync(string name, TimeSpan? timeout = null)
    {
        while (true)
        {
            var next = await NextAsync(timeout) ?? throw new InvalidOperationException($"The stream ended before a \"{name}\" event.");
            if (next.Name == name)
            {
                return next.Data;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
