using System.IO.Compression;
using ResolutionDrafts.Precedents.Reading;

namespace ResolutionDrafts.Precedents.Storage;

/// <summary>
/// The files an import reads: folders (recursively, in name order), single files, and zip archives
/// among them (their .xml entries; zips inside zips are not opened). Every file left out is
/// reported with the reason. Reading is lazy and bounded: an entry is unpacked only up to the limit
/// whatever its header claims, so a zip bomb costs at most one limit's worth of memory.
/// </summary>
internal static class CorpusSources
{
    /// <summary>One file to read: its name for the report ("a.zip!/75/A_RES_75_1.xml") and how to read it.</summary>
    public sealed record Source(string Name, Func<byte[]> Read);

    public static IEnumerable<Source> Of(IEnumerable<string> paths, CorpusImportLimits limits, List<SkippedFile> skipped)
    {
        foreach (var path in paths)
        {
            IEnumerable<string>? files = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : File.Exists(path) ? [path]
                : null;
            if (files is null)
            {
                skipped.Add(new SkippedFile(path, "no such file or folder"));
                continue;
            }

            foreach (var file in files)
            {
                if (file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var entry in Zip(file, limits, skipped))
                    {
                        yield return entry;
                    }
                }
                else if (file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    yield return new Source(file, () => ReadFile(file, limits));
                }
                else
                {
                    skipped.Add(new SkippedFile(file, "not an XML file"));
                }
            }
        }
    }

    private static IEnumerable<Source> Zip(string file, CorpusImportLimits limits, List<SkippedFile> skipped)
    {
        if (new FileInfo(file).Length > limits.MaxZipBytes)
        {
            skipped.Add(new SkippedFile(file, $"a zip larger than {limits.MaxZipBytes / 1024 / 1024} MB"));
            yield break;
        }

        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(file);
        }
        catch (InvalidDataException)
        {
            skipped.Add(new SkippedFile(file, "not a readable zip file"));
            yield break;
        }

        using (archive)
        {
            if (archive.Entries.Count > limits.MaxZipEntries)
            {
                skipped.Add(new SkippedFile(file, $"a zip of more than {limits.MaxZipEntries} files"));
                yield break;
            }

            var budget = new ZipBudget(limits.MaxZipTotalBytes);
            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var name = $"{file}!/{entry.FullName}";
                if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    skipped.Add(new SkippedFile(name, "not an XML file"));
                    continue;
                }

                yield return new Source(name, () => ReadEntry(entry, limits, budget));
            }
        }
    }

    private static byte[] ReadFile(string file, CorpusImportLimits limits)
    {
        if (new FileInfo(file).Length > limits.MaxFileBytes)
        {
            throw TooLarge(limits);
        }

        return File.ReadAllBytes(file);
    }

    private static byte[] ReadEntry(ZipArchiveEntry entry, CorpusImportLimits limits, ZipBudget budget)
    {
        if (budget.Spent)
        {
            throw new CorpusReadException($"the zip unpacks to more than {limits.MaxZipTotalBytes / 1024 / 1024} MB (a zip bomb?)");
        }

        try
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                copy.Write(buffer, 0, read);
                if (copy.Length > limits.MaxFileBytes)
                {
                    throw TooLarge(limits);
                }

                if (!budget.Take(read))
                {
                    throw new CorpusReadException($"the zip unpacks to more than {limits.MaxZipTotalBytes / 1024 / 1024} MB (a zip bomb?)");
                }
            }

            return copy.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new CorpusReadException($"a damaged zip entry ({e.Message.ReplaceLineEndings(" ")})");
        }
    }

    private static CorpusReadException TooLarge(CorpusImportLimits limits) => new($"larger than {limits.MaxFileBytes / 1024 / 1024} MB");

    /// <summary>The bytes a zip may still unpack to, across its entries.</summary>
    private sealed class ZipBudget(long total)
    {
        private long left = total;

        public bool Spent => left <= 0;

        public bool Take(long bytes)
        {
            left -= bytes;
            return left >= 0;
        }
    }
}
