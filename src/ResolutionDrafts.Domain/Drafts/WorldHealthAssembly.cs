using System.Text.RegularExpressions;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// A text of the World Health Assembly (or of WHO's Executive Board): known by its symbol (adopted "WHA79.12", "WHA79(8)",
/// "EB158.R3"; a document of the Assembly or the Board "A79/A/CONF./3", "EB158/CONF./4", "EBSS6/CONF./1" — the UN's are "A/79/…"), its
/// body, or its author line ("The Seventy-ninth World Health Assembly,", "第七十九届世界卫生大会，"). Its preambular
/// paragraphs end with ";" (the Assembly's own rule), not the UN's "," (issue 16). One rule (<see cref="IsMasthead"/>) decides it for
/// the importers' masthead (ADR 0040 amendment 2) and for everything printed WHO's way.
/// </summary>
public static partial class WorldHealthAssembly
{
    [GeneratedRegex(@"^(WHA\d+[.(]|EB(?:SS)?\d+[.(/]|A\d+/)")]
    private static partial Regex Symbol();

    /// <summary>An Executive Board named so and no more: "Executive Board", "The Executive Board,", "执行委员会，".</summary>
    [GeneratedRegex(@"^(?:The\s+)?Executive\s+Board\s*[,，]?$|^执行委员会\s*[,，]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Board();

    /// <summary>WHO numbers its Board's sessions in figures ("158th session", "第158届会议"); UNICEF's, UNDP's and UN-Women's boards name theirs ("Annual session 2026").</summary>
    [GeneratedRegex(@"^\d{1,3}(?:st|nd|rd|th)\s+session$|^第\s*\d{1,3}\s*届会议$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedSession();

    /// <summary>WHO's agenda items are numbered in two tiers ("13.4"); the UN's are "68", "68 (b)".</summary>
    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}$")]
    private static partial Regex TieredAgendaItem();

    public static bool Is(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var m = draft.Metadata;
        return IsMasthead(m.Symbol, m.Body, draft.AuthorLine, m.Session, m.AgendaItem?.Number);
    }

    /// <summary>
    /// The one rule that tells a WHO text from what its masthead and author line give (ADR 0040 amendment 2): a WHO symbol; else the
    /// Assembly or the Board "of the World Health Organization" named (or, for an importer, <paramref name="namesWho"/>: "World Health
    /// Organization" printed over the masthead). Another's symbol ("E/ICEF/2026/L.5", "DP/…") says it is not WHO's, whatever the
    /// body is called. With no symbol, an Executive Board named so and no more is WHO's when the rest of its masthead is: its
    /// session numbered in figures ("158th session") or its agenda item in two tiers ("13.4") — not by the name alone, which
    /// UNICEF's, UNDP/UNFPA/UNOPS' and UN-Women's boards bear too.
    /// </summary>
    public static bool IsMasthead(string? symbol, string? body, string? authorLine, string? session, string? agendaItem, bool namesWho = false)
    {
        if (IsSymbol(symbol) || Names(body) || Names(authorLine))
        {
            return true;
        }

        if (!string.IsNullOrWhiteSpace(symbol))
        {
            return false;
        }

        return (namesWho && (body is null || Board().IsMatch(body.Trim())))
               || ((IsBoard(body) || (body is null && IsBoard(authorLine)))
                   && ((session is not null && NumberedSession().IsMatch(session.Trim())) || (agendaItem is not null && TieredAgendaItem().IsMatch(agendaItem.Trim()))));
    }

    /// <summary>A symbol of WHO's ("WHA79.12", "EB158/CONF./4", "EBSS6/CONF./1", "A79/A/CONF./3"); the UN's are "A/79/…".</summary>
    public static bool IsSymbol(string? symbol) => symbol is not null && Symbol().IsMatch(symbol.Trim());

    private static bool IsBoard(string? text) => text is not null && Board().IsMatch(text.Trim());

    private static bool Names(string? text) =>
        text is not null && (text.Contains("World Health Assembly", StringComparison.OrdinalIgnoreCase) || text.Contains("世界卫生大会", StringComparison.Ordinal)
            || text.Contains("Executive Board of the World Health Organization", StringComparison.OrdinalIgnoreCase));
}
