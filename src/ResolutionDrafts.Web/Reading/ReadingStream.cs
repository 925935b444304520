using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ResolutionDrafts.Web.Access;
using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// One reader's stream of a draft's printed changes (Server-Sent Events, GET /drafts/{id}/read/stream).
/// Before every message it asks whether the sign-in still stands (<see cref="SignInCheck"/>, as the
/// hub does for each call) and, after a change of members and at least every second, whether the
/// reader is still a member; if not, it says why in an <c>ended</c> message and closes.
/// A user holds at most <see cref="ReadingOptions.StreamsPerUser"/> streams on this node
/// (<see cref="ReadingStreamLimit"/>): the next is refused, to a browser's EventSource as an
/// <c>ended</c> message it shows (an EventSource cannot read a refusal's body), to anything else as 429.
/// </summary>
public sealed class ReadingStream(
    ReadingBroadcasts broadcasts, IDraftAccess access, SignInCheck signIns, ReadingStreamLimit limit, Operations.AppMetrics metrics, IOptions<ReadingOptions> options, IHostApplicationLifetime host)
{
    private static readonly TimeSpan AccessInterval = TimeSpan.FromSeconds(1);

    public async Task<IResult> RunAsync(HttpContext http, Guid draftId)
    {
        var aborted = http.RequestAborted;
        if (await access.ForAsync(http.User, draftId, aborted) is null)
        {
            return Results.Problem("There is no such draft, or you are not a member of it.", statusCode: StatusCodes.Status404NotFound);
        }

        using var hold = limit.TryOpen(Actor.From(http.User)?.UserId ?? "");
        if (hold is null)
        {
            metrics.RateLimited("reading-streams");
            return Refused(http);
        }

        using var lease = await broadcasts.AcquireAsync(draftId, aborted);
        if (lease is null)
        {
            return Results.Problem("There is no such draft, or you are not a member of it.", statusCode: StatusCodes.Status404NotFound);
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(aborted, host.ApplicationStopping);
        var token = stopping.Token;
        var reader = lease.Broadcast.Subscribe(out var unsubscribe);
        try
        {
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache, no-store";
            http.Response.Headers["X-Accel-Buffering"] = "no"; // nginx: pass each message on at once
            http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            await http.Response.StartAsync(token);

            var checkedEpoch = lease.Broadcast.MembersEpoch;
            var accessCheckedAt = DateTime.UtcNow;
            Task<bool>? waiting = null;
            var heartbeat = Task.Delay(options.Value.Heartbeat, token);
            while (!token.IsCancellationRequested)
            {
                waiting ??= reader.WaitToReadAsync(token).AsTask();
                if (await Task.WhenAny(waiting, heartbeat) == heartbeat)
                {
                    heartbeat = Task.Delay(options.Value.Heartbeat, token);
                    if (await EndedAsync(http, draftId, force: true) is { } why)
                    {
                        await http.Response.Body.WriteAsync(ReadingMessages.Ended(why), token);
                        break;
                    }

                    await http.Response.Body.WriteAsync(ReadingMessages.KeepAlive, token);
                    await http.Response.Body.FlushAsync(token);
                    continue;
                }

                if (!await waiting)
                {
                    break; // the broadcast closed (the app is stopping)
                }

                waiting = null;
                var epoch = lease.Broadcast.MembersEpoch;
                var recheck = epoch != checkedEpoch || DateTime.UtcNow - accessCheckedAt >= AccessInterval;
                if (await EndedAsync(http, draftId, recheck) is { } reason)
                {
                    await http.Response.Body.WriteAsync(ReadingMessages.Ended(reason), token);
                    break;
                }

                if (recheck)
                {
                    (checkedEpoch, accessCheckedAt) = (epoch, DateTime.UtcNow);
                }

                while (reader.TryRead(out var message))
                {
                    await http.Response.Body.WriteAsync(message, token);
                }

                await http.Response.Body.FlushAsync(token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The reader left, or the app is stopping.
        }
        finally
        {
            unsubscribe();
        }

        return Results.Empty;
    }

    /// <summary>
    /// Too many streams: a browser's EventSource gets a stream of one <c>ended</c> message, which the
    /// page shows (and closes its EventSource on), with a long <c>retry</c> for any other EventSource;
    /// anything else a 429 with the same sentence.
    /// </summary>
    private IResult Refused(HttpContext http)
    {
        if (!http.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(limit.Refusal, statusCode: StatusCodes.Status429TooManyRequests);
        }

        http.Response.Headers.CacheControl = "no-cache, no-store";
        return Results.Stream(
            async body =>
            {
                // An EventSource that does not close on "ended" (not the page's) tries again in a minute, not in three seconds.
                await body.WriteAsync("retry: 60000\n\n"u8.ToArray());
                await body.WriteAsync(ReadingMessages.Ended(limit.Refusal, "too-many-streams"));
            },
            "text/event-stream");
    }

    /// <summary>Why the stream must end now, or null while the reader may go on reading.</summary>
    private async Task<string?> EndedAsync(HttpContext http, Guid draftId, bool force)
    {
        if (!await signIns.IsCurrentAsync(http.User, http.RequestAborted))
        {
            return "Your sign-in has ended. Sign in again to go on reading.";
        }

        return force && await access.ForAsync(http.User, draftId, http.RequestAborted) is null
            ? "You are no longer a member of this draft."
            : null;
    }
}
