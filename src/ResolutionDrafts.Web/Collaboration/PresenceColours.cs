using System.Text;

namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// Colours of the people in a draft: everyone on one screen gets the same colour for a person, and two
/// people in a draft never share one while the palette lasts. Twenty colours, each dark enough for the
/// white caret label on it to pass WCAG AA (4.5:1 for the label's small text), and far apart in OKLab
/// (at least 0.10 between any two, several times what an eye tells apart); handed out in an order where
/// each next colour is the one most unlike those before it, so a small room gets the most distinct
/// ones. Beyond twenty people colours are shared, and the names and initials beside them tell them apart.
/// </summary>
public static class PresenceColours
{
    /// <summary>The colours in the order they are handed out when a person's usual one is taken.</summary>
    public static IReadOnlyList<string> Palette { get; } =
    [
        "#0278a7", "#e31301", "#bc01dc", "#633502", "#4a01a8", "#288504", "#9d0367", "#685afe", "#996103", "#014867",
        "#0d14fe", "#764aa3", "#025112", "#b25685", "#5d2d5a", "#a70b01", "#8002df", "#426e57", "#024ebd", "#d4029b",
    ];

    /// <summary>
    /// The colour for <paramref name="person"/> joining a draft where <paramref name="others"/> (person, colour)
    /// are present: the colour they already have there (a second tab), else <paramref name="had"/> (the
    /// colour this client had in the draft before: a catch-up rejoin or a reconnect keeps it) if nobody
    /// else has it, else their usual colour if nobody else has it, else the first colour nobody has; only
    /// with more people than colours is one shared.
    /// </summary>
    public static string Choose(string person, IEnumerable<(string Person, string Colour)> others, string? had = null)
    {
        var present = others.ToList();
        if (present.FirstOrDefault(p => p.Person == person).Colour is { } own)
        {
            return own;
        }

        var taken = present.Select(p => p.Colour).ToHashSet(StringComparer.Ordinal);
        if (had is not null && !taken.Contains(had))
        {
            return had;
        }

        var usual = For(person);
        return !taken.Contains(usual) ? usual : Palette.FirstOrDefault(c => !taken.Contains(c)) ?? usual;
    }

    /// <summary>
    /// When the nodes' presence meets again after each chose alone (Redis was away): the colour
    /// <paramref name="mine"/> should now have, or null to keep theirs. The one who joined first keeps
    /// their colour: a second tab of the same person on another node who joined earlier gives this one
    /// its colour; someone else of the same colour who joined earlier makes this one take a free colour
    /// (<see cref="Choose"/> among all the others) — none when every colour is taken, as at a join.
    /// Both nodes read the same join times, so they agree on who moves.
    /// </summary>
    public static string? Reconcile(PresenceClaim mine, IReadOnlyCollection<PresenceClaim> others)
    {
        var twin = others.Where(o => o.Person == mine.Person && o.Colour != mine.Colour && o.IsEarlierThan(mine)).MinBy(o => (o.Joined, o.Node));
        if (twin is not null)
        {
            return twin.Colour;
        }

        if (!others.Any(o => o.Person != mine.Person && o.Colour == mine.Colour && o.IsEarlierThan(mine)))
        {
            return null;
        }

        var strangers = others.Where(o => o.Person != mine.Person).Select(o => (o.Person, o.Colour)).ToList();
        var free = Choose(mine.Person, strangers);
        return strangers.Any(o => o.Colour == free) ? null : free;
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
