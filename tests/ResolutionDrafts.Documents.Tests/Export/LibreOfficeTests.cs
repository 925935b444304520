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

            await ConvertAsync(dir, documents);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [SofficeFact]
    public async Task Soffice_ConvertsAmendmentAndCompilationDocuments_TheHeadingReadsAndTheTableLiesLandscape()
    {
        var dir = Directory.CreateTempSubdirectory("rd-export-");
        try
        {
            var rev1 = NegotiationSamples.RightsOfTheChild();
            var chinese = NegotiationSamples.ChineseRevised();
            var documents = new Dictionary<string, byte[]>
            {
                ["amendment.docx"] = AmendmentDocxExporter.Export(new AmendmentDocument
                {
                    Target = rev1, Amendment = NegotiationSamples.L64(rev1), Proposers = ["Burundi"], Symbol = "A/C.3/80/L.64", Date = "14 November 2025", OriginalLanguage = "en",
                }),
                ["amendment-zh.docx"] = AmendmentDocxExporter.Export(new AmendmentDocument
                {
                    Target = chinese, Amendment = NegotiationSamples.Amend(chinese, d => TestDrafts.Ok(d.Delete("pp1"))), Proposers = ["Burundi"], Symbol = "CAC/COSP/2017/L.9",
                }),
                ["compilation.docx"] = CompilationDocxExporter.Export(rev1, NegotiationSamples.Proposals(rev1), new CompilationDocxOptions { AsOf = "14 November 2025" }),
            };

            await ConvertAsync(dir, documents);

            if (File.Exists("/usr/bin/pdftotext"))
            {
                Assert.Contains("Burundi: amendment to revised draft resolution A/C.3/80/L.20/Rev.1", await Run("/usr/bin/pdftotext", "-raw", Path.Combine(dir.FullName, "amendment.pdf"), "-"), StringComparison.Ordinal);
                var compilation = await Run("/usr/bin/pdftotext", "-raw", Path.Combine(dir.FullName, "compilation.pdf"), "-");
                Assert.Contains("In operative paragraphs 27 and 43, delete “sexual and reproductive”.", compilation, StringComparison.Ordinal);
            }

            if (File.Exists("/usr/bin/pdfinfo"))
            {
                var info = await Run("/usr/bin/pdfinfo", Path.Combine(dir.FullName, "compilation.pdf"));
                var size = System.Text.RegularExpressions.Regex.Match(info, @"Page size:\s+([\d.]+) x ([\d.]+)");
                Assert.True(size.Success, info);
                Assert.True(double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), info);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Converts the documents to PDF in one soffice run and checks each PDF came out.</summary>
    private static async Task ConvertAsync(DirectoryInfo dir, Dictionary<string, byte[]> documents)
    {
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

    private static async Task<string> Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
