using System.Text;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// Colours of the people in a draft, from a palette readable on white: everyone on one screen gets the
/// same colour for a person, and two people in a draft never share one while the palette lasts.
/// </summary>
public static class PresenceColours
{
    /// <summary>The colours in the order they are handed out when a person's usual one is taken.</summary>
    public static IReadOnlyList<string> Palette { get; } =
    [
        "#d92d20", "#1570ef", "#079455", "#dc6803", "#7a5af8", "#e31b54", "#0e9384", "#c11574", "#4e5ba6", "#b54708",
    ];

    /// <summary>
    /// The colour for <paramref name="person"/> joining a draft where <paramref name="others"/> (person, colour)
    /// are present: the colour they already have there (a second tab), else their usual colour if nobody
    /// else has it, else the first colour nobody has; only with more people than colours is one shared.
    /// </summary>
    public static string Choose(string person, IEnumerable<(string Person, string Colour)> others)
    {
        var present = others.ToList();
        if (present.FirstOrDefault(p => p.Person == person).Colour is { } own)
        {
            return own;
        }

        var taken = present.Select(p => p.Colour).ToHashSet(StringComparer.Ordinal);
        var usual = For(person);
        return !taken.Contains(usual) ? usual : Palette.FirstOrDefault(c => !taken.Contains(c)) ?? usual;
    }

    /// <summary>A person's usual colour: the same on every node and after every restart.</summary>
    public static string For(string delegation)
    {
        // FNV-1a: stable across processes and app nodes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(delegation))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return Palette[(int)(hash % (uint)Palette.Count)];
    }
}
