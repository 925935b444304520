using System.Text.RegularExpressions;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>Every text fixture imports with the counts its SOURCES.md gives, and nothing of the page stays in the text.</summary>
public sealed partial class TextImportTests
{
    // file, kind, symbol, PP, OP, sub-paragraphs, footnotes, sponsors, title start
    public static TheoryData<string, DocumentKind, string?, int, int, int, int, int, string> Expected => new()
    {
        { "A_80_L.6.txt", DocumentKind.DraftResolution, "A/80/L.6", 8, 5, 0, 1, 1, "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba" },
        { "A_C.1_80_L.5.txt", DocumentKind.DraftResolution, "A/C.1/80/L.5", 18, 6, 0, 7, 11, "Conclusion of effective international arrangements to assure non-nuclear-weapon States against the use or threat of use of nuclear weapons" },
        { "A_C.3_80_L.24.txt", DocumentKind.DraftResolution, "A/C.3/80/L.24", 4, 2, 0, 1, 1, "Report of the Human Rights Council" },
        { "A_C.3_80_L.64.txt", DocumentKind.Amendment, "A/C.3/80/L.64", 0, 3, 0, 0, 1, "Rights of the child" },
        { "A_C.3_80_L.65.txt", DocumentKind.Amendment, "A/C.3/80/L.65", 0, 1, 0, 0, 20, "Report of the Human Rights Council" },
        { "A_C.6_80_L.10.txt", DocumentKind.DraftResolution, "A/C.6/80/L.10", 5, 28, 21, 38, 25, "Report of the United Nations Commission on International Trade Law on the work of its fifty-eighth session" },
        { "A_RES_80_4.txt", DocumentKind.AdoptedResolution, "A/RES/80/4", 8, 5, 0, 1, 0, "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba" },
        { "A_RES_50_72_A_zh.txt", DocumentKind.AdoptedResolution, null, 3, 9, 0, 0, 0, "审查大会第十届特别会议通过的建议和决定的执行情况" },
        { "cosp7-technical-assistance-rev-draft.zh.txt", DocumentKind.RevisedDraftResolution, null, 11, 18, 0, 3, 4, "促进提供技术援助支持有效实施《联合国反腐败公约》" },
    };

    [GeneratedRegex(@"\b\d{2}-\d{5}\b|\*\d{5,}\*|https?://|www\.|_{4,}")]
    private static partial Regex PageFurniture();

    /// <summary>The page numbers ("2/8") the fixture prints alone on a line.</summary>
    private static List<string> PageNumbers(string file) =>
        File.ReadAllLines(Fixtures.Path_("text", file)).Select(l => l.Trim()).Where(l => Regex.IsMatch(l, @"^\d{1,2}/\d{1,2}$")).Distinct().ToList();

