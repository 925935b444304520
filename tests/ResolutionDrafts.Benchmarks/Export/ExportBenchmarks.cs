using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Benchmarks.Export;

/// <summary>
/// Issue 5's targets: a ~100-page, 400-paragraph draft exported to DOCX in under 300 ms warm, and
/// its comparison with 1,000 changes in under 500 ms. The baseline is the same content as Markdown
/// put through pandoc (`pandoc in.md -o out.docx`), timed here as a process run so the Ratio
/// column compares the two. Run: dotnet run -c Release --project tests/ResolutionDrafts.Benchmarks -- --filter '*ExportBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private Draft draft = null!;
    private Draft edited = null!;
    private string markdownPath = "";
    private string pandocOutput = "";

    [GlobalSetup]
    public void Setup()
    {
        draft = ExportWorkload.Draft();
        edited = ExportWorkload.Edited(draft);
        var dir = Directory.CreateTempSubdirectory("rd-export-bench-").FullName;
        markdownPath = Path.Combine(dir, "draft.md");
        pandocOutput = Path.Combine(dir, "draft.docx");
        File.WriteAllText(markdownPath, ExportWorkload.Markdown(draft));
        Console.WriteLine($"// workload: {draft.Paragraphs.Count} paragraphs, {draft.AllNodes().Sum(n => n.Text.Length):N0} characters, {draft.Footnotes.Count} footnotes");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"// peak working set: {self.PeakWorkingSet64 / 1024 / 1024} MB");
        Directory.Delete(Path.GetDirectoryName(markdownPath)!, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "pandoc: same content, Markdown to DOCX")]
    public int Pandoc()
    {
        using var process = Process.Start(new ProcessStartInfo("pandoc", [markdownPath, "-o", pandocOutput]) { UseShellExecute = false })!;
        process.WaitForExit();
        return process.ExitCode;
    }

    [Benchmark(Description = "DocxExporter: 400 paragraphs")]
    public byte[] ExportDocx() => DocxExporter.Export(draft);

    [Benchmark(Description = "ComparisonDocxExporter: 1,000 changes")]
    public byte[] ExportComparison() => ComparisonDocxExporter.Export(draft, edited);

    [Benchmark(Description = "AknExporter: 400 paragraphs")]
    public byte[] ExportAkn() => AknExporter.ExportBytes(draft);
}
