using ResolutionDrafts.Precedents.Search;
using ResolutionDrafts.Precedents.Storage;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>
/// The whole shared corpus (1,281 files, English and Chinese) imported once into a SQLite file and
/// indexed, shared by the search tests: the index they query is the one a user gets.
/// </summary>
public sealed class CorpusFixture : IDisposable
{
    private readonly TempDatabase file = CorpusFiles.NewDatabase();

    public CorpusFixture()
    {
        Database = CorpusDatabase.Open(file.Path);
        Report = CorpusImporter.Import(Database, [CorpusFiles.Ga]);
        Precedents = Database.Precedents();
        Index = PrecedentIndex.Build(Precedents);
    }

    public CorpusDatabase Database { get; }

    public CorpusImportReport Report { get; }

    public IReadOnlyList<Precedent> Precedents { get; }

    public PrecedentIndex Index { get; }

    public void Dispose()
    {
        Database.Dispose();
        file.Dispose();
    }
}
