namespace ResolutionDrafts.Benchmarks.HubLoad;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile of <paramref name="sortedMicros"/>, in milliseconds to 0.1; 0 when there are none.</summary>
    public static double Milliseconds(long[] sortedMicros, double percentile)
    {
        if (sortedMicros.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sortedMicros.Length);
        return Math.Round(sortedMicros[Math.Clamp(rank - 1, 0, sortedMicros.Length - 1)] / 1000.0, 1);
    }
}
