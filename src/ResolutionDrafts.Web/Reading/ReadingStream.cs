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
/// </summary>
public sealed class ReadingStream(ReadingBroadcasts broadcasts, IDraftAccess access, SignInCheck signIns, IOptions<ReadingOptions> options, IHostApplicationLifetime host)
{
    private static readonly TimeSpan AccessInterval = TimeSpan.FromSeconds(1);

    public async Task<IResult> RunAsync(HttpContext http, Guid draftId)
    {
        var aborted = http.RequestAborted;
        if (await access.ForAsync(http.User, draftId, aborted) is null)
        {
            return Results.Problem("There is no such draft, or you are not a member of it.", statusCode: StatusCodes.Status404NotFound);
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
