using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0040 amendment 2): one rule tells WHO's masthead (<see cref="WorldHealthAssembly.IsMasthead"/>) — by its symbol
/// ("EB158/…", "EBSS6/…", "WHA79…", "A79/…"), or with no symbol by what else the text says (its session numbered "158th session",
/// an agenda item "13.4", the Assembly or WHO named) — for the session's date as for everything else WHO is decided by. "Executive
/// Board" alone no longer makes a masthead WHO's: UNICEF's, UNDP/UNFPA/UNOPS' and UN-Women's boards bear that name and print the UN's
/// masthead. English and Chinese.
/// </summary>
public sealed class WhoMastheadRuleTests
{
    private const string BoardDraft = """
        EXECUTIVE BOARD
        158th session
        4 February 2026
        Provisional agenda item 13.4
        Promoting the health of refugees and migrants
        Draft resolution proposed by Canada, Colombia and Ghana
        The Executive Board,
        Recalling resolution WHA76.14 (2023) on promoting the health of refugees and migrants;
        (1) RECOMMENDS to the Seventy-ninth World Health Assembly the adoption of the following resolution;
        (2) REQUESTS the Director-General to report to the Eightieth World Health Assembly.
        """;

    private const string BoardDraftZh = """
        执行委员会
        第158届会议
        2026年2月4日
        临时议程项目13.4
        促进难民和移民健康
        由加拿大、哥伦比亚和加纳提出的决议草案
        执行委员会，
        回顾关于促进难民和移民健康的WHA76.14（2023）号决议；
        （1）建议第七十九届世界卫生大会通过以下决议；
        （2）要求总干事向第八十届世界卫生大会报告。
        """;

    [Theory]
    [InlineData("en", BoardDraft, "4 February 2026")]
    [InlineData("zh", BoardDraftZh, "2026年2月4日")]
    public void AnExecutiveBoardDraft_WithNoSymbol_IsReadAndPrintedWhosWay(string language, string text, string date)
    {
        var result = WhoSamples.Read(text, language);
        var draft = result.Draft!;

        // WHO prints its date of issue on the session's row: pasted a line at a time, it stands under the session.
        Assert.Equal((date, (string?)null), (draft.Metadata.Date, draft.Metadata.PlaceAndDates));
        Assert.Equal(3, draft.Sponsors.Count);
        // Was: "United Nations" over it and the UN's sponsors line above the title (only a symbol or "… of the World Health
        // Organization" made an Executive Board WHO's).
        Assert.True(WorldHealthAssembly.Is(draft));
        Assert.Equal(language == "zh" ? Organisation.WorldHealthOrganizationChinese : Organisation.WorldHealthOrganization, Organisation.Of(draft));
        Assert.True(SponsorsLine.UnderTitle(draft));
        Assert.Empty(result.Review!.UnreadLines);
    }

    [Theory]
    [InlineData("en", "158th session", "Agenda item 7")]
    [InlineData("en", "Special session", "Provisional agenda item 3.1")]
    [InlineData("zh", "第158届会议", "议程项目7")]
    public void TheSessionsNumberOrTheAgendaItemsForm_IsEnough(string language, string session, string agenda)
    {
        var text = language == "zh"
            ? BoardDraftZh.Replace("第158届会议", session, StringComparison.Ordinal).Replace("临时议程项目13.4", agenda, StringComparison.Ordinal)
            : BoardDraft.Replace("158th session", session, StringComparison.Ordinal).Replace("Provisional agenda item 13.4", agenda, StringComparison.Ordinal);

        var draft = WhoSamples.Import(text, language);

        Assert.True(WorldHealthAssembly.Is(draft));
        Assert.Null(draft.Metadata.PlaceAndDates);
    }

