using System.Text;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>A delegation keeps one colour on every screen, taken from a palette readable on white.</summary>
public static class PresenceColours
{
    private static readonly string[] Palette =
    [
        "#d92d20", "#1570ef", "#079455", "#dc6803", "#7a5af8", "#e31b54", "#0e9384", "#c11574", "#4e5ba6", "#b54708",
    ];

    public static string For(string delegation)
    {
        // FNV-1a: stable across processes and app nodes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(delegation))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return Palette[hash % (uint)Palette.Length];
    }
}
