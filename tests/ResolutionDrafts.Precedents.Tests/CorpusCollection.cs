namespace ResolutionDrafts.Precedents.Tests;

/// <summary>The search tests share one imported corpus.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "corpus";
}