    /// <summary>A UNICEF Executive Board draft decision as a delegate pastes it, a cell a line; its symbol is the UN's.</summary>
    private const string Unicef = """
        United Nations
        E/ICEF/2026/L.5
        Economic and Social Council
        Distr.: Limited
        2 June 2026
        Original: English
        United Nations Children's Fund
        Executive Board
        {0}
        Agenda item 4
        Annual report of the Executive Director
        Draft decision
        The Executive Board,
        1. Takes note of the annual report of the Executive Director;
        2. Requests UNICEF to report on progress at its annual session of 2027.
        """;

    private const string UnicefZh = """
        联合国
        E/ICEF/2026/L.5
        经济及社会理事会
        Distr.: Limited
        2026年6月2日
        Chinese
        Original: English
        联合国儿童基金会
        执行委员会
        {0}
        议程项目4
        执行主任的年度报告
        决定草案
        执行委员会，
        1. 注意到执行主任的年度报告；
        2. 请儿基会在2027年年度会议上报告进展情况。
        """;

    [Theory]
    [InlineData("en", "Annual session, 10–13 June 2026", "Annual session", "10–13 June 2026", "2 June 2026")]
    [InlineData("en", "Annual session 2026\n11 June 2026", "Annual session 2026", "11 June 2026", "2 June 2026")]
    [InlineData("en", "Annual session\n11 June 2026", "Annual session", "11 June 2026", "2 June 2026")]
    [InlineData("zh", "2026年年度会议\n2026年6月10日至13日", "2026年年度会议", "2026年6月10日至13日", "2026年6月2日")]
    [InlineData("zh", "2026年年度会议\n2026年6月11日", "2026年年度会议", "2026年6月11日", "2026年6月2日")]
    public void AUnicefExecutiveBoardDecision_ReadsTheUnsWay(string language, string sessionLines, string session, string dates, string issued)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, language == "zh" ? UnicefZh : Unicef, sessionLines);

        var result = WhoSamples.Read(text, language);
        var draft = result.Draft!;

        // Was: the day under "Annual session" read as a second date of issue (WHO's way, by the name "Executive Board"), or the
        // session line with its days not read at all.
        Assert.Equal((session, dates, issued), (draft.Metadata.Session, draft.Metadata.PlaceAndDates, draft.Metadata.Date));
        Assert.False(WorldHealthAssembly.Is(draft));
        Assert.Equal(language == "zh" ? "联合国" : "United Nations", Organisation.Of(draft));
    }

    [Theory]
    [InlineData("E/ICEF/2026/L.5", "Executive Board", "158th session", "13.4", false)]
    [InlineData("DP/FPA/OPS/2026/L.2", "Executive Board", "Annual session 2026", null, false)]
    [InlineData(null, "Executive Board", "Annual session 2026", null, false)]
    [InlineData(null, "Executive Board", "First regular session 2026", "4", false)]
    [InlineData(null, "Executive Board", "158th session", null, true)]
    [InlineData(null, "Executive Board", "Special session", "13.4", true)]
    [InlineData(null, "执行委员会", "第158届会议", null, true)]
    [InlineData("EBSS6/CONF./1", "Executive Board", "Special session", "3", true)]
    [InlineData("EB158/CONF./4", null, null, null, true)]
    [InlineData(null, "World Health Assembly", "Seventy-ninth session", "13.4", true)]
    [InlineData(null, "General Assembly", "Eightieth session", "13.4", false)]
    [InlineData("A/C.3/80/L.7", "General Assembly", "158th session", null, false)]
    public void TheRule_ByItsSymbol_ElseByWhatTheTextSays(string? symbol, string? body, string? session, string? agenda, bool who)
    {
        var draft = Draft.Create("en", DocumentKind.DraftResolution).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = symbol, Body = body, Session = session, AgendaItem = agenda is null ? null : new AgendaItem(agenda, "") }).IsSuccess);
        Assert.True(draft.SetAuthorLine(body is null ? "" : $"The {body},").IsSuccess);

        Assert.Equal(who, WorldHealthAssembly.Is(draft));
        Assert.Equal(who, WorldHealthAssembly.IsMasthead(symbol, body, draft.AuthorLine, session, agenda));
    }
}
