using System.CommandLine;

namespace ResolutionDrafts.Cli;

/// <summary>One `rd` sub-command.</summary>
internal interface ICommand
{
    string Name { get; }

    /// <summary>The command's arguments, options, help text and action (System.CommandLine), writing to these streams.</summary>
    Command Build(TextWriter stdout, TextWriter stderr);

    /// <summary>Runs with the arguments after the command name; returns the exit status (0 ok, 1 usage, 2 bad input).</summary>
    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}
