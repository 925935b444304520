using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16's trial on texts of other bodies, written by hand in the UN's shape (TestData/Import/Unseen, none from the
/// General Assembly corpus): a Security Council resolution copied with its masthead in columns, Human Rights Council,
/// Economic and Social Council and Environment Assembly resolutions, a conference's decision, English and Chinese.
/// </summary>
public sealed class UnseenBodiesImportTests
{
    private static Draft Import(string file, ImportOptions? options = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Unseen", file);
        var result = DraftImporter.Import(File.ReadAllBytes(path), options);
        Assert.True(result.IsSuccess, $"{file}: {result.Error}");
        return result.Draft!;
    }

    [Theory]
    [InlineData("01-sc-ch7.txt", "Security Council", 5, 3)]
    [InlineData("07-sc-zh.txt", "安全理事会", 4, 3)]
    public void SecurityCouncilResolution_SymbolWithItsYear_IsTheSymbol_AndItsHeadingSaysAdopted(string file, string body, int pps, int ops)
    {
        var draft = Import(file);

        // "S/RES/2799 (2026)" beside "United Nations" was taken for the organ, and the heading "Resolution 2799 (2026) /
        // Adopted by the Security Council at its 9912th meeting, on …" for the title of a draft resolution.
        Assert.Equal("S/RES/2799 (2026)", draft.Metadata.Symbol);
        Assert.Equal(body, draft.Metadata.Body);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal("", draft.Title);
        Assert.Equal(pps, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(ops, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(["op1-a", "op1-a-i", "op1-a-i-a", "op1-a-i-b", "op1-a-ii", "op1-b"], draft.AllNodes().Select(n => n.Id).Where(id => id.StartsWith("op1-", StringComparison.Ordinal)));
    }

    [Fact]
    public void EconomicAndSocialCouncil_TitleNamingAnAssemblyResolution_IsTheTitle_NotACommittee()
    {
        // Pasted with CRLF and stray indentation; "Progress in the implementation of General Assembly resolution 79/226"
        // was read as a subsidiary body ("Assembly" in it) and the draft had no title.
        var draft = Import("04-ecosoc-crlf-indent.txt");

        Assert.Equal("Progress in the implementation of General Assembly resolution 79/226", draft.Title);
        Assert.Null(draft.Metadata.Committee);
        Assert.Equal("Economic and Social Council", draft.Metadata.Body);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Fact]
    public void EconomicAndSocialCouncil_YearNumberedTitle_LosesItsNumber()
    {
        // "2026/21. Support to …": the Council numbers its resolutions by year; the number is not part of the title.
        var draft = Import("13-ecosoc-footnotes.docx");

        Assert.Equal("Support to Non-Self-Governing Territories by the specialized agencies", draft.Title);
        Assert.Equal("E/RES/2026/21", draft.Metadata.Symbol);
        Assert.Equal(3, draft.Footnotes.Count);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Fact]
    public void ConferenceDecision_NumberedHeading_IsAnAdoptedDecision_WithItsTitle()
    {
        var draft = Import("06-cosp-decision.txt");

        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        Assert.Equal("Review mechanism", draft.Title);
        Assert.Equal(1, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(1, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Theory]
    [InlineData("08-hrc-zh-oneline.txt", 5, 3)]
    [InlineData("12-hrc-zh-typed.docx", 3, 3)]
    public void ChineseHumanRightsCouncil_AdoptionLineWithTheOrganBeforeTheDate_SaysAdopted(string file, int pps, int ops)
    {
        // "人权理事会2026年4月3日通过的决议": the organ before the date (the General Assembly's puts the date first);
        // after the session line it was taken for the place and dates.
        var draft = Import(file);

        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal("人权理事会", draft.Metadata.Body);
        Assert.Null(draft.Metadata.PlaceAndDates is { } p && p.Contains("通过", StringComparison.Ordinal) ? p : null);
        Assert.Equal(pps, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(ops, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Fact]
    public void EnglishHumanRightsCouncil_FootnotesAtThePageFoot_AreFootnotes()
    {
        var draft = Import("02-hrc.txt");

        Assert.Equal("A/HRC/RES/58/7", draft.Metadata.Symbol);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal("The right to education", draft.Title);
        Assert.Equal(3, draft.Footnotes.Count);
        Assert.Equal(4, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Fact]
    public void ThirdCommitteeDraft_HardWrappedWithSponsors()
    {
        var draft = Import("05-third-committee-L.txt");

        Assert.Equal(9, draft.Sponsors.Count);
        Assert.Equal("The right to privacy in the digital age", draft.Title);
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(2, Fixtures.SubParagraphs(draft));
        Assert.EndsWith("at its eighty-third session.", draft.Paragraphs[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPreamble_AndTwoParts()
    {
        var none = Import("09-ga-no-preamble.txt");
        Assert.Equal(0, Fixtures.Count(none, ParagraphKind.Preambular));
        Assert.Equal(2, Fixtures.Count(none, ParagraphKind.Operative));

        var parts = Import("10-ga-two-parts.txt");
        Assert.Equal(["a-pp1", "a-op1", "a-op2", "b-pp1", "b-op1", "b-op2"], parts.Paragraphs.Select(p => p.Id));
    }

    [Fact]
    public void WordNestedAutomaticList_PrintedAsLetterDot_GivesSubParagraphs()
    {
        // LibreOffice's nested list (an HTML <ol type="a"> inside <ol>, saved as .docx) prints "a." at level 2: it came
        // in as "Requests the Executive Director: a. To support … b. To report …", one operative paragraph.
        var draft = Import("11-unep-autonum.docx");

        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal("Requests the Executive Director:", draft.Paragraphs.First(p => p.Kind == ParagraphKind.Operative).Text);
        Assert.Equal(["op1-a", "op1-b"], draft.AllNodes().Select(n => n.Id).Where(id => id.StartsWith("op1-", StringComparison.Ordinal)));
        Assert.Equal("UNEP/EA.7/Res.4", draft.Metadata.Symbol);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Single(draft.Footnotes);
    }

    [Fact]
    public void HumanRightsCouncil_RecordedVoteAfterTheLastParagraph_IsReadAsTheVote()
    {
        // Two PDF pages, footnotes at each page's foot, then "45th meeting / 4 April 2026 / [Adopted by a recorded vote
        // of 25 to 7, … In favour: … Against: … Abstaining: …]": the record went into operative paragraph 3 and
        // "Abstaining:" became operative paragraph 4.
        var draft = Import("14-hrc-two-pages.txt");

        Assert.Equal(4, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal("Decides to remain seized of the matter.", draft.Paragraphs[^1].Text);
        Assert.Equal(2, Fixtures.SubParagraphs(draft));
        Assert.Equal(3, draft.Footnotes.Count);
        var result = DraftImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Unseen", "14-hrc-two-pages.txt")));
        // Read as the vote, wrapped as the PDF wraps it (ADR 0034, amendment 3): no longer left out with a warning.
        Assert.DoesNotContain(result.Warnings, w => w.Contains("left out", StringComparison.Ordinal));
        var vote = result.Draft!.Metadata.Vote!;
        Assert.True(result.Draft.Metadata.VotePrinted);
        Assert.Equal([("inFavour", 25), ("against", 7), ("abstaining", 15)], vote.Counts.Select(c => (c.Position, c.Count ?? -1)));
        Assert.Equal([["Albania", "Belgium", "Chile"], ["China", "Cuba"], ["India", "Indonesia"]], vote.Counts.Select(c => c.Voters));
        Assert.Empty(result.Review!.UnreadLines);
        Assert.False(result.Review.LooksWrong);
    }

    [Fact]
    public void ChineseSponsorsLine_WrappedInsideAName_KeepsEveryName()
    {
        // "…、挪威、葡萄" / "牙和乌拉圭：决议草案": only "牙" and "乌拉圭" were read.
        var draft = Import("15-c3-zh-L.txt");

        Assert.Equal(["阿根廷", "奥地利", "智利", "哥斯达黎加", "德国", "墨西哥", "挪威", "葡萄牙", "乌拉圭"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal("数字时代的隐私权", draft.Title);
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(2, Fixtures.SubParagraphs(draft));
    }

    [Fact]
    public void ShortFrenchResolution_IsRefusedAsFrench()
    {
        // Two operative paragraphs hold fewer than ten of French's short words: it was refused as having no author line.
        var result = DraftImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Unseen", "16-fr.txt")));

        Assert.False(result.IsSuccess);
        Assert.Contains("is in French", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortSpanishResolution_IsRefusedAsSpanish_AndAShortEnglishOneIsNot()
    {
        const string spanish = "La Asamblea General,\n\nRecordando su resolución 79/1,\n\n1. Decide examinar la cuestión en su octogésimo primer período de sesiones.\n";
        var refused = DraftImporter.Import(System.Text.Encoding.UTF8.GetBytes(spanish));
        Assert.Contains("is in Spanish", refused.Error, StringComparison.Ordinal);

        const string english = "The General Assembly,\n\nRecalling its resolution 79/1 de la Francophonie,\n\n1. Decides to consider the question at its eighty-first session.\n";
        Assert.True(DraftImporter.Import(System.Text.Encoding.UTF8.GetBytes(english)).IsSuccess);
    }

    [Fact]
    public void ChineseWordFile_WithAutomaticNumbering_NestedListGivesSubParagraphs()
    {
        // Chinese pasted into Word with a PDF's spaces ("2024 年 7 月 24 日"), numbered by Word with a nested list. Not our
        // own export, so its Chinese reads canonical as text does (docs/import.md, "Canonical Chinese spacing").
        var draft = Import("17-zh-autonum.docx");

        Assert.Equal("回顾其2024年7月24日第2024/12号决议，", draft.Paragraphs[0].Text);
        Assert.Equal(["op2-a", "op2-b"], draft.AllNodes().Select(n => n.Id).Where(id => id.StartsWith("op2-", StringComparison.Ordinal)));
        Assert.Equal("联合国防治非传染性疾病机构间工作队", draft.Title);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
    }

    [Fact]
    public void WorldHealthAssembly_SymbolWithoutASlash_IsTheSymbol()
    {
        // "WHA79.12" beside the session in the masthead's columns: the symbol rule wanted a "/", so the draft had none.
        var draft = Import("03-wha.txt");

        Assert.Equal("WHA79.12", draft.Metadata.Symbol);
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Theory]
    [InlineData("WHA79.12", true)]
    [InlineData("WHA79(8)", true)]
    [InlineData("EB158.R3", true)]
    [InlineData("EB158(4)", true)]
    [InlineData("WHA", false)]
    [InlineData("WHA79", false)]
    [InlineData("EB158.3", false)]
    [InlineData("A79.12", false)]
    public void WorldHealthOrganizationSymbols_AreSymbols(string line, bool symbol) =>
        Assert.Equal(symbol, ResolutionDrafts.Documents.Import.Text.Furniture.IsSymbol(line));

    [Fact]
    public void HumanRightsCouncil_OneParagraphALine_CrLf_TypedFootnotes()
    {
        var draft = Import("18-hrc-oneline-crlf.txt");

        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal("Decides to continue its consideration of the matter.", draft.Paragraphs[^1].Text);
        Assert.Equal(2, draft.Footnotes.Count);
    }
}
