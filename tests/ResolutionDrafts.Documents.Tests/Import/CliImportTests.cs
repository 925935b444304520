using ResolutionDrafts.Cli.Commands;
using ResolutionDrafts.Documents.Json;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>`rd import` and `rd check`, run through the command classes with captured output.</summary>
public sealed class CliImportTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("rd-import-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(Cli.ICommand command, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = command.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Import_Fixture_WritesDraftJsonToStdout()
    {
        var (code, output, _) = Run(new ImportCommand(), Fixtures.Path_("text", "A_80_L.6.txt"));

        Assert.Equal(0, code);
        var draft = DraftJson.Deserialize(output);
        Assert.True(draft.IsSuccess, draft.Error);
        Assert.Equal("A/80/L.6", draft.Value!.Metadata.Symbol);
    }

    [Fact]
    public void Import_WithOutput_WritesTheFileAndNothingToStdout()
    {
        var target = Path.Combine(dir, "out.json");

        var (code, output, _) = Run(new ImportCommand(), Fixtures.Path_("akn", "S_2024_383-2408982C.xml"), "--format", "akn", "--lang", "zh", "-o", target);

        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.Equal("zh", DraftJson.Deserialize(File.ReadAllText(target)).Value!.Language);
    }

    [Theory]
    [InlineData("cosp4-technical-assistance-background-note.zh.txt", "no author line found")]
    [InlineData("cosp-wg-technical-assistance-report-2007.zh.txt", "no author line found")]
    public void Import_NotAResolution_Exits2WithOneLineAndWritesNothing(string file, string reason)
    {
        var target = Path.Combine(dir, "out.json");

        var (code, output, error) = Run(new ImportCommand(), Fixtures.Path_("not-resolutions", file), "-o", target);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.False(File.Exists(target));
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EmptyAndBinaryFiles_Exit2()
    {
        var empty = Path.Combine(dir, "empty.txt");
        var binary = Path.Combine(dir, "binary.bin");
        File.WriteAllBytes(empty, []);
        File.WriteAllBytes(binary, [0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 7, 8, 9]);

        Assert.Equal(2, Run(new ImportCommand(), empty).Code);
        Assert.Contains("empty", Run(new ImportCommand(), empty).Err, StringComparison.Ordinal);
        Assert.Equal(2, Run(new ImportCommand(), binary).Code);
    }

    [Fact]
    public void Import_NotADocx_SaysSo()
    {
        var (code, _, error) = Run(new ImportCommand(), Fixtures.Path_("text", "A_80_L.6.txt"), "--format", "docx");

        Assert.Equal(2, code);
        Assert.Contains("not a DOCX file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadArguments_IsAUsageError()
    {
        Assert.Equal(1, Run(new ImportCommand()).Code);
        Assert.Equal(1, Run(new ImportCommand(), "a.txt", "--format", "pdf").Code);
    }

    [Fact]
    public void Check_ImportedDraft_PrintsWarningsWithLabels()
    {
        var json = Path.Combine(dir, "draft.json");
        Run(new ImportCommand(), Fixtures.Path_("text", "A_RES_50_72_A_zh.txt"), "-o", json);

        var (code, output, _) = Run(new CheckCommand(), json);

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        // An adopted resolution: where its punctuation departs from the rule, a note (ADR 0031), still with its label.
        Assert.All(lines, l => Assert.Matches(@"^(note: )?((PP|OP)\d+|The |Kept as adopted)", l));
        Assert.Contains(lines, l => l.StartsWith("note: PP1: Kept as adopted", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NotJson_Exits2()
    {
        var (code, _, error) = Run(new CheckCommand(), Fixtures.Path_("text", "A_80_L.6.txt"));

        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
