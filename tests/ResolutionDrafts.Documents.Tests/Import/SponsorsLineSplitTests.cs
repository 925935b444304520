using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// In text whose blocks are set apart by blank lines, a line standing right above the sponsors line with no blank
/// line between them (issue 16) goes on with the sponsors only when it is itself part of a list of States: an agenda
/// item's title there ("Report of the International Law Commission" then "Austria and Mexico: draft decision") stays
/// the agenda item's title, while a list wrapped over lines is still joined, wherever it wraps.
/// </summary>
public sealed class SponsorsLineSplitTests
{
    private static Draft Import(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });
        Assert.True(result.IsSuccess, result.Error);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not on the list", StringComparison.Ordinal));
        return result.Draft!;
    }

    private static string English(string agendaTitle, string sponsors) => $"""
        United Nations

        A/C.6/75/L.9

        General Assembly

        Distr.: Limited
        30 October 2020

        Original: English

        Seventy-fifth session
        Sixth Committee
        Agenda item 79
        {agendaTitle}
        {sponsors}

        Report of the International Law Commission on the work of its seventy-second session

        The General Assembly,

        Recalling its resolution 74/186 of 18 December 2019,

        1. Takes note of the report of the International Law Commission;

        2. Decides to include the item in the provisional agenda of its seventy-sixth session.

        """;

    [Fact]
    public void AnAgendaTitleRightAboveTheSponsorsLine_IsNotGluedIntoIt()
    {
        var draft = Import(English("Report of the International Law Commission", "Austria and Mexico: draft resolution"));

        Assert.Equal(["Austria", "Mexico"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal(new AgendaItem("79", "Report of the International Law Commission"), draft.Metadata.AgendaItem);
        Assert.Equal("Report of the International Law Commission on the work of its seventy-second session", draft.Title);
    }

    [Fact]
    public void AnAgendaTitleOnTwoLines_RightAboveASponsorsLineOnTwoLines_IsSplitWhereTheNamesBegin()
    {
        var draft = Import(English(
            "Promotion and protection of human rights: human rights questions,\nincluding alternative approaches",
            "Argentina, Austria, Bosnia and Herzegovina, Chile, Costa Rica,\nMexico and Uruguay: draft decision"));

        Assert.Equal(DocumentKind.DraftDecision, draft.Kind);
        Assert.Equal(["Argentina", "Austria", "Bosnia and Herzegovina", "Chile", "Costa Rica", "Mexico", "Uruguay"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal("Promotion and protection of human rights: human rights questions, including alternative approaches", draft.Metadata.AgendaItem!.Title);
    }

    [Theory]
    [InlineData("Austria, Chile, Mexico, United Kingdom of Great Britain and Northern\nIreland: draft resolution")]
    [InlineData("Austria, Chile, Costa\nRica, Mexico: draft resolution")]
    [InlineData("United Kingdom of Great Britain and Northern\nIreland and Mexico: draft resolution")]
    public void ASponsorsListWrappedAnywhere_IsStillOneLine(string sponsors)
    {
        var draft = Import(English("Report of the International Law Commission", sponsors));

        Assert.Contains("Mexico", draft.Sponsors.Select(s => s.Name));
        Assert.DoesNotContain(draft.Sponsors, s => s.Name.Contains('\n', StringComparison.Ordinal) || s.Name.Contains("Report", StringComparison.Ordinal));
        Assert.Equal("Report of the International Law Commission", draft.Metadata.AgendaItem!.Title);
    }

    [Fact]
    public void AChineseAgendaTitleRightAboveTheSponsorsLine_IsNotGluedIntoIt()
    {
        var text = """
            联合国

            A/C.6/75/L.9

            大会

            第七十五届会议
            第六委员会
            议程项目79
            国际法委员会的报告
            奥地利和墨西哥：决议草案

            国际法委员会第七十二届会议工作报告

            大会，

            回顾其2019年12月18日第74/186号决议，

            1. 注意到国际法委员会的报告；

            2. 决定将该项目列入大会第七十六届会议临时议程。

            """;

        var draft = Import(text);

        Assert.Equal(["奥地利", "墨西哥"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal("国际法委员会的报告", draft.Metadata.AgendaItem!.Title);
    }
}
