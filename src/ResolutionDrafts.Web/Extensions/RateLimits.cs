using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ResolutionDrafts.Web.Accounts;

namespace ResolutionDrafts.Web.Extensions;

/// <summary>
/// HTTP rate limits: per user for what signed-in users call (exports, uploads, the API), per
/// address for sign-in. Over the limit a request gets 429 with a plain "slow down" message. The
/// hub has its own per-connection and per-user buckets (Hubs/ConnectionRateLimit).
/// </summary>
internal static class RateLimits
{
    public const string PerUser = "per-user";
    public const string SignIn = "sign-in";
    public const string SignInPage = "/account/sign-in";

    private static readonly FixedWindowRateLimiterOptions SignInsPerAddress = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    public const string SlowDown = "Slow down: too many requests in a short time. Wait a few seconds and try again.";

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.RequestServices.GetRequiredService<ResolutionDrafts.Web.Operations.AppMetrics>().RateLimited("http");
                http.Response.Headers.RetryAfter = "5";
                if (HttpContractExtensions.IsApiOrHub(http.Request.Path))
                {
                    await HttpContractExtensions.WriteProblemAsync(http, StatusCodes.Status429TooManyRequests, SlowDown);
                    return;
                }

                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(SlowDown, ct);
            };
            // 60 at once, 20 a second, refilled by the clock the app's limits take (ResolutionDrafts.Web.Hubs.RateLimitClock).
            limiter.AddPolicy(PerUser, http => RateLimitPartition.Get(
                Actor.From(http.User)?.UserId ?? "ip:" + http.Connection.RemoteIpAddress,
                _ => new ResolutionDrafts.Web.Hubs.ClockedTokenBucket(60, 20, (http.RequestServices.GetService<ResolutionDrafts.Web.Hubs.RateLimitClock>() ?? ResolutionDrafts.Web.Hubs.RateLimitClock.System).Time)));
            limiter.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter("ip:" + http.Connection.RemoteIpAddress, _ => SignInsPerAddress));

            // The sign-in page's own form (a Razor component endpoint, which takes no policy of its
            // own): the same budget per address. Lockout protects each account; this slows guesses
            // spread over many accounts.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments(SignInPage)
                    ? RateLimitPartition.GetFixedWindowLimiter("form:" + http.Connection.RemoteIpAddress, _ => SignInsPerAddress)
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return builder;
    }
}
