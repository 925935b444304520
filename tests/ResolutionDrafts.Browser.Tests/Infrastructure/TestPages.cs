using System.Reflection;
using Microsoft.Playwright;
using Xunit.Sdk;

[assembly: ResolutionDrafts.Browser.Tests.Infrastructure.ClosePagesAfterEachTest]

namespace ResolutionDrafts.Browser.Tests.Infrastructure;

/// <summary>
/// Closes the browser contexts a test opened (<see cref="LiveApp.NewPageAsync"/>) when the test ends. Left open, every
/// page of every earlier test of a class stayed live until the class ended — its Blazor circuit, its live connection,
/// its reading stream — and was sent, and re-rendered, every change the later tests made to the same demo draft: most of
/// the Browser project's CPU was pages no test looked at any more (docs/benchmarks.md, "What the test run costs").
/// Set on the assembly, so a new test class needs nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ClosePagesAfterEachTestAttribute : BeforeAfterTestAttribute
{
    private static readonly AsyncLocal<TestPages?> Running = new();

    /// <summary>The pages of the test running on this flow; null outside a test (a fixture's own start, say).</summary>
    internal static TestPages? Current => Running.Value;

    public override void Before(MethodInfo methodUnderTest) => Running.Value = new TestPages();

    public override void After(MethodInfo methodUnderTest)
    {
        var pages = Running.Value;
        Running.Value = null;
        // Waited for on the thread pool (CloseAsync runs there): Playwright's continuations must not queue behind
        // xUnit's test threads, blocked here. A close that hangs does not hold the run: the browser goes at the class's end.
        pages?.CloseAsync().Wait(TimeSpan.FromSeconds(30));
    }
}

/// <summary>The browser contexts one test opened.</summary>
internal sealed class TestPages
{
    private readonly List<IBrowserContext> contexts = [];

    public int Count
    {
        get
        {
            lock (contexts)
            {
                return contexts.Count;
            }
        }
    }

    public void Add(IBrowserContext context)
    {
        lock (contexts)
        {
            contexts.Add(context);
        }
    }

    public Task CloseAsync()
    {
        IBrowserContext[] open;
        lock (contexts)
        {
            open = [.. contexts];
            contexts.Clear();
        }

        return Task.Run(() => Task.WhenAll(open.Select(CloseQuietlyAsync)));
    }

    /// <summary>Closes a context; one the test closed itself, or of a browser already gone, is no error.</summary>
    public static async Task CloseQuietlyAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or ObjectDisposedException)
        {
        }
    }
}
