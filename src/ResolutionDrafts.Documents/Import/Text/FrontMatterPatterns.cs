using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>The first-page lines of an issued document, in English and Chinese.</summary>
internal static partial class FrontMatterPatterns
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>The distribution line: "Distr.: Limited", "Distr.:" (its word on the next line), "分发：限制" (a Chinese block, ADR 0010).</summary>
    [GeneratedRegex(@"^(?:Distr\.?|分发)\s*[:：]?\s*(?<d>[A-Za-z]+|限制|普遍|一般|内部)?$")]
    public static partial Regex Distribution();

    /// <summary>
    /// A distribution printed alone, as a masthead's column may print it: "Restricted", "LIMITED", "General", "限制分发",
    /// "普遍分发" (a document's classification, which the draft keeps as its distribution); "General Distribution", as the
    /// IAEA prints it.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:Restricted|Limited|General)(?:\s+Distribution)?|(?:限制|普遍|一般|内部)分发)$", RegexOptions.IgnoreCase)]
    public static partial Regex DistributionWord();

    /// <summary>A distribution as the draft keeps it, in the English words the UN prints in every version: "Limited", "General", "Restricted".</summary>
    public static string DistributionValue(string printed)
    {
        var word = printed.Trim();
        word = word.EndsWith(" Distribution", StringComparison.OrdinalIgnoreCase) ? word[..^" Distribution".Length].TrimEnd() : word;
        return word.Replace("分发", "", StringComparison.Ordinal) switch
        {
            "限制" => "Limited",
            "普遍" or "一般" => "General",
            "内部" => "Restricted",
            _ when word.Length > 1 && word.All(char.IsAsciiLetter) => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant(),
            _ => word,
        };
    }

    [GeneratedRegex(@"^(?:Original\s*:\s*(?<l>[A-Za-z]+)|原文\s*[:：]\s*(?<l>\p{IsCJKUnifiedIdeographs}{2,5}))$")]
    public static partial Regex Original();

    /// <summary>The language of the version, printed alone in its masthead: "English", "中文".</summary>
    [GeneratedRegex(@"^(?:Arabic|Chinese|English|French|Russian|Spanish|阿拉伯文|中文|英文|法文|俄文|西班牙文)$")]
    public static partial Regex LanguageName();

    [GeneratedRegex(@"^(?:\d{1,2}\s+(?:" + Months + @")\s+\d{4}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")]
    public static partial Regex Date();

    /// <summary>
    /// A session's line with the session's own date after its name, one day and no place: "Twenty-eighth special session, 18 May 2018",
    /// "Resumed session, 4 February 2026", "第二十八届特别会议，2018年5月18日" (ADR 0040, amendment 1); or its days, after a comma: "Annual
    /// session, 10–13 June 2026", "First regular session, 30 January–2 February 2026" (a UN fund's Executive Board; amendment 2).
    /// </summary>
    [GeneratedRegex(@"^(?<s>(?:[\p{L}\d\-]+\s+){0,4}session),?\s+(?<d>\d{1,2}\s+(?:" + Months + @")\s+\d{4})$|^(?<s>(?:[\p{L}\d\-]+\s+){0,4}session),\s+(?<d>\d{1,2}(?:\s+(?:" + Months + @"))?\s*[–—-]\s*\d{1,2}\s+(?:" + Months + @")\s+\d{4})$|^(?<s>第.{1,12}届.{0,8}会议)\s*[，,]?\s*(?<d>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$", RegexOptions.IgnoreCase)]
    public static partial Regex SessionWithDate();

    /// <summary>
    /// A session's line: "Seventy-ninth session", "Resumed seventy-eighth session", "158th session" (WHO's Executive Board),
    /// "第七十九届会议"; the Economic and Social Council's year, "2025 session" / "2025年届会" (also "2025年实质性会议"); a UN fund's Executive
    /// Board's session with its year after it, "Annual session 2026", "First regular session 2026" / "2026年年度会议", "2026年第一届常会".
    /// </summary>
    [GeneratedRegex(@"^(?:[\p{L}\d\-]+\s+){0,4}session(?:\s+\d{4})?$|^第.{1,12}届.{0,8}会议.{0,3}$|^\d{4}\s*年\s*(?:届会|第.{1,3}届常会|(?:实质性|组织|协调|管理|年度)?会议)$", RegexOptions.IgnoreCase)]
    public static partial Regex Session();

    /// <summary>
    /// A World Health Assembly's masthead line, its session and its body in one: "SEVENTY-NINTH WORLD HEALTH ASSEMBLY",
    /// "Seventy-ninth World Health Assembly", "79th World Health Assembly", "第七十九届世界卫生大会" (ADR 0036, amendment 3).
    /// Never the author line: that one goes on with a comma.
    /// </summary>
    [GeneratedRegex(@"^(?:The\s+)?(?<n>(?:[A-Za-z]+-)?[A-Za-z]*(?:st|nd|rd|th)|\d{1,3}(?:st|nd|rd|th))\s+World\s+Health\s+Assembly$|^第\s*(?<n>[一二三四五六七八九十百零〇\d]{1,6})\s*届\s*世界卫生大会$", RegexOptions.IgnoreCase)]
    public static partial Regex AssemblySession();

    /// <summary>WHO's Executive Board over its session ("EXECUTIVE BOARD" / "158th session"), in any case, or "执行委员会".</summary>
    [GeneratedRegex(@"^(?:Executive\s+Board|执行委员会)$", RegexOptions.IgnoreCase)]
    public static partial Regex ExecutiveBoard();

    [GeneratedRegex(@"^(?:(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee|Special Political and Decolonization Committee(?:\s*\(Fourth Committee\))?|第[一二三四五六]委员会|特别政治和非殖民化委员会(?:[（(]第四委员会[)）])?)$")]
    public static partial Regex Committee();

    [GeneratedRegex(@"(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee|第[一二三四五六]委员会")]
    public static partial Regex CommitteeInside();

    /// <summary>
    /// The agenda item: "Agenda item 3 (c)", "Provisional agenda item 18*", "议程项目3"; the item named after its number, as
    /// executive boards and the IAEA's General Conference print it: "Item 4 of the provisional agenda", "Item 16 of the agenda".
    /// </summary>
    [GeneratedRegex(@"^(?:(?:Provisional\s+)?agenda\s+items?|(?:临时)?议程\s*\*?\s*项目)\s*\*?\s*(?<n>\S.{0,40})$|^Items?\s+(?<n>\d{1,3}(?:\s?\([a-z]\))?)\s+of\s+the\s+(?:provisional\s+)?agenda\*?$", RegexOptions.IgnoreCase)]
    public static partial Regex AgendaItem();

    /// <summary>
    /// A date in a line (place and dates): a year and a month ("2017年11月6日至10日", "6–10 November 2017").
    /// A year alone is no date: "2021年方案预算" is a budget resolution's title.
    /// </summary>
    [GeneratedRegex(@"\d{4}.*(?:" + Months + @"|年\s*\d{1,2}\s*月)|(?:" + Months + @").*\d{4}")]
    public static partial Regex HasDate();

    [GeneratedRegex(@"^(?<what>Resolution|Decision)s? adopted by\s+(?:the\s+)?.{3,80}$|^(?<what>Resolution|Decision)s? adopted on\s+\d{1,2}\s+(?:" + Months + @")\s+\d{4}(?:,?\s+(?:during|at)\s+the\s+.{3,60}meeting)?$|^(?:\d{4}\s*年.{1,12}日)?[\p{IsCJKUnifiedIdeographs}]{1,12}?(?:\s*\d{4}\s*年.{1,12}日\s*)?(?:(?:通过的)?(?<what>决议)|通过的(?<what>决定))$", RegexOptions.IgnoreCase)]
    public static partial Regex Adoption();

    /// <summary>"Decision adopted by the General Assembly …" / "大会通过的决定": an adopted decision's heading.</summary>
    public static bool AdoptsDecision(string line) =>
        Adoption().Match(line) is { Success: true } m && (m.Groups["what"].Value.Equals("decision", StringComparison.OrdinalIgnoreCase) || m.Groups["what"].Value == "决定");

    /// <summary>
    /// A Security Council resolution's heading: "Resolution 2719 (2023)" / "第2719 (2023)号决议", then "Adopted by the Security
    /// Council at its 9512th meeting, on 30 December 2023" / "2023年12月30日安全理事会第9512次会议通过".
    /// </summary>
    [GeneratedRegex(@"^(?:Resolution\s+\d{1,5}\s*\(\d{4}\)|第\s*\d{1,5}\s*\(\d{4}\)\s*号决议|Adopted by the .{3,80} at its \d+(?:st|nd|rd|th) meeting,? on \d{1,2} \S+ \d{4}|\d{4}\s*年.{1,12}日[\p{IsCJKUnifiedIdeographs}]{2,12}第\s*\d+\s*次会议通过)$", RegexOptions.IgnoreCase)]
    public static partial Regex NumberedAdoption();

    /// <summary>Runs of white space, as one.</summary>
    [GeneratedRegex(@"\s+")]
    public static partial Regex Spaces();

    /// <summary>A Security Council resolution's number as printed over it: "Resolution 2799 (2026)" / "第2799(2026)号决议".</summary>
    [GeneratedRegex(@"^(?:Resolution\s+(?<n>\d{1,5})\s*\((?<y>\d{4})\)|第\s*(?<n>\d{1,5})\s*\((?<y>\d{4})\)\s*号决议)$", RegexOptions.IgnoreCase)]
    public static partial Regex CouncilNumber();

    [GeneratedRegex(@"^on\s+\d{1,2}\s+(?:" + Months + @")\s+\d{4}$", RegexOptions.IgnoreCase)]
    public static partial Regex OnDate();

    [GeneratedRegex(@"^\[.*\]$")]
    public static partial Regex Bracketed();

    /// <summary>
    /// The number of an adopted resolution before its title: "80/4. Necessity of …", the Economic and Social Council's
    /// "2026/21. Support …", a conference's "Decision 11/3" or "Resolution 10/2" on a line of its own, above the title; a
    /// treaty body's "Decision 1/CP.29", "Decision 3/CMA.6"; a draft's number still to be given, "58/… The right to education"
    /// (the Human Rights Council's drafts); a number with its session in brackets, as the regional commissions print it before
    /// the title: "773(XL) Programme of work …" (the session in Roman figures), "350 (S-33) Strengthening …"; an executive board's
    /// "2025/8" on a line of its own.
    /// </summary>
    [GeneratedRegex(@"^(?:\d{1,4}/\d{1,4}(?:\s*[A-Z])?\s*\.\s*(?<rest>.*)|\d{4}/\d{1,3}|\d{1,4}\s?\((?:[IVXLC]{1,8}|[A-Z]{0,3}-?\d{1,3})\)\.?(?:\s+(?<rest>\S.*))?|\d{1,4}/\s?(?:…|\.{3})\s+(?<rest>\S.*)|(?<what>Resolution|Decision)\s+\d{1,4}/(?:\d{1,4}|[A-Z]{2,5}\.\d{1,3})(?:\s*[A-Z])?\.?(?:\s+(?<rest>\S.*))?)$")]
    public static partial Regex ResolutionNumber();

    /// <summary>A title that names what it is: "Resolution concerning decent work …", "Decision on the programme of work".</summary>
    [GeneratedRegex(@"^(?:Resolution|Decision)\s+(?:concerning|on|relating\s+to|regarding)\s")]
    public static partial Regex TitleOfAResolution();

    /// <summary>A part of a resolution issued in parts: "A", "B. Report of …".</summary>
    [GeneratedRegex(@"^(?<t>[A-H])(?:\.?$|\.\s+(?<rest>\S.{0,200})$)")]
    public static partial Regex Part();

    [GeneratedRegex(@"Assembly|Council|Conference|Commission|Committee|Meeting|Parties|Board|Forum")]
    public static partial Regex OrganWord();

    /// <summary>A Chinese organ's name, by how it ends: "人权理事会", "执行委员会", "缔约方会议", "论坛" (as <see cref="OrganWord"/> in English).</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,30}(?:理事会|委员会|大会|会议|论坛|执行局)$")]
    public static partial Regex ChineseOrganWord();

    [GeneratedRegex(@"[，,。；;：:、]")]
    public static partial Regex ChinesePunctuation();

    /// <summary>The meeting a resolution closes with, on a line of its own: "45th meeting", "72nd plenary meeting", "第45次会议", "第72次全体会议".</summary>
    /// A resumed meeting says so: "48th (resumed) plenary meeting", "第48次全体会议(续会)".
    /// The World Health Assembly's spells its meeting out and puts the date after a comma: "Seventh plenary meeting, 1 June 2024",
    /// "第七次全体会议，2024年6月1日" (the date in the group "date"; ADR 0036, amendment 3); WHO's Executive Board its "Fifth meeting,
    /// 6 February 2026" (ADR 0034, amendment 4).
    [GeneratedRegex(@"^(?<meeting>\d{1,3}(?:st|nd|rd|th)\s+(?:\(?resumed\)?\s+)?(?:plenary\s+)?meeting|[A-Z][a-z]+(?:-[a-z]+)?(?:st|nd|rd|th)\s+(?:\(?resumed\)?\s+)?(?:plenary\s+)?meeting|第\s*[\d一二三四五六七八九十百]{1,5}\s*次(?:全体)?会议(?:\s*[(（]\s*续会\s*[)）]|[)）])?)(?:\s*[,，]\s*(?<date>\d{1,2}\s+(?:" + Months + @")\s+\d{4}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))?$", RegexOptions.IgnoreCase)]
    public static partial Regex ClosingMeeting();

    /// <summary>
    /// The Chinese Official Records' older order, the date before the meeting, on one line: "1995年12月12日 第90次全体会议"
    /// (ADR 0034, amendment 2); on two lines each is a <see cref="Date"/> and a <see cref="ClosingMeeting"/>. The meeting's number in
    /// figures or spelled out as WHO spells it ("2026年5月27日第七次全体会议"; ADR 0036, amendment 5).
    /// </summary>
    [GeneratedRegex(@"^(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?<meeting>第\s*[\d一二三四五六七八九十百]{1,5}\s*次(?:全体)?会议(?:\s*[(（]\s*续会\s*[)）])?)$")]
    public static partial Regex DatedMeeting();

    [GeneratedRegex(@"plenary meeting|^\d{1,3}(?:st|nd|rd|th) meeting|^[A-Z][a-z]+(?:-[a-z]+)?(?:st|nd|rd|th) meeting\b|全体会议|次会议|^\d{1,2}\s+\w+\s+\d{4}$|^\d{4}\s*年.*日$|^\[.*\]$", RegexOptions.IgnoreCase)]
    public static partial Regex MeetingLine();

    [GeneratedRegex(@"^(?:Annex(?:\s+[IVX]+)?|ANNEX(?:\s+[IVX]+)?|附件(?:[一二三四五六七八九十]+)?)$")]
    public static partial Regex Annex();

    public static string? LanguageCode(string name) => name.ToLowerInvariant() switch
    {
        "english" or "英文" => "en",
        "chinese" or "中文" => "zh",
        "french" or "法文" => "fr",
        "spanish" or "西班牙文" => "es",
        "russian" or "俄文" => "ru",
        "arabic" or "阿拉伯文" => "ar",
        _ => null,
    };
}
