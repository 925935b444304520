using System.Diagnostics;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>Debian's LibreOffice, headless, as the round-trip tests use it: a file in, the DOCX it saves out.</summary>
internal static class LibreOffice
{
    /// <summary>
    /// Opens <paramref name="source"/> and saves it as Word 2007 XML into a folder of its own under <paramref name="workDirectory"/>,
    /// with a LibreOffice profile there too (clear of any other soffice running); returns the saved file's bytes.
    /// </summary>
    public static async Task<byte[]> SaveAsDocxAsync(string source, string workDirectory)
    {
        var output = Directory.CreateDirectory(Path.Combine(workDirectory, $"out-{Guid.NewGuid():N}"));
        var start = new ProcessStartInfo(SofficeFactAttribute.Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { $"-env:UserInstallation=file://{workDirectory}/profile", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", output.FullName, source })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        var saved = Path.Combine(output.FullName, Path.GetFileNameWithoutExtension(source) + ".docx");
        Assert.True(File.Exists(saved), $"soffice made no DOCX: {await stdout} {await stderr}");
        return await File.ReadAllBytesAsync(saved);
    }
}
