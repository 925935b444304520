using System.Net;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Operations;

/// <summary>
/// Issue 18: a node of several is ready only while Redis answers; Redis going away makes it unready
/// (not dead), and it is ready again when Redis is back, with no restart.
/// </summary>
[Trait("Needs", "redis")]
public sealed class RedisHealthTests
{
    [Fact]
    public async Task Ready_WhileRedisAnswers_Unready_WhenItIsAway_AndReadyAgain()
    {
        using var redis = TcpProxy.For(AppFactory.RedisServer ?? throw new InvalidOperationException("This test needs Redis: set RD_TEST_REDIS=host:port (scripts/test.sh starts one)."));
        await using var app = new AppFactory { Settings = { ["Redis:Configuration"] = $"127.0.0.1:{redis.Port}" } };
        var anonymous = app.CreateClient();
        await AssertEventuallyAsync(anonymous, HttpStatusCode.OK);
        var report = await anonymous.GetStringAsync("/api/health");
        Assert.Contains("\"redis\"", report, StringComparison.Ordinal);

        redis.Cut();
        await AssertEventuallyAsync(anonymous, HttpStatusCode.ServiceUnavailable);
        using (var live = await anonymous.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        redis.Restore();
        await AssertEventuallyAsync(anonymous, HttpStatusCode.OK);
    }

    private static async Task AssertEventuallyAsync(HttpClient client, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpStatusCode last;
        do
        {
            using var response = await client.GetAsync("/health/ready");
            last = response.StatusCode;
            if (last == expected)
            {
                return;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"/health/ready stayed {last}, expected {expected}.");
    }
}
