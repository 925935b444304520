using System.Text;
using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>What is not a resolution is refused with one clear reason, never imported as garbage.</summary>
public sealed class RefusalTests
{
    [Theory]
    [InlineData("cosp-wg-technical-assistance-report-2007.zh.txt")]
    [InlineData("cosp4-technical-assistance-background-note.zh.txt")]
    public void Import_ReportOrBackgroundNote_IsRefusedForLackOfAnAuthorLine(string file)
    {
        var result = DraftImporter.Import(Fixtures.Bytes("not-resolutions", file));

        Assert.False(result.IsSuccess);
        Assert.Null(result.Draft);
        Assert.StartsWith("no author line found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TextWithAnAuthorLineButNoOperativeParagraphs_IsRefused()
    {
        var text = "Draft\n\nThe General Assembly,\n\nRecalling its resolution 1/1,\n\nNoting the report,\n";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));

        Assert.StartsWith("no operative paragraphs found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EmptyFile_IsRefused()
    {
        Assert.Equal("the file is empty", DraftImporter.Import([]).Error);
        Assert.Equal("the file is empty", DraftImporter.Import(Encoding.UTF8.GetBytes(" \n\n \n")).Error);
    }

    [Fact]
    public void Import_BinaryFile_IsRefused()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[0] = 0x00;

        var result = DraftImporter.Import(bytes);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("not a text, DOCX or Akoma Ntoso file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Pdf_IsRefusedWithAHint()
    {
        var result = DraftImporter.Import(Encoding.ASCII.GetBytes("%PDF-1.7\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 binary"));

        Assert.StartsWith("a PDF file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ZipThatIsNotWord_IsNotADocx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        var result = DraftImporter.Import(buffer.ToArray());

        Assert.Equal(ImportFormat.Docx, result.Format);
        Assert.StartsWith("not a DOCX file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TextForcedAsDocx_IsNotADocx()
    {
        var result = DraftImporter.Import(Fixtures.Bytes("text", "A_80_L.6.txt"), new ImportOptions { Format = ImportFormat.Docx });

        Assert.StartsWith("not a DOCX file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Over20Megabytes_IsRefusedBySizeBeforeParsing()
    {
        var big = new byte[DraftImporter.MaxBytes + 1];

        var result = DraftImporter.Import(big);

        Assert.Equal("the file is larger than 20 MB", result.Error);
        Assert.Null(result.Format);
    }

    [Fact]
    public void Import_StreamOver20Megabytes_IsRefusedWithoutReadingItAll()
    {
        using var stream = new EndlessStream();

        var result = DraftImporter.Import(stream);

        Assert.Equal("the file is larger than 20 MB", result.Error);
        Assert.True(stream.Read_ <= DraftImporter.MaxBytes + 81920);
    }

    [Fact]
    public void Import_UnknownLanguage_IsRefused()
    {
        var result = DraftImporter.Import(Fixtures.Bytes("text", "A_80_L.6.txt"), new ImportOptions { Language = "xx" });

        Assert.StartsWith("unknown language 'xx'", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A non-seekable stream that never ends.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Read_ { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Read_; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Read_ += count;
            return count;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
