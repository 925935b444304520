namespace ResolutionDrafts.Browser.Tests;

/// <summary>
/// The tests that use the one cluster of scripts/test.sh (RD_TEST_CLUSTER) run one after another:
/// one of them SIGKILLs a node, which a test running beside it would find dead.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "The cluster";
}
