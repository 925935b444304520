using System.CommandLine;
using ResolutionDrafts.Cli;

namespace ResolutionDrafts.Documents.Tests.CommandLine;

/// <summary>`rd` as a whole: help for every command, and one clear line for arguments that do not parse.</summary>
public sealed class RdCommandLineTests
{
    private static (int Code, string Out, string Err) Rd(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandRunner.Run(CommandRunner.All(), args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static TheoryData<string> Commands() => [.. CommandRunner.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_HasHelp_NamingEachArgumentAndOption(string name)
    {
        var declared = CommandRunner.All().Single(c => c.Name == name).Build(TextWriter.Null, TextWriter.Null);

        foreach (var command in new[] { declared }.Concat(declared.Subcommands))
        {
            var words = command == declared ? new[] { name } : new[] { name, command.Name };
            var (code, output, errors) = Rd([.. words, "--help"]);

            Assert.Equal(0, code);
            Assert.Equal("", errors);
            Assert.Contains(command.Description!, output, StringComparison.Ordinal);
            Assert.All(command.Arguments, a => Assert.Contains(a.Name, output, StringComparison.Ordinal));
            Assert.All(command.Options.Where(o => !o.Hidden), o => Assert.Contains(o.Name, output, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void BareRd_ListsEveryCommand_AndFails_WhileRdHelpSucceeds()
    {
        var (bare, listed, _) = Rd();
        var (help, same, _) = Rd("help");

        Assert.Equal(1, bare);
        Assert.Equal(0, help);
        Assert.Equal(listed, same);
        Assert.All(CommandRunner.All(), c => Assert.Contains(c.Name, listed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rd: ", "frobnicate")]
    [InlineData("rd import: ", "import")]
    [InlineData("rd import: ", "import", "a.txt", "--format", "pdf")]
    [InlineData("rd check: ", "check", "a.json", "b.json")]
    [InlineData("rd diff: ", "diff", "a.json", "--word")]
    [InlineData("rd export: ", "export", "a.json")]
    [InlineData("rd export: ", "export", "a.json", "-o", "a.docx", "--page", "a5")]
    [InlineData("rd export: ", "export", "a.json", "-o", "a.xml", "--compare-to", "old.json")]
    [InlineData("rd amendments: ", "amendments", "a.json", "b.json", "--lang", "fr")]
    [InlineData("rd corpus: ", "corpus")]
    [InlineData("rd corpus find: ", "corpus", "find", "--db", "x.db", "text", "--top", "101")]
    [InlineData("rd backup: ", "backup", "only-one.db")]
    public void AWrongArgument_IsOneLineNamingTheCommand_AndExit1_BeforeAnythingRuns(string prefix, params string[] args)
    {
        var (code, output, errors) = Rd(args);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(prefix, line, StringComparison.Ordinal);
        Assert.Contains("--help", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownCommand_IsNamed()
    {
        var (code, _, errors) = Rd("frobnicate", "a.json");

        Assert.Equal(1, code);
        Assert.Contains("'frobnicate'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNamedWithAnAt_IsAFile_NotAResponseFile()
    {
        var (code, _, errors) = Rd("check", "@no-such-draft.json");

        Assert.Equal(2, code);
        Assert.Contains("@no-such-draft.json", errors, StringComparison.Ordinal);
    }
}
