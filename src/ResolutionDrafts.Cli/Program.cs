using ResolutionDrafts.Cli;
using ResolutionDrafts.Cli.Commands;

// rd: import, check, diff and export drafts from the shell, over the same libraries as the app.
ICommand[] commands =
[
    // Each command is one class in Commands/; add new ones here.
    new VersionCommand(),
    new ImportCommand(),
    new CheckCommand(),
    new ExportCommand(),
    new DiffCommand(),
    new AmendmentsCommand(),
    new CorpusCommand(),
    new BackupCommand(),
];

return CommandRunner.Run(commands, args, Console.Out, Console.Error);
