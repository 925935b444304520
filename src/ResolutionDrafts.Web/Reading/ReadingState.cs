namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// The printed draft at one moment, as every reader of it gets it: the lines above the paragraphs,
/// each paragraph's HTML, the lines below, and the side panels (who is in the draft, the proposals,
/// the style check). Immutable and shared by all the draft's readers; a page is built from it
/// without rendering anything (<see cref="Components.Drafts.ReadingDocument"/>).
/// </summary>
/// <param name="Version">
/// "chain.sequence": which broadcast made it and its place in that broadcast's sequence. A message
/// says which version it follows; a page at another version fetches the whole document.
/// </param>
/// <param name="Revision">The live text's revision (its number of changes so far).</param>
public sealed record ReadingState(
    string Version,
    int Revision,
    string? Symbol,
    string Language,
    bool Chinese,
    string Front,
    IReadOnlyList<ReadingParagraphHtml> Paragraphs,
    string Back)
{
    /// <summary>The side panels as printed for every reader (empty until the broadcast printed them).</summary>
    public ReadingPanels Panels { get; init; } = ReadingPanels.None;

    /// <summary>The sequence number within the version's chain.</summary>
    public int Sequence => int.Parse(Version.AsSpan(Version.IndexOf('.') + 1), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The reading page's side panels, each printed once for all readers with the key of what it shows
/// (the same key, the same HTML: a change elsewhere does not print it again).
/// </summary>
public sealed record ReadingPanels(ReadingPanel Presence, ReadingPanel Proposals, ReadingPanel Style)
{
    public static readonly ReadingPanels None = new(ReadingPanel.Empty, ReadingPanel.Empty, ReadingPanel.Empty);

    /// <summary>The panels' names, as the page and the messages call them.</summary>
    public const string PresenceName = "presence", ProposalsName = "proposals", StyleName = "style";

    /// <summary>The panels whose HTML differs from <paramref name="before"/>'s, by name.</summary>
    public Dictionary<string, string> ChangedSince(ReadingPanels before)
    {
        var changed = new Dictionary<string, string>();
        foreach (var (name, panel, old) in All(before))
        {
            if (panel.Html != old.Html)
            {
                changed[name] = panel.Html;
            }
        }

        return changed;
    }

    /// <summary>Every panel's HTML, by name.</summary>
    public Dictionary<string, string> Html() => new()
    {
        [PresenceName] = Presence.Html, [ProposalsName] = Proposals.Html, [StyleName] = Style.Html,
    };

    private IEnumerable<(string Name, ReadingPanel Panel, ReadingPanel Old)> All(ReadingPanels before) =>
    [
        (PresenceName, Presence, before.Presence), (ProposalsName, Proposals, before.Proposals), (StyleName, Style, before.Style),
    ];
}

/// <param name="Key">Everything the panel shows; <paramref name="Html"/> is printed again only when it changes.</param>
public sealed record ReadingPanel(string Key, string Html)
{
    public static readonly ReadingPanel Empty = new("\u0000", "");
}
