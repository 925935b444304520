using System.CommandLine;
using System.Reflection;

namespace ResolutionDrafts.Cli.Commands;

internal sealed class VersionCommand : RdCommand
{
    public override string Name => "version";

    public override Command Build(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command(Name, "rd's version.");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            stdout.WriteLine($"rd {version}");
            return CommandRunner.Ok;
        });
        return command;
    }
}
