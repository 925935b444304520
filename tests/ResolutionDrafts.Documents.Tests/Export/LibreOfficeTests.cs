using System.Diagnostics;
using ResolutionDrafts.Documents.Export;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>The exported documents open in a second word processor: LibreOffice converts each to a PDF.</summary>
public sealed class LibreOfficeTests
{
    [SofficeFact]
    public async Task Soffice_ConvertsEnglishChineseAndComparisonDocumentsToPdf()
    {
        var dir = Directory.CreateTempSubdirectory("rd-export-");
        try
        {
            var documents = new Dictionary<string, byte[]>
            {
                ["cuba.docx"] = DocxExporter.Export(TestDrafts.CubaEmbargo()),
                ["chinese.docx"] = DocxExporter.Export(TestDrafts.ChineseCosp7()),
                ["rich-letter.docx"] = DocxExporter.Export(TestDrafts.Rich(), new DocxExportOptions { PageSize = PageSize.Letter }),
                ["comparison.docx"] = ComparisonDocxExporter.Export(TestDrafts.Rich(), RandomEdits.Apply(TestDrafts.Rich(), new Random(7), 15)),
            };
            foreach (var (name, bytes) in documents)
            {
                await File.WriteAllBytesAsync(Path.Combine(dir.FullName, name), bytes);
            }

            // One soffice run converts them all; a private profile keeps it clear of any other LibreOffice running.
            var start = new ProcessStartInfo(SofficeFactAttribute.Path)
            {
                WorkingDirectory = dir.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { $"-env:UserInstallation=file://{dir.FullName}/profile", "--headless", "--convert-to", "pdf", "--outdir", dir.FullName })
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var name in documents.Keys)
            {
                start.ArgumentList.Add(Path.Combine(dir.FullName, name));
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            await process.WaitForExitAsync(timeout.Token);

            Assert.True(process.ExitCode == 0, $"soffice exited with {process.ExitCode}: {await output} {await errors}");
            foreach (var name in documents.Keys)
            {
                var pdf = new FileInfo(Path.Combine(dir.FullName, Path.ChangeExtension(name, ".pdf")));
                Assert.True(pdf.Exists, $"no PDF for {name}: {await output} {await errors}");
                Assert.True(pdf.Length > 1000, $"{pdf.Name} is only {pdf.Length} bytes");
                var head = new byte[5];
                await using (var stream = pdf.OpenRead())
                {
                    await stream.ReadExactlyAsync(head);
                }

                Assert.Equal("%PDF-"u8.ToArray(), head);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
