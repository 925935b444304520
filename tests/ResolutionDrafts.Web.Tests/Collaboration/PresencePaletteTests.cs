using System.Globalization;
using ResolutionDrafts.Web.Collaboration;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Issue 17: more people than the palette's ten shared colours, three of the ten failed WCAG AA for the
/// white caret label on them, and colours chosen by two nodes alone (Redis away) were never reconciled.
/// The palette: twenty colours, each with at least 4.5:1 for white text, far apart in OKLab. The rule
/// when presence meets again: the one who joined first keeps the colour.
/// </summary>
public sealed class PresencePaletteTests
{
    [Fact]
    public void EveryColour_CarriesTheWhiteCaretLabel_AtWcagAA()
    {
        Assert.All(PresenceColours.Palette, colour => Assert.True(Contrast(colour, "#ffffff") >= 4.5,
            $"{colour} has {Contrast(colour, "#ffffff"):0.00}:1 against the label's white text; WCAG AA asks 4.5:1"));
    }

    [Fact]
    public void TwentyPeopleInADraft_GetTwentyColours_EachFarFromEveryOther()
    {
        var crowd = new List<(string Person, string Colour)>();
        for (var i = 0; i < 20; i++)
        {
            crowd.Add(($"person {i}", PresenceColours.Choose($"person {i}", crowd)));
        }

        Assert.Equal(20, crowd.Select(p => p.Colour).Distinct().Count());
        var nearest = PresenceColours.Palette.SelectMany((a, i) => PresenceColours.Palette.Skip(i + 1).Select(b => (a, b, d: OkLabDistance(a, b)))).MinBy(p => p.d);
        Assert.True(nearest.d >= 0.10, $"{nearest.a} and {nearest.b} are only {nearest.d:0.000} apart in OKLab");
        Assert.Contains(PresenceColours.Choose("a twenty-first", crowd), PresenceColours.Palette);
    }

    [Fact]
    public void Reconcile_TheOneWhoJoinedFirstKeepsTheColour_TheLaterTakesAFreeOne()
    {
        var red = PresenceColours.Palette[1];
        var sara = new PresenceClaim("Sara Lindqvist", red, Joined: 1_000, Node: "b");
        var ana = new PresenceClaim("Ana Pérez (Cuba)", red, Joined: 2_000, Node: "a");

        Assert.Null(PresenceColours.Reconcile(sara, [ana]));
        var anew = PresenceColours.Reconcile(ana, [sara]);
        Assert.NotNull(anew);
        Assert.NotEqual(red, anew);

        // Joined at the same instant: the node decides, the same way on both nodes.
        var tied = ana with { Joined = 1_000 };
        Assert.Null(PresenceColours.Reconcile(tied, [sara]));
        Assert.NotNull(PresenceColours.Reconcile(sara, [tied]));
    }

    [Fact]
    public void Reconcile_ASecondTabOnAnotherNode_TakesTheColourOfTheFirst_AndNothingMovesWhenNoColourIsFree()
    {
        var first = new PresenceClaim("Ana Pérez (Cuba)", PresenceColours.Palette[3], 1_000, "a");
        var second = new PresenceClaim("Ana Pérez (Cuba)", PresenceColours.Palette[5], 2_000, "b");
        Assert.Equal(PresenceColours.Palette[3], PresenceColours.Reconcile(second, [first]));
        Assert.Null(PresenceColours.Reconcile(first, [second]));

        // Every colour held by someone who came first: a new colour would be a shared one too, so none.
        var everyone = PresenceColours.Palette.Select((c, i) => new PresenceClaim($"person {i}", c, i, "a")).ToList();
        var late = new PresenceClaim("late", PresenceColours.Palette[0], 5_000, "b");
        Assert.Null(PresenceColours.Reconcile(late, everyone));
    }

    /// <summary>WCAG 2 contrast ratio of two sRGB colours.</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        var (r, g, b) = Linear(hex);
        return (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
    }

    private static (double R, double G, double B) Linear(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (Channel(1), Channel(3), Channel(5));
    }

    /// <summary>Euclidean distance in OKLab (Björn Ottosson, 2020): about 0.02 is the smallest difference an eye tells.</summary>
    private static double OkLabDistance(string a, string b)
    {
        var (l1, a1, b1) = OkLab(a);
        var (l2, a2, b2) = OkLab(b);
        return Math.Sqrt(Math.Pow(l1 - l2, 2) + Math.Pow(a1 - a2, 2) + Math.Pow(b1 - b2, 2));
    }

    private static (double L, double A, double B) OkLab(string hex)
    {
        var (r, g, b) = Linear(hex);
        var l = Math.Cbrt((0.4122214708 * r) + (0.5363325363 * g) + (0.0514459929 * b));
        var m = Math.Cbrt((0.2119034982 * r) + (0.6806995451 * g) + (0.1073969566 * b));
        var s = Math.Cbrt((0.0883024619 * r) + (0.2817188376 * g) + (0.6299787005 * b));
        return ((0.2104542553 * l) + (0.7936177850 * m) - (0.0040720468 * s),
            (1.9779984951 * l) - (2.4285922050 * m) + (0.4505937099 * s),
            (0.0259040371 * l) + (0.7827717662 * m) - (0.8086757660 * s));
    }
}
