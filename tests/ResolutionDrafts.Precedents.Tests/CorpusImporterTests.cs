using System.IO.Compression;
using Microsoft.Data.Sqlite;
using ResolutionDrafts.Precedents.Storage;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>Importing a folder that holds more than resolutions: what is skipped is reported, nothing is half-imported.</summary>
public sealed class CorpusImporterTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string Folder => temp.Path;

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Import_FolderWithBadFilesAndADuplicate_ImportsTheResolutionsAndReportsEveryOtherFile()
    {
        var sources = CorpusFiles.Xml("76-en").Take(3).ToArray();
        foreach (var source in sources)
        {
            File.Copy(source, Path.Combine(Folder, Path.GetFileName(source)));
        }

        File.Copy(sources[0], Path.Combine(Folder, "z-copy-of-the-first.xml"));
        var xml = File.ReadAllText(sources[1]);
        File.WriteAllText(Path.Combine(Folder, "broken.xml"), xml[..(xml.Length / 2)]);
        File.WriteAllText(Path.Combine(Folder, "page.xml"), "<html><body>not a resolution</body></html>");
        File.WriteAllBytes(Path.Combine(Folder, "photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0]);
        Directory.CreateDirectory(Path.Combine(Folder, "nested"));
        File.WriteAllText(Path.Combine(Folder, "nested", "notes.txt"), "agenda");

        using var database = CorpusDatabase.Open(temp.Database.Path);
        var report = CorpusImporter.Import(database, [Folder]);

        Assert.Equal(3, report.Resolutions);
        Assert.Equal(report.Paragraphs, database.Precedents().Count);
        var reasons = report.Skipped.ToDictionary(s => Path.GetFileName(s.Path), s => s.Reason);
        Assert.Equal(5, reasons.Count);
        Assert.StartsWith("duplicate of", reasons["z-copy-of-the-first.xml"], StringComparison.Ordinal);
        Assert.StartsWith("not well-formed XML", reasons["broken.xml"], StringComparison.Ordinal);
        Assert.StartsWith("not Akoma Ntoso", reasons["page.xml"], StringComparison.Ordinal);
        Assert.Equal("not an XML file", reasons["photo.jpg"]);
        Assert.Equal("not an XML file", reasons["notes.txt"]);
    }

    [Fact]
    public void Import_TheSameFolderAgain_AddsNothingAndSaysTheResolutionsAreThere()
    {
        File.Copy(CorpusFiles.Xml("75-zh")[0], Path.Combine(Folder, "a.xml"));
        using var database = CorpusDatabase.Open(temp.Database.Path);
        var first = CorpusImporter.Import(database, [Folder]);

        var second = CorpusImporter.Import(database, [Folder]);

        Assert.Equal(1, first.Resolutions);
        Assert.Equal(0, second.Resolutions);
        Assert.StartsWith("already in the corpus", Assert.Single(second.Skipped).Reason, StringComparison.Ordinal);
        Assert.Equal(first.Paragraphs, database.Precedents().Count);
    }

    [Fact]
    public void Import_FailingHalfWay_LeavesTheCorpusAsItWas()
    {
        foreach (var source in CorpusFiles.Xml("76-zh").Take(4))
        {
            File.Copy(source, Path.Combine(Folder, Path.GetFileName(source)));
        }

        using var database = CorpusDatabase.Open(temp.Database.Path);
        using (var connection = new SqliteConnection($"Data Source={temp.Database.Path};Pooling=False"))
        {
            // The disk fills up at the third resolution.
            connection.Open();
            using var trigger = connection.CreateCommand();
            trigger.CommandText = """
                CREATE TRIGGER full BEFORE INSERT ON corpus_resolution
                WHEN (SELECT count(*) FROM corpus_resolution) >= 2 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
                """;
            trigger.ExecuteNonQuery();
        }

        Assert.Throws<SqliteException>(() => CorpusImporter.Import(database, [Folder]));

        Assert.Empty(database.Precedents());
    }

    [Fact]
    public void Import_Zip_ReadsItsXmlFilesAndReportsTheRest()
    {
        var zip = Path.Combine(Folder, "upload.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var source in CorpusFiles.Xml("75-en").Take(2))
            {
                archive.CreateEntryFromFile(source, "75/" + Path.GetFileName(source));
            }

            Write(archive, "broken.xml", "<akomaNtoso><statement>");
            Write(archive, "readme.txt", "UN resolutions");
        }

        using var database = CorpusDatabase.Open(temp.Database.Path);
        var report = CorpusImporter.Import(database, [Folder]);

        Assert.Equal(2, report.Resolutions);
        Assert.Equal(["broken.xml", "readme.txt"], report.Skipped.Select(s => s.Path.Split("!/")[1]).Order());
    }

    [Fact]
    public void Import_ZipBombsAndOversizedZips_AreSkippedWithoutUnpacking()
    {
        var limits = new CorpusImportLimits(MaxFileBytes: 2 * 1024 * 1024, MaxZipBytes: 1024 * 1024, MaxZipEntries: 50, MaxZipTotalBytes: 3 * 1024 * 1024);
        using (var bomb = ZipFile.Open(Path.Combine(Folder, "bomb.zip"), ZipArchiveMode.Create))
        {
            // 64 MB of zeros packs into about 64 KB: the entry is refused after 2 MB.
            using var stream = bomb.CreateEntry("big.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                stream.Write(zeros);
            }
        }

        using (var many = ZipFile.Open(Path.Combine(Folder, "many.zip"), ZipArchiveMode.Create))
        {
            for (var i = 0; i < 51; i++)
            {
                Write(many, $"{i}.xml", "<akomaNtoso/>");
            }
        }

        using (var wide = ZipFile.Open(Path.Combine(Folder, "wide.zip"), ZipArchiveMode.Create))
        {
            // Ten entries of 1.5 MB each: each under the file limit, together over the 3 MB a zip may unpack to.
            for (var i = 0; i < 10; i++)
            {
                Write(wide, $"{i}.xml", new string(' ', 1536 * 1024));
            }
        }

        File.WriteAllBytes(Path.Combine(Folder, "large.zip"), new byte[2 * 1024 * 1024]);
        File.WriteAllBytes(Path.Combine(Folder, "fake.zip"), [1, 2, 3, 4]);

        using var database = CorpusDatabase.Open(temp.Database.Path);
        var report = CorpusImporter.Import(database, [Folder], limits: limits);

        Assert.Equal(0, report.Resolutions);
        var reasons = report.Skipped.Select(s => $"{Path.GetFileName(s.Path.Split("!/")[0])}: {s.Reason}").ToList();
        Assert.Contains("bomb.zip: larger than 2 MB", reasons);
        Assert.Contains("many.zip: a zip of more than 50 files", reasons);
        Assert.Contains(reasons, r => r.StartsWith("wide.zip: the zip unpacks to more than 3 MB", StringComparison.Ordinal));
        Assert.Contains("large.zip: a zip larger than 1 MB", reasons);
        Assert.Contains("fake.zip: not a readable zip file", reasons);
    }

    [Fact]
    public void Search_WhileAnImportIsWriting_DoesNotWaitForIt()
    {
        File.Copy(CorpusFiles.Xml("76-en")[0], Path.Combine(Folder, "a.xml"));
        using (var database = CorpusDatabase.Open(temp.Database.Path))
        {
            CorpusImporter.Import(database, [Folder]);
        }

        using var writer = new SqliteConnection($"Data Source={temp.Database.Path};Pooling=False");
        writer.Open();
        using var transaction = writer.BeginTransaction();
        using (var insert = writer.CreateCommand())
        {
            insert.CommandText = "INSERT INTO corpus_resolution (symbol, language, title, source) VALUES ('A/RES/1/1', 'en', 't', 's')";
            insert.ExecuteNonQuery();
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var reader = CorpusDatabase.Open(temp.Database.Path);
        var found = reader.Precedents("en");

        Assert.NotEmpty(found);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the search waited {watch.Elapsed}");
    }

    private static void Write(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(content);
    }
}
