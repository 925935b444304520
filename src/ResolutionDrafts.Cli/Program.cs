using ResolutionDrafts.Cli;

// rd: import, check, diff and export drafts from the shell, over the same libraries as the app.
return CommandRunner.Run(CommandRunner.All(), args, Console.Out, Console.Error);
