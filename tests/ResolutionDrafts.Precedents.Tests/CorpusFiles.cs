namespace ResolutionDrafts.Precedents.Tests;

/// <summary>The shared GA corpus (../shared/fixtures/corpus/ga beside the repository): sessions 75 and 76 in English and Chinese.</summary>
internal static class CorpusFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "corpus", "ga"));
            }
        }

        throw new InvalidOperationException("ResolutionDrafts.sln not found above the test directory.");
    });

    public static string Ga => Root.Value;

    /// <summary>A session's folder, e.g. "76-en".</summary>
    public static string Folder(string name) => Path.Combine(Root.Value, name);

    public static string[] Xml(string folder) => Directory.GetFiles(Folder(folder), "*.xml").Order(StringComparer.Ordinal).ToArray();

    /// <summary>A fresh SQLite file in the temp folder, deleted with its WAL files on dispose.</summary>
    public static TempDatabase NewDatabase() => new();
}
