namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>
/// Thousands of random concurrent schedules of 2 to 8 clients (text and structure operations,
/// out-of-order delivery, duplicate resends, reconnects, server restarts): every client ends with
/// the server's draft, every submission is in the log exactly once, and the log replays to it.
/// </summary>
public sealed class CollaborationPropertyTests
{
    [Fact]
    public void Simulation_RandomSchedules_ConvergeAndLoseNothing()
    {
        var counts = new Dictionary<string, int>();
        for (var schedule = 0; schedule < 2_000; schedule++)
        {
            var seed = 6_000 + schedule;
            var clientCount = 2 + (schedule % 7);
            var simulation = new CollaborationSimulation(seed, clientCount);

            simulation.Run(steps: 60 + (schedule % 5) * 40);
            simulation.Settle();

            simulation.AssertConvergedAndNothingLost($"seed {seed}, {clientCount} clients");
            foreach (var (what, count) in simulation.Counts)
            {
                counts[what] = counts.GetValueOrDefault(what) + count;
            }
        }

        // The schedules must actually reach the hard cases, or passing proves little.
        string[] required =
        [
            "Duplicate", "Stale", "dropped", "batch", "from a dropped connection",
            "acked by ack", "acked by own operation", "reconnect with pending", "restart",
        ];
        foreach (var what in required)
        {
            Assert.True(counts.GetValueOrDefault(what) >= 50, $"only {counts.GetValueOrDefault(what)} × {what}: {string.Join(", ", counts)}");
        }
    }
}
