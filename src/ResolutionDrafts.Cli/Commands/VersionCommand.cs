using System.Reflection;

namespace ResolutionDrafts.Cli.Commands;

internal sealed class VersionCommand : ICommand
{
    public string Name => "version";

    public string Usage => "version";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        stdout.WriteLine($"rd {version}");
        return CommandRunner.Ok;
    }
}
