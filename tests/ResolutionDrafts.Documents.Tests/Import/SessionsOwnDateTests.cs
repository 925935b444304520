using System.Text;
using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0040, amendment 1): a one-day session printed without its place — the Human Rights Council's "Twenty-eighth special
/// session" with "18 May 2018" under it, or on its line ("Resumed session, 4 February 2026") — keeps that date as the session's place
/// and dates, not as the date of issue; the date of issue stands in the right column or with "Distr.:" above the session, and on
/// WHO's masthead on the session's row, as before. Nothing is left unread either way. English and Chinese.
/// </summary>
public sealed class SessionsOwnDateTests
{
    private const string Body = "Austria and Mexico: draft resolution\nA title of the draft\nThe Human Rights Council,\nRecalling its resolution 1/1,\n1. Decides to remain seized of the matter.\n";
    private const string BodyZh = "奥地利和墨西哥：决议草案\n草案的标题\n人权理事会，\n回顾其第1/1号决议，\n1. 决定继续处理此案。\n";

    private const string Council = "Human Rights Council\nTwenty-eighth special session\n18 May 2018\nAgenda item 1\nOrganizational and procedural matters\n" + Body;
    private const string CouncilZh = "人权理事会\n第二十八届特别会议\n2018年5月18日\n议程项目1\n组织和程序事项\n" + BodyZh;
    private const string UnBlock = "United Nations\nA/HRC/S-28/L.1\nGeneral Assembly\nDistr.: Limited\n17 May 2018\nOriginal: English\n";
    private const string UnBlockZh = "联合国\nA/HRC/S-28/L.1\n大会\nDistr.: Limited\n2018年5月17日\nChinese\nOriginal: English\n";

    private static ImportResult Import(string text, string language)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text, Language = language });
        Assert.True(result.IsSuccess, result.Error);
        return result;
    }

    [Theory]
    [InlineData(Council, "en", "Twenty-eighth special session", "18 May 2018")]
    [InlineData(CouncilZh, "zh", "第二十八届特别会议", "2018年5月18日")]
    public void ADateAloneUnderTheSession_WithNoDateOfIssueAbove_IsTheSessionsOwnDate(string text, string language, string session, string day)
    {
        // The masthead's left column alone, as a delegate copies it: no "Distr.:" block, no right column.
        var result = Import(text, language);

        // Was: the session's day read as the date of issue, and no place and dates.
        Assert.Equal((session, day, (string?)null), (result.Draft!.Metadata.Session, result.Draft.Metadata.PlaceAndDates, result.Draft.Metadata.Date));
        Assert.Empty(result.Review!.UnreadLines);
    }

    [Theory]
    [InlineData(UnBlock + Council, "en", "17 May 2018", "18 May 2018")]
    [InlineData(UnBlockZh + CouncilZh, "zh", "2018年5月17日", "2018年5月18日")]
    public void TheUnsDateOfIssueUnderDistr_AndTheSessionsDayUnderTheSession_AreEachKept(string text, string language, string issued, string day)
    {
        var draft = Import(text, language).Draft!;

        Assert.Equal((issued, day), (draft.Metadata.Date, draft.Metadata.PlaceAndDates));
    }

    [Theory]
    [InlineData("en", "Twenty-eighth special session", "Twenty-eighth special session, 18 May 2018", "18 May 2018")]
    [InlineData("en", "Resumed session", "Resumed session, 4 February 2026", "4 February 2026")]
    [InlineData("en", "Special session", "Special session 4 February 2026", "4 February 2026")]
    [InlineData("zh", "第二十八届特别会议", "第二十八届特别会议，2018年5月18日", "2018年5月18日")]
    public void ASessionLineWithItsDay_IsTheSessionAndItsDate_NotALineLeftUnread(string language, string session, string line, string day)
    {
        var council = language == "zh" ? CouncilZh : Council;
        var text = council.Replace(session + "\n" + (language == "zh" ? "2018年5月18日" : "18 May 2018") + "\n", line + "\n", StringComparison.Ordinal);
        if (!text.Contains(line, StringComparison.Ordinal))
        {
            text = council.Replace("Twenty-eighth special session\n18 May 2018\n", line + "\n", StringComparison.Ordinal);
        }

        Assert.Contains(line, text, StringComparison.Ordinal);
        var result = Import(text, language);

        // Was: the line matched nothing, was listed as not in the draft, and the draft had no session.
        Assert.Equal((session, day, (string?)null), (result.Draft!.Metadata.Session, result.Draft.Metadata.PlaceAndDates, result.Draft.Metadata.Date));
        Assert.Empty(result.Review!.UnreadLines);
    }

    [Fact]
    public void TheDateOfIssueOnTheSessionsRow_InTheRightColumn_IsStillTheDateOfIssue()
    {
        var text = "Human Rights Council                                          A/HRC/S-28/L.1\nTwenty-eighth special session                                 17 May 2018\n18 May 2018\nAgenda item 1\nOrganizational and procedural matters\n" + Body;

        var draft = Import(text, "en").Draft!;

        Assert.Equal(("17 May 2018", "18 May 2018"), (draft.Metadata.Date, draft.Metadata.PlaceAndDates));
    }

    [Theory]
    [InlineData("en", "EXECUTIVE BOARD\nEBSS6/CONF./1\nSpecial session\n4 February 2026\nAgenda item 3\n", "4 February 2026")]
    [InlineData("zh", "执行委员会\nEBSS6/CONF./1\n特别会议\n2026年2月4日\n议程项目3\n", "2026年2月4日")]
    public void WhosMasthead_PastedACellALine_KeepsTheDateUnderTheSessionAsTheDateOfIssue(string language, string masthead, string date)
    {
        // WHO prints its date of issue on the session's row, right of it (ADR 0040); cells pasted a line each put it under the session.
        var body = language == "zh" ? BodyZh.Replace("人权理事会", "执行委员会", StringComparison.Ordinal) : Body.Replace("Human Rights Council", "Executive Board", StringComparison.Ordinal);

        var draft = Import(masthead + body, language).Draft!;

        Assert.Equal((date, (string?)null), (draft.Metadata.Date, draft.Metadata.PlaceAndDates));
    }
}
