using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// World Health Assembly and Executive Board texts as delegates receive them (issue 16; ADR 0036, amendments 3–5), shared by the
/// WHO tests: an adopted resolution with its symbol, meeting and verbatim record, English and Chinese; an adopted Executive Board
/// resolution; a WHA draft proposed by States, English and Chinese; an adopted decision; an Executive Board draft.
/// </summary>
internal static class WhoSamples
{
    public const string Adopted = """
        SEVENTY-NINTH WORLD HEALTH ASSEMBLY                     WHA79.12
        Agenda item 13.4                                        27 May 2026

        Strengthening primary health care

        The Seventy-ninth World Health Assembly,

        Having considered the report by the Director-General;

        Recalling resolution WHA72.2 (2019) on primary health care;

        1. URGES Member States:

        (1) to strengthen primary health care as the foundation of universal health coverage;

        (2) to allocate adequate resources to primary health care;

        2. REQUESTS the Director-General to report on progress to the Eighty-first World Health Assembly in 2028.

        Seventh plenary meeting, 27 May 2026
        A79/VR/7
        """;

    public const string AdoptedZh = """
        第七十九届世界卫生大会                     WHA79.12
        议程项目13.4                              2026年5月27日

        加强初级卫生保健

        第七十九届世界卫生大会，

        审议了总干事的报告；

        回顾关于初级卫生保健的WHA72.2号决议；

        1. 敦促会员国：

        （1）加强初级卫生保健；

        （2）为初级卫生保健分配充足资源；

        2. 要求总干事向2028年第八十一届世界卫生大会报告进展情况。

        第七次全体会议，2026年5月27日
        A79/VR/7
        """;

    /// <summary>An adopted resolution of WHO's Executive Board: its meeting spelled out without "plenary", its summary record under it.</summary>
    public const string Board = """
        EXECUTIVE BOARD                                         EB158.R3
        158th session                                           6 February 2026
        Agenda item 7

        Strengthening primary health care

        The Executive Board,

        Having considered the report by the Director-General;

        1. RECOMMENDS to the Seventy-ninth World Health Assembly the adoption of the following resolution;

        2. REQUESTS the Director-General to report to the Board.

        Fifth meeting, 6 February 2026
        EB158/SR/5
        """;

    public const string Proposed = """
        SEVENTY-NINTH WORLD HEALTH ASSEMBLY                     A79/A/CONF./3
        Agenda item 13.4                                        24 May 2026

        Strengthening primary health care

        Draft resolution proposed by Brazil, Ghana and Thailand

        The Seventy-ninth World Health Assembly,

        Having considered the report by the Director-General;

        1. URGES Member States to strengthen primary health care;

        2. REQUESTS the Director-General to report on progress to the Eighty-first World Health Assembly in 2028.
        """;

    public const string ProposedZh = """
        第七十九届世界卫生大会                     A79/A/CONF./3
        议程项目13.4                              2026年5月24日

        加强初级卫生保健

        由巴西、加纳和泰国提出的决议草案

        第七十九届世界卫生大会，

        审议了总干事的报告；

        1. 敦促会员国加强初级卫生保健；

        2. 要求总干事向2028年第八十一届世界卫生大会报告进展情况。
        """;

    public const string Decision = """
        SEVENTY-NINTH WORLD HEALTH ASSEMBLY                     WHA79(8)
        Agenda item 13.4                                        27 May 2026

        Strengthening primary health care

        The Seventy-ninth World Health Assembly, having considered the report by the Director-General, decided to defer the consideration of the matter to its eightieth session.

        Seventh plenary meeting, 27 May 2026
        """;

    public const string DecisionZh = """
        第七十九届世界卫生大会                     WHA79(8)
        议程项目13.4                              2026年5月27日

        加强初级卫生保健

        第七十九届世界卫生大会审议了总干事的报告，决定推迟至第八十届会议审议此事项。

        第七次全体会议，2026年5月27日
        """;

    /// <summary>A draft of WHO's Executive Board, its session a number ("158th session"), its symbol a document's ("EB158/CONF./4").</summary>
    public const string BoardDraft = """
        EXECUTIVE BOARD                                                     EB158/CONF./4
        158th session                                                       4 February 2026
        Agenda item 7

        Promoting the health of refugees and migrants

        Draft resolution proposed by Canada, Colombia and Ghana

        The Executive Board,

        Recalling resolution WHA76.14 (2023) on promoting the health of refugees and migrants;

        (1) RECOMMENDS to the Seventy-ninth World Health Assembly the adoption of the following resolution;

        (2) REQUESTS the Director-General to report to the Eightieth World Health Assembly.
        """;

    /// <summary>The text imported as text (in <paramref name="language"/>, or detected), which must succeed.</summary>
    public static ImportResult Read(string text, string? language = null)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text, Language = language });
        Assert.True(result.IsSuccess, result.Error);
        return result;
    }

    public static Draft Import(string text, string? language = null) => Read(text, language).Draft!;

    /// <summary>Our own DOCX or AKN of a draft imported again, which must succeed.</summary>
    public static Draft Back(byte[] bytes, ImportFormat format)
    {
        var result = DraftImporter.Import(bytes, new ImportOptions { Format = format });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }
}
