namespace ResolutionDrafts.Precedents.Tests;

/// <summary>A folder of files to import, and a corpus database to import them into; both deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rd-corpus-").FullName;

    public TempDatabase Database { get; } = CorpusFiles.NewDatabase();

    /// <summary>Copies files of the shared corpus into the folder.</summary>
    public void Add(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        Database.Dispose();
        Directory.Delete(Path, recursive: true);
    }
}
