using System.Text;
using DocumentFormat.OpenXml.Packaging;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16's third trial on texts nobody here had imported (TestData/Import/Unseen, 33–41, written by hand in the shape each
/// body prints them; each imported on the old code first and seen wrong): a Human Rights Council resolution whose recorded vote
/// is printed as a table, its "*" sponsors, a regional commission's "773(XL)" numbering and a symbol with its session in
/// brackets, a Chinese "…根据非正式协商提交的" heading wrapped before "决议草案" — as copied from the PDF, one paragraph a line,
/// and as a plain Word file.
/// </summary>
public sealed class UnseenBodiesMoreTests
{
    private static string Text(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Unseen", file));

    private static ImportResult Import(string text, string? what = null)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, $"{what}: {result.Error}");
        return result;
    }

    private static ImportResult Import(byte[] bytes, string what)
    {
        var result = DraftImporter.Import(bytes);
        Assert.True(result.IsSuccess, $"{what}: {result.Error}");
        return result;
    }

    /// <summary>A Word file not ours: each line of <paramref name="text"/> a paragraph, no styles, no numbering.</summary>
    private static byte[] WordFile(string text)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                body.Append(new W.Paragraph(new W.Run(new W.Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
            }

            word.AddMainDocumentPart().Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    private static VoteCount Position(Draft draft, string position) =>
        Assert.Single(draft.Metadata.Vote!.Counts, c => c.Position == position);

    [Fact]
    public void HumanRightsCouncilResolution_RecordedVoteInColumns_IsTheVote_EveryStateNamedOnce()
    {
        var result = Import(Text("33-hrc-res-vote-table.txt"));
        var draft = result.Draft!;

        // The names set in three columns with no commas were taken for three tables "after In favour:" and left out, the vote
        // with them: no vote, three warnings, the lines listed as not read.
        Assert.NotNull(draft.Metadata.Vote);
        Assert.True(draft.Metadata.VotePrinted);
        var yes = Position(draft, "inFavour");
        Assert.Equal(24, yes.Count);
        Assert.Equal(24, yes.Voters.Count);
        Assert.Equal(["Albania", "Belgium", "Bulgaria", "Chile"], yes.Voters.Take(4));

        // A name its column wraps comes back whole, and is no second name.
        Assert.Contains("United Kingdom of Great Britain and Northern Ireland", yes.Voters);
        Assert.DoesNotContain("and Northern Ireland", yes.Voters);
        Assert.Contains("Netherlands (Kingdom of the)", yes.Voters);
        Assert.Equal(8, Position(draft, "against").Voters.Count);
        Assert.Contains("Bolivia (Plurinational State of)", Position(draft, "against").Voters);
        Assert.Equal(15, Position(draft, "abstaining").Voters.Count);
        Assert.Equal(15, Position(draft, "abstaining").Count);

        Assert.DoesNotContain(result.Warnings, w => w.Contains("table", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(result.Review!.UnknownVoters);
        Assert.Equal(0, result.Review.UnreadLineCount);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal("41st meeting", draft.Metadata.MeetingLine);
        Assert.Single(draft.Footnotes);
    }

    [Fact]
    public void HumanRightsCouncilResolution_VoteListsInAColumnBesideTheirLabels_AreTheVote()
    {
        var result = Import(Text("34-hrc-res-vote-columns-commas.txt"));
        var draft = result.Draft!;

        // "In favour:         Algeria, Bangladesh, …" with its list wrapped in the column beside the label was a table after the
        // vote's first line, left out.
        Assert.Equal(29, Position(draft, "inFavour").Voters.Count);
        Assert.Contains("Dominican Republic", Position(draft, "inFavour").Voters); // wrapped inside the name
        Assert.Equal(13, Position(draft, "against").Voters.Count);
        Assert.Equal(["Albania", "Argentina", "Chile", "Costa Rica", "Paraguay"], Position(draft, "abstaining").Voters);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("table", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, result.Review!.UnreadLineCount);
    }

    [Fact]
    public void ChineseHumanRightsCouncilResolution_RecordedVoteInColumns_IsTheVote()
    {
        var text = """
            人权理事会
            第五十九届会议
            议程项目4

                        人权理事会2026年7月9日通过的决议

                        59/7. 某国的人权状况

                  人权理事会，
                  以《联合国宪章》的宗旨和原则为指导，
                  1.    表示深为关切某国境内的任意拘留；
                  2.    决定继续处理此案。

                                                                        第41次会议
                                                                        2026年7月9日

            [以5票赞成、3票反对、2票弃权的记录表决通过。表决情况如下：

            赞成：
                  阿尔巴尼亚          比利时              保加利亚
                  智利                哥斯达黎加

            反对：
                  中国                古巴                厄立特里亚

            弃权：
                  孟加拉国            印度]
            """;
        var result = Import(text);
        var draft = result.Draft!;

        Assert.Equal(["阿尔巴尼亚", "比利时", "保加利亚", "智利", "哥斯达黎加"], Position(draft, "inFavour").Voters);
        Assert.Equal(["中国", "古巴", "厄立特里亚"], Position(draft, "against").Voters);
        Assert.Equal(["孟加拉国", "印度"], Position(draft, "abstaining").Voters);
        Assert.Equal(2, Position(draft, "abstaining").Count);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("table", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void VoteInColumns_ReadDownWhenTheColumnsAreAlphabetical()
    {
        // Columns filled top to bottom, as a table of names is often set: read across, the order would be Albania, Chile,
        // Belgium …; the UN lists States alphabetically, so the columns are read down.
        var text = """
            Human Rights Council
            Fifty-ninth session

                        Resolution adopted by the Human Rights Council on 9 July 2026

                        59/9. Cooperation with the Council

                  The Human Rights Council,
                  Recalling its resolutions,
                  1.    Decides to remain seized of the matter.

                                                                        41st meeting
                                                                        9 July 2026

            [Adopted by a recorded vote of 6 to 1, with no abstentions. The voting was as follows:

            In favour:
                  Albania             Chile                Germany
                  Belgium             France               Japan

            Against:
                  China]
            """;
        var draft = Import(text).Draft!;

        Assert.Equal(["Albania", "Belgium", "Chile", "France", "Germany", "Japan"], Position(draft, "inFavour").Voters);
        Assert.Equal(["China"], Position(draft, "against").Voters);
    }

    [Fact]
    public void HumanRightsCouncilResolution_OneParagraphALine_AndAsAPlainWordFile_GiveTheSameVote()
    {
        var text = """
            Human Rights Council
            Fifty-ninth session
            Agenda item 3
            Promotion and protection of all human rights
            Resolution adopted by the Human Rights Council on 9 July 2026
            59/8. The right to development
            The Human Rights Council,
            Reaffirming the Declaration on the Right to Development,
            1. Calls upon all States to cooperate in realizing the right to development;
            2. Decides to continue its consideration of this question.
            41st meeting
            9 July 2026
            [Adopted by a recorded vote of 3 to 2, with 1 abstention. The voting was as follows:
            In favour: Algeria, Bangladesh, Benin
            Against: Belgium, Bulgaria
            Abstaining: Albania]
            """;
        foreach (var (form, result) in new[] { ("text", Import(text)), ("word", Import(WordFile(text), "word")) })
        {
            var draft = result.Draft!;
            Assert.True(draft.Metadata.Vote is not null, form);
            Assert.Equal(["Algeria", "Bangladesh", "Benin"], Position(draft, "inFavour").Voters);
            Assert.Equal(["Albania"], Position(draft, "abstaining").Voters);
            Assert.True(result.Review!.UnreadLineCount == 0, $"{form}: {string.Join(" | ", result.Review.UnreadLines)}");
        }
    }

    [Theory]
    [InlineData("24-hrc-L-stars.txt", "Albania, Australia, Austria, Portugal", "State not a member of the Human Rights Council.")]
    [InlineData("41-hrc-zh-L-stars.txt", "阿尔巴尼亚, 澳大利亚, 奥地利, 葡萄牙", "非人权理事会成员国。")]
    public void HumanRightsCouncilDraft_StarredSponsors_ThePreviewSaysWhichAndWhatTheStarMeant(string file, string starred, string note)
    {
        var result = Import(Text(file));
        var draft = result.Draft!;

        // "The note marked "*" was left out: State not a member …" said neither which sponsors it was on nor why it was not kept.
        Assert.Equal(11, draft.Sponsors.Count);
        var warning = Assert.Single(result.Warnings, w => w.Contains("\"*\"", StringComparison.Ordinal));
        Assert.Contains($"on 4 sponsors ({starred})", warning, StringComparison.Ordinal);
        Assert.Contains("keeps no note on a sponsor", warning, StringComparison.Ordinal);
        Assert.EndsWith(note, warning, StringComparison.Ordinal);
        Assert.All(draft.Sponsors, s => Assert.Null(s.OnBehalfOf));
    }

    [Fact]
    public void ChineseHumanRightsCouncilDraft_ReadsAsTheEnglishOne()
    {
        var draft = Import(Text("41-hrc-zh-L-stars.txt")).Draft!;

        Assert.Equal("阿尔巴尼亚", draft.Sponsors[0].Name);
        Assert.Equal("西班牙", draft.Sponsors[^1].Name);
        Assert.Equal("受教育权", draft.Title);
        Assert.Equal("人权理事会", draft.Metadata.Committee);
        Assert.Equal("人权理事会，", draft.AuthorLine);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Single(draft.Footnotes);
        Assert.Equal(DocumentKind.DraftResolution, draft.Kind);
    }

    [Fact]
    public void RegionalCommissionResolution_NumberedWithItsSessionInRomanFigures()
    {
        var result = Import(Text("35-eclac-res.txt"));
        var draft = result.Draft!;

        // The symbol "LC/SES.40/RES.773(XL)" was the body (the Council the committee), and "773(XL)" stayed in the title.
        Assert.Equal("LC/SES.40/RES.773(XL)", draft.Metadata.Symbol);
        Assert.Equal("Economic and Social Council", draft.Metadata.Body);
        Assert.Equal("Economic Commission for Latin America and the Caribbean", draft.Metadata.Committee);
        Assert.Equal("Programme of work of the Economic Commission for Latin America and the Caribbean system for 2026", draft.Title);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal("Fourth plenary meeting", draft.Metadata.MeetingLine);
        Assert.Single(draft.Footnotes);
        Assert.Equal(0, result.Review!.UnreadLineCount);
    }

    [Fact]
    public void RegionalCommissionResolution_OneParagraphALine_AndAsAPlainWordFile()
    {
        var text = """
            LC/SES.40/RES.773(XL)
            Economic Commission for Latin America and the Caribbean
            Fortieth session
            773(XL) Programme of work of the Economic Commission for Latin America and the Caribbean system for 2026
            The Economic Commission for Latin America and the Caribbean,
            Having considered the draft programme of work of the Commission for 2026,
            1. Approves the programme of work of the Commission for 2026;
            2. Requests the Executive Secretary to report on the implementation of the present resolution.
            Fourth plenary meeting
            23 October 2024
            """;
        foreach (var (form, result) in new[] { ("text", Import(text)), ("word", Import(WordFile(text), "word")) })
        {
            var draft = result.Draft!;
            Assert.True(draft.Metadata.Symbol == "LC/SES.40/RES.773(XL)", $"{form}: {draft.Metadata.Symbol}");
            Assert.True(draft.Title == "Programme of work of the Economic Commission for Latin America and the Caribbean system for 2026", $"{form}: {draft.Title}");
            Assert.True(draft.Metadata.Body != draft.Metadata.Symbol, form);
            Assert.True(draft.Kind == DocumentKind.AdoptedResolution, $"{form}: {draft.Kind}");
            Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
        }
    }

    [Fact]
    public void WesternAsiaCommissionResolution_NumberWithItsSpecialSession_IsNotInTheTitle()
    {
        var draft = Import(Text("36-escwa-res.txt")).Draft!;

        // "350 (S-33)   Strengthening national statistical systems …" kept its number in the title.
        Assert.Equal("Strengthening national statistical systems in the Arab region", draft.Title);
        Assert.Equal("E/ESCWA/S-33/RES.350", draft.Metadata.Symbol);
        Assert.Equal("Economic and Social Commission for Western Asia", draft.Metadata.Committee);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
    }

    [Theory]
    [InlineData("GC(69)/RES/8", true)]
    [InlineData("LC/SES.40/RES.773(XL)", true)]
    [InlineData("E/ESCWA/S-33/RES.350", true)]
    [InlineData("S/RES/2719 (2023)", true)]
    [InlineData("A/HRC/58/L.21", true)]
    [InlineData("General Conference", false)]
    [InlineData("(GC(69)/28)", false)]
    public void SymbolsWithASessionInBrackets(string line, bool symbol) =>
        Assert.Equal(symbol, ResolutionDrafts.Documents.Import.Text.Furniture.IsSymbol(line));

    [Theory]
    [InlineData("773(XL) Programme of work", "Programme of work")]
    [InlineData("350 (S-33) Strengthening national statistical systems", "Strengthening national statistical systems")]
    [InlineData("2025/8", "")]
    public void NumbersWithTheirSessionOverATitle(string line, string rest)
    {
        var m = ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns.ResolutionNumber().Match(line);
        Assert.True(m.Success);
        Assert.Equal(rest, m.Groups["rest"].Value);
    }

    [Theory]
    [InlineData("2030 Agenda for Sustainable Development")]
    [InlineData("The situation in the Middle East (A/80/L.2)")]
    public void TitlesAreNoNumbers(string line) =>
        Assert.DoesNotMatch(ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns.ResolutionNumber(), line);

    [Fact]
    public void ChineseDraft_SubmittedByHeadingWrappedBeforeItsKind_KeepsItsTitle()
    {
        var result = Import(Text("40-ecosoc-zh-wrapped-heading.txt"));
        var draft = result.Draft!;

        // "理事会副主席…（伊拉克）根据非正式协商提交的" / "决议草案": both lines went into the title, and nobody submitted it.
        Assert.Equal("科学、技术和创新促进发展", draft.Title);
        Assert.Equal("理事会副主席塔里克·哈姆达尼（伊拉克）根据非正式协商", draft.Metadata.SubmittedBy);
        Assert.Equal(DocumentKind.DraftResolution, draft.Kind);
        Assert.Empty(draft.Sponsors);
        Assert.Equal("经济及社会理事会，", draft.AuthorLine);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(0, result.Review!.UnreadLineCount);
    }

    [Fact]
    public void ChineseDraft_SubmittedByHeadingWrapped_AsAPlainWordFile()
    {
        // Word keeps the PDF's line break where the text was copied into it: the heading is two paragraphs.
        var text = """
            E/2025/L.19
            经济及社会理事会
            2025年届会
            理事会副主席塔里克·哈姆达尼（伊拉克）根据非正式协商提交的
            决议草案
            科学、技术和创新促进发展
            经济及社会理事会，
            回顾大会2015年9月25日第70/1号决议，
            1. 请联合国贸易和发展会议秘书长继续支持科学和技术促进发展委员会的工作；
            2. 决定在2026年届会上继续审议这一问题。
            """;
        var draft = Import(WordFile(text), "word").Draft!;

        Assert.Equal("科学、技术和创新促进发展", draft.Title);
        Assert.Equal("理事会副主席塔里克·哈姆达尼（伊拉克）根据非正式协商", draft.Metadata.SubmittedBy);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
    }
    [Fact]
    public void AtomicEnergyAgencyResolution_TitleAboveItsAdoptionHeading_AndItsMasthead()
    {
        var result = Import(Text("39-iaea-res.txt"));
        var draft = result.Draft!;

        // The symbol "GC(69)/RES/8" was the body, "General Distribution" no distribution, "Item 16 of the agenda" no agenda item,
        // "Resolution adopted on 19 September 2025 during …" the place and dates (the text a draft), and the title, printed
        // above that heading, went into the agenda item's: the draft had none.
        Assert.Equal("GC(69)/RES/8", draft.Metadata.Symbol);
        Assert.Equal("General Conference", draft.Metadata.Body);
        Assert.Equal("General", draft.Metadata.Distribution);
        Assert.Equal("16", draft.Metadata.AgendaItem!.Number);
        Assert.DoesNotContain("Strengthening", draft.Metadata.AgendaItem.Title, StringComparison.Ordinal);
        Assert.Equal("Strengthening of the Agency's technical cooperation activities", draft.Title);
        Assert.Equal("Resolution adopted on 19 September 2025 during the eighth plenary meeting", draft.Metadata.AdoptionLine);
        Assert.Null(draft.Metadata.PlaceAndDates);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal("Sixty-ninth regular session", draft.Metadata.Session);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Fact]
    public void ExecutiveBoardDecision_NumberUnderTheAgendaItem_OpensTheTitle()
    {
        var draft = Import(Text("38-unicef-decision.txt")).Draft!;

        // "Annual session 2025", "10–13 June 2025", "Item 4 of the provisional agenda", "2025/8" and the title were all the title.
        Assert.Equal("Annual report of the Executive Director of UNICEF", draft.Title);
        Assert.Equal("Annual session 2025", draft.Metadata.Session);
        Assert.Equal("10–13 June 2025", draft.Metadata.PlaceAndDates);
        Assert.Equal("4", draft.Metadata.AgendaItem!.Number);
        Assert.Equal("", draft.Metadata.AgendaItem.Title);
        Assert.Equal("Executive Board", draft.Metadata.Committee);
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Theory]
    [InlineData("Item 16 of the agenda", "16")]
    [InlineData("Item 4 of the provisional agenda", "4")]
    [InlineData("Item 3 (b) of the provisional agenda*", "3 (b)")]
    [InlineData("Agenda item 68 (a)", "68 (a)")]
    public void AgendaItemsNamedAfterTheirNumber(string line, string number) =>
        Assert.Equal(number, ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns.AgendaItem().Match(line).Groups["n"].Value.TrimEnd('*').Trim());

    [Theory]
    [InlineData("General Distribution", "General")]
    [InlineData("Restricted Distribution", "Restricted")]
    [InlineData("Restricted", "Restricted")]
    public void DistributionsAsTheAgencyPrintsThem(string line, string value)
    {
        Assert.Matches(ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns.DistributionWord(), line);
        Assert.Equal(value, ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns.DistributionValue(line));
    }
}
