namespace ResolutionDrafts.Cli;

internal static class CommandRunner
{
    public const int Ok = 0;
    public const int UsageError = 1;
    public const int BadInput = 2;

    public static int Run(IReadOnlyList<ICommand> commands, string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine("rd: work with ResolutionDrafts draft files from the shell.");
            stdout.WriteLine();
            foreach (var command in commands)
            {
                stdout.WriteLine($"  rd {command.Usage}");
            }

            return args.Length == 0 ? UsageError : Ok;
        }

        var chosen = commands.FirstOrDefault(c => c.Name == args[0]);
        if (chosen is null)
        {
            stderr.WriteLine($"rd: unknown command '{args[0]}'; try 'rd --help'.");
            return UsageError;
        }

        return chosen.Run(args.Skip(1).ToList(), stdout, stderr);
    }
}
