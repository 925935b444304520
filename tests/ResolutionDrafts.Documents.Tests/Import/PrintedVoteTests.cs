using System.Text;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0034, amendment 3): the Human Rights Council prints its vote under the meeting and date, "[Adopted by a recorded
/// vote of 23 to 12, with 12 abstentions. The voting was as follows: In favour: … Against: … Abstaining: …]" (its AKN marks it in
/// the conclusions, A/HRC/RES/55/2). The text reader left it out with a warning. It is read as the vote (the counts, and the
/// States when listed), printed where the Council prints it (page, DOCX, AKN) and read back from each. English and Chinese.
/// </summary>
public sealed class PrintedVoteTests
{
    private static readonly string[] InFavour = ["Algeria", "Bangladesh", "Benin", "Bolivia (Plurinational State of)", "Burundi", "China", "Cuba", "Eritrea", "Gambia", "Ghana", "Indonesia", "Kazakhstan", "Kuwait", "Kyrgyzstan", "Malawi", "Malaysia", "Maldives", "Morocco", "Qatar", "Somalia", "South Africa", "Sudan", "Viet Nam"];
    private static readonly string[] Against = ["Argentina", "Belgium", "Bulgaria", "Costa Rica", "Finland", "France", "Georgia", "Germany", "Lithuania", "Luxembourg", "Montenegro", "Netherlands (Kingdom of the)"];
    private static readonly string[] Abstaining = ["Brazil", "Cameroon", "Chile", "Côte d’Ivoire", "Dominican Republic", "India", "Japan", "Paraguay", "Romania", "Republic of Korea", "United Arab Emirates", "United States of America"];

    private static string English(string vote) => $"""
        United Nations                                                    A/HRC/RES/55/99
        General Assembly                                                  Distr.: General
                                                                          10 April 2024
        Human Rights Council
        Fifty-fifth session
        26 February–5 April 2024
        Agenda item 4
        Resolution adopted by the Human Rights Council on 4 April 2024
        55/99. Situation of human rights in a country

        The Human Rights Council,

        Guided by the purposes and principles of the Charter of the United Nations,

        1. Decides to extend the mandate of the Special Rapporteur for a period of one year;

        2. Decides to remain seized of the matter.

        53rd meeting
        4 April 2024
        {vote}
        """;

    private static string Chinese(string vote) => $"""
        联合国                                                            A/HRC/RES/55/99
        大会                                                              Distr.: General
                                                                          10 April 2024
        人权理事会
        第五十五届会议
        2024年2月26日至4月5日
        议程项目4
        2024年4月4日人权理事会通过的决议
        55/99. 某国的人权状况

        人权理事会，

        遵循《联合国宪章》的宗旨和原则，

        1. 决定将特别报告员的任务延长一年；

        2. 决定继续处理此事。

        第53次会议
        2024年4月4日
        {vote}
        """;

    private static string EnglishVote(bool listed) => listed
        ? string.Join("\n", "[Adopted by a recorded vote of 23 to 12, with 12 abstentions. The voting was as follows:",
            "In favour:", string.Join(", ", InFavour), "Against:", string.Join(", ", Against), "Abstaining:", string.Join(", ", Abstaining) + "]")
        : "[Adopted by a recorded vote of 23 to 12, with 12 abstentions.]";

    private static string ChineseVote(bool listed) => listed
        ? string.Join("\n", "[以23票赞成、12票反对、12票弃权的记录表决通过。表决情况如下：",
            "赞成：", string.Join("、", InFavour.Select(Sponsors.MemberStates.Find).Select(s => s!.Chinese)),
            "反对：", string.Join("、", Against.Select(Sponsors.MemberStates.Find).Select(s => s!.Chinese)),
            "弃权：", string.Join("、", Abstaining.Select(Sponsors.MemberStates.Find).Select(s => s!.Chinese)) + "]")
        : "[以23票赞成、12票反对、12票弃权的记录表决通过。]";

