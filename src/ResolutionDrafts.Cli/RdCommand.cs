using System.CommandLine;

namespace ResolutionDrafts.Cli;

/// <summary>
/// A sub-command of `rd`: declares its arguments and options with System.CommandLine (which parses
/// them and writes `rd NAME --help`) and runs as `rd NAME ...` would, on its own (its tests call <see cref="Run"/>).
/// </summary>
internal abstract class RdCommand : ICommand
{
    public abstract string Name { get; }

    public abstract Command Build(TextWriter stdout, TextWriter stderr);

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => CommandRunner.RunOne(this, args, stdout, stderr);

    /// <summary>A switch: present or not, never taking the next word as its value.</summary>
    protected static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>An option whose value must be one of <paramref name="values"/> (compared as <paramref name="comparison"/> says).</summary>
    protected static Option<string?> OneOf(Option<string?> option, StringComparison comparison, params string[] values)
    {
        option.HelpName = string.Join('|', values);
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !values.Any(v => string.Equals(v, value, comparison)))
            {
                result.AddError($"{option.Name} is {Or(values)}, not '{value}'");
            }
        });
        return option;
    }

    private static string Or(string[] values) =>
        values.Length == 1 ? values[0] : string.Join(", ", values[..^1]) + " or " + values[^1];
}
