using System.IO.Compression;
using System.Text;
using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>Issue 7: uploads that are zip bombs or not what they say are refused with a reason, and nothing is made of them.</summary>
public sealed class HostileUploadTests
{
    [Fact]
    public void ZipBomb_ThatDeclaresItsSize_IsRefused()
    {
        var bomb = Bomb(250, lieAboutSize: false);

        var result = DraftImporter.Import(bomb, new ImportOptions());

        Assert.False(result.IsSuccess);
        Assert.Contains("unpacks to more than 64 MB", result.Error);
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb is {bomb.Length} bytes: small enough to pass the upload limit");
    }

    [Fact]
    public void ZipBomb_ThatLiesAboutItsSize_IsRefused()
    {
        var bomb = Bomb(250, lieAboutSize: true);

        var result = DraftImporter.Import(bomb, new ImportOptions());

        Assert.False(result.IsSuccess);
        Assert.Null(result.Draft);
    }

    [Fact]
    public void SmallDocx_ThatExpandsToAHugeNumberOfTinyParagraphs_IsRefusedBeforeItIsParsed()
    {
        // The probe's file: half a megabyte that unpacks to a document of tiny paragraphs, which the
        // SDK's tree would hold as gigabytes. Refused by counting while streaming, in moments.
        var paragraph = "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
        var body = string.Concat(Enumerable.Repeat(paragraph, 200_000));
        var docx = Zip(("[Content_Types].xml", ContentTypes), ("word/document.xml", $"<w:document xmlns:w=\"{WordNs}\"><w:body>{body}</w:body></w:document>"));
        Assert.True(docx.Length < 1024 * 1024, $"the file is {docx.Length} bytes");

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var memoryBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = DraftImporter.Import(docx, new ImportOptions());

        Assert.False(result.IsSuccess);
        Assert.Contains("more than 20,000 paragraphs", result.Error);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - memoryBefore < 200L * 1024 * 1024, "the refusal allocated as much as parsing would");
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Docx_WhoseDocumentPartIsLargerThanAnyResolution_IsRefused()
    {
        var text = new string('x', 9 * 1024 * 1024);
        var docx = Zip(("[Content_Types].xml", ContentTypes), ("word/document.xml", $"<w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"));

        var result = DraftImporter.Import(docx, new ImportOptions());

        Assert.False(result.IsSuccess);
        Assert.Contains("word/document.xml unpacks to more than 8 MB", result.Error);
    }

    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes = """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""";

    [Theory]
    [InlineData("png")]
    [InlineData("exe")]
    [InlineData("zip-without-word")]
    [InlineData("truncated-docx")]
    public void FileThatIsNotWhatItSays_IsRefusedWithAReason(string kind)
    {
        byte[] data = kind switch
        {
            "png" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[200]],
            "exe" => [(byte)'M', (byte)'Z', 0x90, 0, .. Enumerable.Range(0, 500).Select(i => (byte)(i * 7))],
            "zip-without-word" => Zip(("readme.txt", "Decides to remain seized of the matter.")),
            _ => Zip(("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"))[..120],
        };

        var result = DraftImporter.Import(data, new ImportOptions { Format = kind.Contains("docx") || kind.Contains("zip") ? ImportFormat.Docx : null });

        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Null(result.Draft);
    }

    /// <summary>A DOCX-shaped zip whose document.xml unpacks to <paramref name="megabytes"/> MB; optionally with the sizes in its headers patched down to 1 KB.</summary>
    private static byte[] Bomb(int megabytes, bool lieAboutSize)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var content = entry.Open();
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
            for (var i = 0; i < megabytes; i++)
            {
                content.Write(chunk);
            }
        }

        var bytes = output.ToArray();
        if (lieAboutSize)
        {
            var real = BitConverter.GetBytes((uint)(megabytes * 1024L * 1024));
            var fake = BitConverter.GetBytes((uint)1024);
            // Local header: uncompressed size at offset 22; central directory record (PK\1\2): at offset 24.
            Patch(bytes, [0x50, 0x4B, 0x03, 0x04], 22, real, fake);
            Patch(bytes, [0x50, 0x4B, 0x01, 0x02], 24, real, fake);
        }

        return bytes;
    }

    private static void Patch(byte[] bytes, byte[] signature, int offset, byte[] expected, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(signature);
        Assert.True(at >= 0);
        Assert.Equal(expected, bytes[(at + offset)..(at + offset + 4)]);
        replacement.CopyTo(bytes, at + offset);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return output.ToArray();
    }
}