    private static ImportResult Import(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error);
        return result;
    }

    public static TheoryData<string, bool> Texts => new()
    {
        { "en", true }, { "en", false }, { "zh", true }, { "zh", false },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void TheCouncilsPrintedVote_IsReadAsTheVote_NotLeftOut(string language, bool listed)
    {
        var result = Import(language == "en" ? English(EnglishVote(listed)) : Chinese(ChineseVote(listed)));
        var draft = result.Draft!;

        Assert.Equal(language, draft.Language);
        Assert.True(draft.Metadata.VotePrinted);
        var vote = draft.Metadata.Vote!;
        Assert.Equal(VotingRecord.RecordedVote, vote.Outcome);
        Assert.Equal([("inFavour", 23), ("against", 12), ("abstaining", 12)], vote.Counts.Select(c => (c.Position, c.Count ?? -1)));
        var names = (IEnumerable<string> list) => language == "en" ? list.ToList() : list.Select(n => Sponsors.MemberStates.Find(n)!.Chinese).ToList();
        Assert.Equal(listed ? names(InFavour) : [], vote.Counts[0].Voters);
        Assert.Equal(listed ? names(Abstaining) : [], vote.Counts[2].Voters);
        Assert.Equal(language == "en" ? "53rd meeting" : "第53次会议", draft.Metadata.MeetingLine);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("left out", StringComparison.Ordinal));
        Assert.Empty(result.Review!.UnreadLines);
        Assert.Empty(result.Review.UnknownVoters);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void ThePrintedVote_IsPrintedUnderTheMeeting_InDocxAndAkn_AndReadBackFromEach(string language)
    {
        var draft = Import(language == "en" ? English(EnglishVote(listed: true)) : Chinese(ChineseVote(listed: true))).Draft!;

        var docx = new DocxFile(DocxExporter.Export(draft));
        var texts = docx.BodyParagraphs.Select(DocxFile.VisibleText).ToList();
        var meeting = texts.IndexOf(draft.Metadata.MeetingDate!);
        Assert.Equal(language == "en" ? EnglishVote(listed: true).Split('\n') : ChineseVote(listed: true).Split('\n'), texts.Skip(meeting + 1).Take(7));

        var conclusions = XDocument.Parse(Encoding.UTF8.GetString(AknExporter.ExportBytes(draft))).Descendants().Single(e => e.Name.LocalName == "conclusions");
        Assert.Equal("#adoptedRecordedVote", (string?)conclusions.Descendants().Single(e => e.Name.LocalName == "outcome").Attribute("refersTo"));

        foreach (var (form, bytes) in new[] { ("our docx", DocxExporter.Export(draft)), ("our akn", AknExporter.ExportBytes(draft)), ("text", PlainText(texts)) })
        {
            var back = DraftImporter.Import(bytes);
            Assert.True(back.IsSuccess, $"{form}: {back.Error}");
            Assert.True(back.Draft!.Metadata.VotePrinted, form);
            Assert.True(draft.Metadata.Vote == back.Draft.Metadata.Vote, $"{form}: {back.Draft.Metadata.Vote}");
        }

        var json = DraftJson.Deserialize(DraftJson.Serialize(draft)).Value!;
        Assert.True(json.Metadata.VotePrinted);
        Assert.Equal(draft.Metadata.Vote, json.Metadata.Vote);
    }

    [Fact]
    public void TheCouncilsAkn_ReadsItsMeetingAndItsPrintedVote()
    {
        var draft = Fixtures.Import("akn", "A_HRC_RES_55_2E.xml");

        Assert.Equal(("53rd meeting", "3 April 2024"), (draft.Metadata.MeetingLine, draft.Metadata.MeetingDate));
        Assert.Equal(VotingRecord.WithoutVote, draft.Metadata.Vote?.Outcome);
        Assert.True(draft.Metadata.VotePrinted);
        Assert.Equal(["3 April 2024", "[Adopted without a vote.]"],
            new DocxFile(DocxExporter.Export(draft)).BodyParagraphs.Select(DocxFile.VisibleText).SkipWhile(t => t != "3 April 2024").Take(2));
    }

    /// <summary>
    /// The Council prints its vote a blank line under the meeting's date, as a paragraph of the text (A/HRC/RES/55/2: "3 April
    /// 2024", a line's space, "[Adopted without a vote.]"); our DOCX had it close under the date. The space between the two
    /// paragraphs — the date's space after and the vote's space before, through their styles — is at least a line.
    /// </summary>
    [Theory]
    [InlineData("en", true)]
    [InlineData("zh", true)]
    [InlineData("en", false)]
    [InlineData("akn", false)]
    public void ThePrintedVote_StandsALineUnderTheMeetingsDate_InDocx(string form, bool listed)
    {
        var draft = form == "akn" ? Fixtures.Import("akn", "A_HRC_RES_55_2E.xml")
            : Import(form == "en" ? English(EnglishVote(listed)) : Chinese(ChineseVote(listed))).Draft!;
        var docx = new DocxFile(DocxExporter.Export(draft));
        var paragraphs = docx.BodyParagraphs.ToList();
        var date = paragraphs.FindIndex(p => DocxFile.VisibleText(p) == draft.Metadata.MeetingDate);
        var vote = paragraphs[date + 1];
        Assert.StartsWith(draft.Metadata.Vote!.Printed(form == "zh")[0], DocxFile.VisibleText(vote), StringComparison.Ordinal);

        var gap = Spacing(docx, paragraphs[date], "after") + Spacing(docx, vote, "before");
        Assert.True(gap >= Spacing(docx, vote, "line"), $"{gap} twips between the date and the vote, a line is {Spacing(docx, vote, "line")}");

        // The lines after the vote's first keep the text's spacing: one blank line, not one a line.
        Assert.All(paragraphs.Skip(date + 2).TakeWhile(p => DocxFile.VisibleText(p).Length > 0 && !DocxFile.VisibleText(p).StartsWith('_')),
            p => Assert.True(Spacing(docx, p, "before") < Spacing(docx, p, "line"), DocxFile.VisibleText(p)));
    }

    // A paragraph's spacing attribute (twips) as Word resolves it: the paragraph's own, else its style's, else the style it is based on.
    private static int Spacing(DocxFile docx, System.Xml.Linq.XElement paragraph, string attribute)
    {
        var own = paragraph.Element(DocxFile.W + "pPr")?.Element(DocxFile.W + "spacing")?.Attribute(DocxFile.W + attribute)?.Value;
        for (var style = DocxFile.StyleOf(paragraph); own is null && style is not null;)
        {
            var defined = docx.Style(style);
            own = defined?.Element(DocxFile.W + "pPr")?.Element(DocxFile.W + "spacing")?.Attribute(DocxFile.W + attribute)?.Value;
            style = defined?.Element(DocxFile.W + "basedOn")?.Attribute(DocxFile.W + "val")?.Value;
        }

        return own is null ? 0 : int.Parse(own, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void AGeneralAssemblyVote_StaysOffThePrintedText()
    {
        var draft = Fixtures.Import("corpus/ga/75-en", "75_102_E.xml");

        Assert.False(draft.Metadata.VotePrinted);
        Assert.DoesNotContain(new DocxFile(DocxExporter.Export(draft)).BodyParagraphs.Select(DocxFile.VisibleText), t => t.Contains("recorded vote", StringComparison.Ordinal));
        Assert.DoesNotContain(XDocument.Parse(Encoding.UTF8.GetString(AknExporter.ExportBytes(draft))).Descendants(), e => e.Name.LocalName == "vote");
    }

    [Theory]
    [InlineData("[Adopted by a recorded vote of 23 to 12, with 12 abstentions. The voting was as follows: In favour: Algeria]")] // fewer names than … still read: nothing derived
    public void NamesAreKeptAsPrinted_NothingIsDerived(string vote)
    {
        var draft = Import(English(vote)).Draft!;

        Assert.Equal(["Algeria"], draft.Metadata.Vote!.Counts[0].Voters);
        Assert.Equal(23, draft.Metadata.Vote.Counts[0].Count);
    }

    [Theory]
    [InlineData("[Adopted by a show of hands.]")]
    [InlineData("[Adopted by a recorded vote of 23 to 12, with 12 abstentions. See the annex for the list.]")]
    public void ABracketThatIsNotAVoteAsTheCouncilPrintsIt_IsStillLeftOutWithItsWarning(string record)
    {
        var result = Import(English(record));

        Assert.Null(result.Draft!.Metadata.Vote);
        Assert.Contains(result.Warnings, w => w.Contains("left out", StringComparison.Ordinal) && w.Contains(record[..20], StringComparison.Ordinal));
    }

    private static byte[] PlainText(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines));
}
