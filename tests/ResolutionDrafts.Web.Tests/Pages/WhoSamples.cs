namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// World Health Assembly texts as delegates receive them (issue 16; ADR 0036, amendments 3–5), shared by the WHO page tests: a
/// draft proposed by States and an adopted resolution with its meeting and verbatim record, each in English and Chinese.
/// </summary>
internal static class WhoSamples
{
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

    public const string Adopted = """
        SEVENTY-EIGHTH WORLD HEALTH ASSEMBLY                                WHA78.9
        Agenda item 14.2                                                    26 May 2025

        Strengthening rehabilitation in health systems

        The Seventy-eighth World Health Assembly,

        Recalling resolution WHA76.6 (2023) on strengthening rehabilitation in health systems;

        1. URGES Member States to integrate rehabilitation into primary health care;

        2. REQUESTS the Director-General to report on progress to the Eightieth World Health Assembly.

        Eighth plenary meeting, 26 May 2025
        A78/VR/8
        """;

    public const string AdoptedZh = """
        第七十八届世界卫生大会                                                WHA78.9
        议程项目14.2                                                        2025年5月26日

        加强卫生系统中的康复

        第七十八届世界卫生大会，

        忆及关于加强卫生系统中的康复的WHA76.6号决议（2023年）；

        1. 敦促会员国将康复纳入初级卫生保健；

        2. 要求总干事向第八十届世界卫生大会报告进展情况。

        第八次全体会议，2025年5月26日
        A78/VR/8
        """;
}
