namespace ResolutionDrafts.Cli;

/// <summary>One `rd` sub-command.</summary>
internal interface ICommand
{
    string Name { get; }

    /// <summary>One line for `rd --help`: the usage, e.g. "import FILE [--format text|docx|akn] [-o OUT.json]".</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the command name; returns the exit status (0 ok, 1 usage, 2 bad input).</summary>
    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}
