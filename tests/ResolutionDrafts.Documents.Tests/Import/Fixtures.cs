using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>The shared UN fixtures (../shared/fixtures beside the repository) and helpers to import them.</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures"));
            }
        }

        throw new InvalidOperationException("ResolutionDrafts.sln not found above the test directory.");
    });

    public static string Path_(string folder, string file) => Path.Combine(Root.Value, folder, file);

    public static byte[] Bytes(string folder, string file) => File.ReadAllBytes(Path_(folder, file));

    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.GetFiles(Path.Combine(Root.Value, folder), pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static Draft Import(string folder, string file, ImportOptions? options = null)
    {
        var result = DraftImporter.Import(Bytes(folder, file), options);
        Assert.True(result.IsSuccess, $"{file}: {result.Error}");
        return result.Draft!;
    }

    public static int Count(Draft draft, ParagraphKind kind) => draft.Paragraphs.Count(p => p.Kind == kind);

    public static int SubParagraphs(Draft draft) => draft.AllNodes().Count() - draft.Paragraphs.Count;

    /// <summary>All text a reader sees as paragraphs: paragraph and sub-paragraph texts and headings.</summary>
    public static IEnumerable<string> Texts(Draft draft) =>
        draft.AllNodes().Select(n => n.Text).Concat(draft.Paragraphs.Select(p => p.Heading).OfType<string>());
}