    [Theory]
    [MemberData(nameof(Expected))]
    public void Import_TextFixture_HasTheCountsOfSources(string file, DocumentKind kind, string? symbol, int pp, int op, int subs, int footnotes, int sponsors, string title)
    {
        var draft = Fixtures.Import("text", file);

        Assert.Equal(kind, draft.Kind);
        Assert.Equal(symbol, draft.Metadata.Symbol);
        Assert.Equal(title, draft.Title);
        Assert.Equal(pp, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(op, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(subs, Fixtures.SubParagraphs(draft));
        Assert.Equal(footnotes, draft.Footnotes.Count);
        Assert.Equal(sponsors, draft.Sponsors.Count);
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Import_TextFixture_LeavesNoPageFurnitureInParagraphs(string file, DocumentKind kind, string? symbol, int pp, int op, int subs, int footnotes, int sponsors, string title)
    {
        _ = (kind, pp, op, subs, footnotes, sponsors, title);
        var draft = Fixtures.Import("text", file);

        var pageNumbers = PageNumbers(file);
        foreach (var text in Fixtures.Texts(draft))
        {
            Assert.DoesNotMatch(PageFurniture(), text);
            Assert.All(pageNumbers, n => Assert.DoesNotContain(" " + n + " ", " " + text + " ", StringComparison.Ordinal));
            if (symbol is not null)
            {
                Assert.DoesNotContain(symbol + " ", text + " ", StringComparison.Ordinal);
            }

            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Import_TextFixture_EveryFootnoteIsReferencedInOrder(string file, DocumentKind kind, string? symbol, int pp, int op, int subs, int footnotes, int sponsors, string title)
    {
        _ = (kind, symbol, pp, op, subs, sponsors, title);
        var draft = Fixtures.Import("text", file);

        var firsts = Fixtures.Texts(draft).SelectMany(t => Regex.Matches(t, @"\[\^(\d+)\]").Select(m => int.Parse(m.Groups[1].Value))).Distinct().ToList();
        Assert.Equal(footnotes, firsts.Count);
        Assert.Equal(firsts.Order(), firsts);
    }

    [Fact]
    public void Import_L10_SectionHeadingsGoToTheNextOperativeParagraph()
    {
        var draft = Fixtures.Import("text", "A_C.6_80_L.10.txt");

        var headings = draft.Paragraphs.Where(p => p.Heading is not null).Select(p => p.Heading!).ToList();
        Assert.Equal(10, headings.Count);
        Assert.Equal("I. Legislative activities", headings[0]);
        Assert.Equal("II. Establishment and operationalization of the Advisory Centre on International Investment Dispute Resolution", headings[1]);
        Assert.StartsWith("X. Role of the Commission", headings[9], StringComparison.Ordinal);
        Assert.Equal("op2", draft.Paragraphs.First(p => p.Heading is not null).Id);
    }

    [Fact]
    public void Import_L10_SubParagraphsNestWithIdsFromTheirPosition()
    {
        var draft = Fixtures.Import("text", "A_C.6_80_L.10.txt");

        var op6 = draft.Paragraphs.Single(p => p.Id == "op6");
        Assert.Equal(6, op6.SubParagraphs.Count);
        Assert.Equal("op6-d", op6.SubParagraphs[3].Id);
        Assert.Equal(["op6-d-i", "op6-d-ii", "op6-d-iii", "op6-d-iv", "op6-d-v"], op6.SubParagraphs[3].SubParagraphs.Select(s => s.Id));
        Assert.Equal("In respect of topics related to digital trade:", op6.SubParagraphs[3].Text);
    }

    [Fact]
    public void Import_L10_KeepsNamesWithAndWhole()
    {
        var draft = Fixtures.Import("text", "A_C.6_80_L.10.txt");

        var names = draft.Sponsors.Select(s => s.Name).ToList();
        Assert.Equal("Armenia", names[0]);
        Assert.Equal("Zambia", names[^1]);
        Assert.Contains("Bosnia and Herzegovina", names);
        Assert.Contains("United Kingdom of Great Britain and Northern Ireland", names);
        Assert.Contains("Democratic Republic of the Congo", names);
    }

    [Fact]
    public void Import_L5_JoinsAWrappedSponsorsLineWithParenthesizedNames()
    {
        var draft = Fixtures.Import("text", "A_C.1_80_L.5.txt");

        Assert.Equal("Algeria", draft.Sponsors[0].Name);
        Assert.Contains("Iran (Islamic Republic of)", draft.Sponsors.Select(s => s.Name));
        Assert.Equal("Venezuela (Bolivarian Republic of)", draft.Sponsors[^1].Name);
        Assert.Equal("First Committee", draft.Metadata.Committee);
        Assert.Equal(new AgendaItem("96", "Conclusion of effective international arrangements to assure non-nuclear-weapon States against the use or threat of use of nuclear weapons"), draft.Metadata.AgendaItem);
    }

    [Fact]
    public void Import_L5_KeepsLineBreakHyphensAndFindsEveryKindOfFootnoteReference()
    {
        var draft = Fixtures.Import("text", "A_C.1_80_L.5.txt");

        var pp8 = draft.Paragraphs[7].Text;
        Assert.StartsWith("Recognizing that effective measures and arrangements to assure non-nuclear-weapon States", pp8, StringComparison.Ordinal);
        Assert.Contains("devoted to disarmament,[^1] in which", draft.Paragraphs[8].Text, StringComparison.Ordinal);
        Assert.Contains("Committee on Disarmament[^2] submitted", draft.Paragraphs[9].Text, StringComparison.Ordinal);
        Assert.Contains("1992 session,[^5]", draft.Paragraphs[9].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_L6_ReadsTheMastheadAndJoinsAParagraphAcrossThePageBreak()
    {
        var draft = Fixtures.Import("text", "A_80_L.6.txt");

        Assert.Equal("General Assembly", draft.Metadata.Body);
        Assert.Equal("Limited", draft.Metadata.Distribution);
        Assert.Equal("7 October 2025", draft.Metadata.Date);
        Assert.Equal("en", draft.Metadata.OriginalLanguage);
        Assert.Equal("Eightieth session", draft.Metadata.Session);
        Assert.Equal("38", draft.Metadata.AgendaItem?.Number);
        Assert.Equal("The General Assembly,", draft.AuthorLine);
        Assert.Contains("67/4 of 13 November 2012, 68/8", draft.Paragraphs[5].Text, StringComparison.Ordinal);
        Assert.Equal("Takes note of the report of the Secretary-General on the implementation of resolution 79/7;[^1]", draft.Paragraphs[8].Text);
        Assert.Equal("A/80/83.", draft.Footnotes.Single().Text);
    }

    [Fact]
    public void Import_L24_TheStarNoteIsTheOnBehalfOfOfTheSponsor()
    {
        var draft = Fixtures.Import("text", "A_C.3_80_L.24.txt");

        var sponsor = Assert.Single(draft.Sponsors);
        Assert.Equal("Mauritania", sponsor.Name);
        Assert.Equal("the States Members of the United Nations that are members of the Group of African States", sponsor.OnBehalfOf);
        Assert.Equal("Third Committee", draft.Metadata.Committee);
        Assert.Equal(1, draft.Footnotes.Single().Number);
    }

    [Fact]
    public void Import_Amendments_KeepTheirInstructionsAsOperativeParagraphs()
    {
        var l64 = Fixtures.Import("text", "A_C.3_80_L.64.txt");
        var l65 = Fixtures.Import("text", "A_C.3_80_L.65.txt");

        Assert.Equal("A/C.3/80/L.20/Rev.1", l64.Metadata.AmendsSymbol);
        Assert.Equal("Burundi", l64.Sponsors.Single().Name);
        Assert.Equal("In operative paragraph 13, delete “sexual and reproductive health,”.", l64.Paragraphs[0].Text);
        Assert.Equal("A/C.3/80/L.24", l65.Metadata.AmendsSymbol);
        Assert.Equal("Delete the third preambular paragraph and operative paragraph 2.", l65.Paragraphs.Single().Text);
        Assert.Equal("United Kingdom of Great Britain and Northern Ireland", l65.Sponsors[^2].Name);
        Assert.Equal("Uruguay", l65.Sponsors[^1].Name);
    }

    [Fact]
    public void Import_AdoptedResolution_DropsTheMeetingLineAndTheRunningTitle()
    {
        var result = DraftImporter.Import(Fixtures.Bytes("text", "A_RES_80_4.txt"));

        var draft = result.Draft!;
        Assert.Empty(result.Warnings);
        Assert.EndsWith("against Cuba”.", draft.Paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Recalling its resolutions 47/19", draft.Paragraphs[5].Text, StringComparison.Ordinal);
        Assert.Contains("51/17 of 12 November 1996, 52/10", draft.Paragraphs[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FlattenedChineseResolution_FindsItsParagraphsAndPart()
    {
        var draft = Fixtures.Import("text", "A_RES_50_72_A_zh.txt");

        Assert.Equal("zh", draft.Language);
        Assert.Equal("大会,", draft.AuthorLine);
        Assert.Equal("A. 裁军谈判会议的报告", draft.Paragraphs[0].Heading);
        Assert.StartsWith("承认裁军谈判会议在1995年9月21日", draft.Paragraphs[6].Text, StringComparison.Ordinal);
        Assert.EndsWith("的承诺;", draft.Paragraphs[6].Text, StringComparison.Ordinal);
    }
}
