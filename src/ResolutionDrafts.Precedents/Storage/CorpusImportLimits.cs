namespace ResolutionDrafts.Precedents.Storage;

/// <summary>
/// What an import reads at most, so a hostile or mistaken upload (a 200 MB zip, a zip bomb, a
/// folder of videos) is skipped and reported instead of filling memory or disk.
/// </summary>
/// <param name="MaxFileBytes">One resolution file, inside a zip or not (the UN's largest are a few MB).</param>
/// <param name="MaxZipBytes">A zip file as stored.</param>
/// <param name="MaxZipEntries">Files in one zip.</param>
/// <param name="MaxZipTotalBytes">All a zip's files once unpacked.</param>
public sealed record CorpusImportLimits(
    long MaxFileBytes = 20L * 1024 * 1024,
    long MaxZipBytes = 100L * 1024 * 1024,
    int MaxZipEntries = 20_000,
    long MaxZipTotalBytes = 1024L * 1024 * 1024)
{
    public static CorpusImportLimits Default { get; } = new();
}
