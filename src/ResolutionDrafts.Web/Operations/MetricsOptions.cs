namespace ResolutionDrafts.Web.Operations;

/// <summary>Bound from the "Metrics" configuration section: who may read /metrics.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Requests from this machine (a Prometheus or an agent beside the app) may read /metrics.</summary>
    public bool AllowLoopback { get; set; } = true;

    /// <summary>Signed-in administrators may read /metrics from anywhere.</summary>
    public bool AllowAdministrators { get; set; } = true;

    /// <summary>More addresses that may read /metrics without signing in (a Prometheus server on another host).</summary>
    public string[] AllowedAddresses { get; set; } = [];
}
