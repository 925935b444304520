using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using ResolutionDrafts.Cli.Commands;

namespace ResolutionDrafts.Cli;

/// <summary>
/// rd's command line, parsed by System.CommandLine: `rd --help` and `rd COMMAND --help` describe every
/// argument; an argument that does not parse is one line on stderr and exit 1, before anything runs.
/// </summary>
internal static class CommandRunner
{
    public const int Ok = 0;
    public const int UsageError = 1;
    public const int BadInput = 2;

    public const string Description = "rd: work with ResolutionDrafts draft files from the shell, over the same libraries as the app.";

    /// <summary>Every command of `rd`, in the order `rd --help` lists them.</summary>
    public static IReadOnlyList<ICommand> All() =>
    [
        // Each command is one class in Commands/ (its arguments and help declared with System.CommandLine); add new ones here.
        new VersionCommand(),
        new ImportCommand(),
        new CheckCommand(),
        new ExportCommand(),
        new DiffCommand(),
        new AmendmentsCommand(),
        new CorpusCommand(),
        new BackupCommand(),
    ];

    public static int Run(IReadOnlyList<ICommand> commands, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(Description);
        foreach (var command in commands)
        {
            root.Subcommands.Add(command.Build(stdout, stderr));
        }

        // Bare `rd` shows the help and fails (a script that forgot its command), `rd help` is `rd --help`.
        if (args is [] or ["help"])
        {
            Invoke(root, ["--help"], stdout, stderr);
            return args.Length == 0 ? UsageError : Ok;
        }

        return Invoke(root, args, stdout, stderr);
    }

    /// <summary>One command as `rd NAME ARGS...` runs it.</summary>
    public static int RunOne(ICommand command, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) =>
        Run([command], [command.Name, .. args], stdout, stderr);

    private static int Invoke(RootCommand root, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        // File names are taken as they are: no @response-file expansion.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var error = parsed.Action is ParseErrorAction && parsed.Errors.Count > 0 ? FirstError(parsed) : UnknownOption(parsed);
        if (error is not null)
        {
            var path = CommandPath(parsed.CommandResult);
            stderr.WriteLine($"{path}: {error}; for usage see '{path} --help'.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>The error to show: about a word rd did not understand, when there is one ("rd frob"), before what is missing.</summary>
    private static string FirstError(ParseResult parsed)
    {
        var stray = parsed.UnmatchedTokens.FirstOrDefault();
        var error = parsed.Errors.FirstOrDefault(e => stray is not null && e.Message.Contains($"'{stray}'", StringComparison.Ordinal)) ?? parsed.Errors[0];
        return OneLine(error.Message).TrimEnd('.');
    }

    /// <summary>
    /// A word that looks like an option but is none, which System.CommandLine would take as a file
    /// name when a file is still expected (`rd diff OLD.json --word`): refused, as rd always did.
    /// </summary>
    private static string? UnknownOption(ParseResult parsed) =>
        parsed.Action is System.CommandLine.Help.HelpAction ? null
        : parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).FirstOrDefault(t => t.Value.Length > 1 && t.Value[0] == '-') is { } word
            ? $"unknown option {word.Value}"
            : null;

    /// <summary>"rd corpus find" for the command the words were parsed into.</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (var result = command; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', ["rd", .. names]);
    }

    private static string OneLine(string message) => string.Join(' ', message.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
