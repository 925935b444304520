namespace ResolutionDrafts.Web.Collaboration;

/// <summary>
/// A person's colour in a draft as one node holds it: since when (<paramref name="Joined"/>, Unix
/// milliseconds, as stored in the shared presence) and on which node, to tell who came first.
/// </summary>
public sealed record PresenceClaim(string Person, string Colour, long Joined, string Node)
{
    /// <summary>Joined before <paramref name="other"/>; the same instant is ordered by node, so two nodes agree.</summary>
    public bool IsEarlierThan(PresenceClaim other) =>
        Joined < other.Joined || (Joined == other.Joined && string.CompareOrdinal(Node, other.Node) < 0);
}
