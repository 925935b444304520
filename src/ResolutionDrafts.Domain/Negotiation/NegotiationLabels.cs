using System.Globalization;

namespace ResolutionDrafts.Domain.Negotiation;

/// <summary>
/// Labels of proposed paragraphs in a negotiation text, the UN way: the first paragraph proposed
/// after OP5 is "OP5 bis", the next "OP5 ter", then quater, quinquies and so on (Latin
/// multiplicatives, as in "rule 12 bis"). A paragraph proposed before the first of its kind
/// counts from 0: "OP0 bis".
/// </summary>
public static class NegotiationLabels
{
    private static readonly string[] Multiplicatives =
    [
        "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies",
        "undecies", "duodecies", "terdecies", "quaterdecies", "quindecies", "sexdecies", "septdecies", "octodecies", "novodecies", "vicies",
    ];

    /// <summary>"bis" for the first paragraph proposed after another, "ter" for the second …; "(21)" past "vicies".</summary>
    public static string Suffix(int nth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nth, 1);
        return nth <= Multiplicatives.Length ? Multiplicatives[nth - 1] : "(" + (nth + 1).ToString(CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>"OP5 bis" for <paramref name="after"/> "OP5" and the first paragraph proposed after it.</summary>
    public static string Label(string after, int nth) => after + " " + Suffix(nth);
}
