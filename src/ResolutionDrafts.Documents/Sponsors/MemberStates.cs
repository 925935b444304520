using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace ResolutionDrafts.Documents.Sponsors;

/// <summary>
/// The UN Member States, observer States and the European Union, read from the embedded
/// <c>Data/member-states.json</c>. The importers read sponsors lines against it and the web
/// app's sponsors picker offers it.
/// </summary>
public static class MemberStates
{
    private static readonly Lazy<(IReadOnlyList<MemberState> All, Dictionary<string, MemberState> ByKey)> Data = new(Load);

    /// <summary>Every entry in the order of the English names (Member States, then observers).</summary>
    public static IReadOnlyList<MemberState> All => Data.Value.All;

    /// <summary>The entry whose English or Chinese name (or a common other name) is <paramref name="name"/>; null when none is.</summary>
    /// <remarks>Case, spacing and the kind of apostrophe do not matter: "Cote d'Ivoire" finds "Côte d’Ivoire".</remarks>
    public static MemberState? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Data.Value.ByKey.GetValueOrDefault(Key(name));

    /// <summary>
    /// <paramref name="name"/> as a document in <paramref name="language"/> prints it ("Cuba" → "古巴"
    /// in Chinese); a name not on the list (an organisation, a group) stays as given.
    /// </summary>
    public static string NameIn(string name, string language) => Find(name)?.NameIn(language) ?? name;

    /// <summary>True when <paramref name="name"/> names an entry of the list.</summary>
    public static bool IsKnown(string? name) => Find(name) is not null;

    /// <summary>
    /// True when <paramref name="text"/> is a name of the list or the beginning of one cut by a line's end or by a
    /// conjunction ("United Kingdom of Great Britain and Northern", "Bosnia", "安提瓜"): at least four letters of it (two
    /// Chinese characters).
    /// </summary>
    public static bool IsNameOrItsStart(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = Key(text);
        return key.Length >= 2 && (Data.Value.ByKey.ContainsKey(key)
            || (key.Length >= (key.Any(c => c >= '\u2E80') ? 2 : 4) && Data.Value.ByKey.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal))));
    }

    /// <summary>The warning for a sponsor that is not on the list, as the importer and the sponsor editor give it; null for one that is.</summary>
    public static string? NotListed(string? name) =>
        string.IsNullOrWhiteSpace(name) || IsKnown(name) ? null : $"Sponsor \"{name.Trim()}\" is not on the list of Member States and observers; it is kept as written.";

    internal static string Key(string name)
    {
        var text = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || char.IsWhiteSpace(c) || c is '*' or '.')
            {
                continue;
            }

            key.Append(c switch
            {
                '’' or '‘' or '`' or '´' => '\'',
                '（' => '(',
                '）' => ')',
                _ => char.ToLowerInvariant(c),
            });
        }

        return key.ToString();
    }

    private static (IReadOnlyList<MemberState>, Dictionary<string, MemberState>) Load()
    {
        var assembly = typeof(MemberStates).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("member-states.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var document = JsonDocument.Parse(stream);
        var all = new List<MemberState>();
        var byKey = new Dictionary<string, MemberState>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.GetProperty("states").EnumerateArray())
        {
            var aliases = entry.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var state = new MemberState(
                entry.GetProperty("en").GetString()!,
                entry.GetProperty("zh").GetString()!,
                entry.GetProperty("status").GetString() switch
                {
                    "observerState" => MemberStateStatus.ObserverState,
                    "organization" => MemberStateStatus.Organization,
                    _ => MemberStateStatus.Member,
                },
                aliases);
            all.Add(state);
            foreach (var name in aliases.Prepend(state.Chinese).Prepend(state.English))
            {
                byKey.TryAdd(Key(name), state);
            }
        }

        return (all, byKey);
    }
}
