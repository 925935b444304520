using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16's second trial on bodies and layouts nobody here had imported (TestData/Import/Unseen, 19–30, written by hand in
/// the shape the UN prints them): a Security Council draft with its sponsors (English and Chinese) as a layout-preserving
/// copy of its PDF gives it (indents, no blank line between paragraphs, a page's foot on one line), Economic and Social
/// Council, Commission on the Status of Women and ESCAP drafts whose "submitted by" or sponsors line wraps, a Human Rights
/// Council draft with "*" after its sponsors, an Environment Assembly resolution whose masthead column cuts the body's name,
/// a Conference of the Parties decision, an International Labour Conference resolution, a draft sent in a letter's annex.
/// </summary>
public sealed class UnseenBodiesLayoutTests
{
    private static ImportResult Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Unseen", file);
        var result = DraftImporter.Import(File.ReadAllBytes(path));
        Assert.True(result.IsSuccess, $"{file}: {result.Error}");
        return result;
    }

    [Fact]
    public void SecurityCouncilDraft_CopiedWithItsLayout_KeepsEachPreambularParagraph_FourLevels_AndNoPageFoot()
    {
        var result = Read("19-sc-draft-layout.txt");
        var draft = result.Draft!;

        // The masthead's blank lines made the body read as "blank lines part paragraphs": its five preambular paragraphs,
        // set apart by their indent only, came in as one — and the preview said "1, each a whole paragraph".
        Assert.Equal(5, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.StartsWith("Reaffirming its strong commitment", draft.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal("Acting under Chapter VII of the Charter of the United Nations,", draft.Paragraphs[4].Text);
        Assert.Equal(5, result.Review!.Preambular);
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(
            ["op1-a", "op1-a-i", "op1-a-i-a", "op1-a-i-a-i", "op1-a-i-a-ii", "op1-a-i-b", "op1-a-ii", "op1-b"],
            draft.AllNodes().Select(n => n.Id).Where(id => id.StartsWith("op1-", StringComparison.Ordinal)));
        Assert.Equal(9, draft.Sponsors.Count);
        Assert.Equal("S/2025/812", draft.Metadata.Symbol);
        Assert.Equal("", draft.Title);
        Assert.Single(draft.Footnotes);

        // "2/2      25-20123", the second page's foot on one line, was the heading of operative paragraph 3.
        Assert.All(draft.Paragraphs, p => Assert.Null(p.Heading));
        Assert.DoesNotContain(draft.AllNodes(), n => n.Text.Contains("25-20123", StringComparison.Ordinal));
    }

    [Fact]
    public void ChineseSecurityCouncilDraft_CopiedWithItsLayout_KeepsEachPreambularParagraph_AndDropsTheTranslationsJobNumber()
    {
        var result = Read("20-sc-draft-zh-layout.txt");
        var draft = result.Draft!;

        // "25-20123 (C)    121225    121225" (a translation's foot carries two dates) was text after the last paragraph, and the
        // blank line before it made the body's paragraphs read as parted by blank lines: the four came in as one.
        Assert.Equal(4, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal("根据《联合国宪章》第七章采取行动，", draft.Paragraphs[3].Text);
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(8, draft.Paragraphs[4].Descendants().Count());
        Assert.Equal(9, draft.Sponsors.Count);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("25-20123", StringComparison.Ordinal));
    }

    [Fact]
    public void EconomicAndSocialCouncilDraft_SubmittedByAVicePresident_WrappedAfterAComma_IsNoAuthorLine()
    {
        var draft = Read("21-ecosoc-L-submitted-by.txt").Draft!;

        // "Draft resolution submitted by the Vice-President of the Council," ends with a comma and names the Council: it was
        // taken for the author line, the title and the real author line went into the first preambular paragraph.
        Assert.Equal("The Economic and Social Council,", draft.AuthorLine);
        Assert.Equal("Science, technology and innovation for development", draft.Title);
        Assert.Equal("the Vice-President of the Council, Mr. Tarik Al-Hamdani (Iraq), on the basis of informal consultations", draft.Metadata.SubmittedBy);
        Assert.Equal("Economic and environmental questions: science and technology for development", draft.Metadata.AgendaItem!.Title);
        Assert.StartsWith("Recalling General Assembly resolution 70/1", draft.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Empty(draft.Sponsors);
    }

    [Fact]
    public void CommissionOnTheStatusOfWomenDraft_SubmittedByWrappedOnTheBasisOf_KeepsItsTitle()
    {
        var draft = Read("22-csw-L-flat.txt").Draft!;

        // "… submitted by the Chair of the Commission on the basis of" / "informal consultations": the second line went into the title.
        Assert.Equal("the Chair of the Commission on the basis of informal consultations", draft.Metadata.SubmittedBy);
        Assert.Equal("Situation of and assistance to Palestinian women", draft.Title);
        Assert.Equal("Commission on the Status of Women", draft.Metadata.Committee);
        Assert.Equal("E/CN.6/2025/L.3", draft.Metadata.Symbol);
        Assert.Equal(2, draft.Footnotes.Count);
    }

    [Fact]
    public void RegionalCommissionDraft_SponsorsLineWrappedAfterItsColon_GivesTheSponsors()
    {
        var result = Read("23-escap-L.txt");
        var draft = result.Draft!;

        // "…, Thailand and Viet Nam:" then "draft resolution": no sponsors, the sponsors line in the title.
        Assert.Equal(["Bangladesh", "Cambodia", "Fiji", "Philippines", "Thailand", "Viet Nam"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal("Strengthening regional cooperation on disaster risk reduction in Asia and the Pacific", draft.Title);
        Assert.Equal("The Economic and Social Commission for Asia and the Pacific,", draft.AuthorLine);
        Assert.Equal(DocumentKind.DraftResolution, draft.Kind);
        Assert.Equal(0, result.Review!.UnreadLineCount);
    }

    [Fact]
    public void HumanRightsCouncilDraft_SponsorsWithStarsWrapped_InAShortText_AndItsNumberStillToBeGiven()
    {
        var draft = Read("24-hrc-L-stars.txt").Draft!;

        // A short text whose few lines all close is read a paragraph a line: the sponsors line's first line ("Albania,*
        // Australia,* …, Finland,") went into the agenda item's title; "58/… The right to education" kept its number.
        Assert.Equal(11, draft.Sponsors.Count);
        Assert.Equal("Albania", draft.Sponsors[0].Name);
        Assert.Equal("Spain", draft.Sponsors[^1].Name);
        Assert.DoesNotContain("Albania", draft.Metadata.AgendaItem!.Title, StringComparison.Ordinal);
        Assert.Equal("The right to education", draft.Title);
        Assert.Equal("Human Rights Council", draft.Metadata.Committee);
    }

    [Fact]
    public void EnvironmentAssemblyResolution_BodyCutByTheMastheadColumn_AndAdoptionLineWrappedBeforeItsDate()
    {
        var result = Read("25-unep-columns.txt");
        var draft = result.Draft!;

        // The body was "Environment Assembly of the" (the rest of the name listed as not read), the committee the name printed
        // again; "Resolution adopted by … on" / "1 March 2024" put the date into the title.
        Assert.Equal("United Nations Environment Assembly of the United Nations Environment Programme", draft.Metadata.Body);

        // The blank line before the closing meeting, in a body with none between its paragraphs, made "Recalling …" and
        // "Recognizing …" one paragraph.
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.StartsWith("Recognizing the importance", draft.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Null(draft.Metadata.Committee);
        Assert.Equal("Environmental aspects of minerals and metals", draft.Title);
        Assert.Equal("Resolution adopted by the United Nations Environment Assembly on 1 March 2024", draft.Metadata.AdoptionLine);
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal("9th plenary meeting", draft.Metadata.MeetingLine);
        Assert.Equal(0, result.Review!.UnreadLineCount);
    }

    [Fact]
    public void ConferenceOfThePartiesDecision_NumberedByItsSession_IsAnAdoptedDecision()
    {
        var result = Read("26-cop-decision.txt");
        var draft = result.Draft!;

        // "Decision 1/CP.29" was the body, the title "New collective …" too, and the closing meeting made it a resolution.
        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        Assert.Equal("New collective quantified goal on climate finance", draft.Title);
        Assert.Equal("Conference of the Parties", draft.Metadata.Body);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal("12th plenary meeting", draft.Metadata.MeetingLine);
        Assert.Equal(0, result.Review!.UnreadLineCount);
    }

    [Theory]
    [InlineData("Decision 3/CMA.6", true)]
    [InlineData("Decision 2/CMP.19", true)]
    [InlineData("58/… The right to education", true)]
    [InlineData("58/... The right to education", true)]
    [InlineData("80/4. Necessity of ending", true)]
    [InlineData("Decisions taken", false)]
    [InlineData("58/1 of 3 April 2025", false)]
    public void NumbersOverATitle(string line, bool numbered) =>
        Assert.Equal(numbered, ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns.ResolutionNumber().IsMatch(line));

    [Fact]
    public void InternationalLabourConferenceResolution_TitleNamingItself_AndAnAuthorLineSayingWhereItMeets()
    {
        var draft = Read("27-ilo-oneline.txt").Draft!;

        // "Resolution concerning …" was the body; the body from the author line kept ", meeting in its 113th Session, 2025".
        Assert.Equal("Resolution concerning decent work in the platform economy", draft.Title);
        Assert.Equal("General Conference of the International Labour Organization", draft.Metadata.Body);
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Fact]
    public void DraftInALettersAnnex_TheLetterIsListedAsNotRead_NotTakenForTitleOrCommittee()
    {
        var result = Read("28-letter-annex.txt");
        var draft = result.Draft!;

        // The title was "(Signed) Christina Markus Lassen Permanent Representative Annex to the letter …" and the committee
        // "as a document of the Security Council." (the letter's last line).
        Assert.Equal("", draft.Title);
        Assert.Null(draft.Metadata.Committee);
        Assert.Equal("Security Council", draft.Metadata.Body);
        Assert.Contains(result.Warnings, w => w.Contains("annex of a letter", StringComparison.Ordinal));
        Assert.Contains(result.Review!.UnreadLines, l => l.StartsWith("Annex to the letter dated", StringComparison.Ordinal));
        Assert.Contains(result.Review.UnreadLines, l => l.StartsWith("(Signed)", StringComparison.Ordinal));
        Assert.Contains(result.Review.UnreadLines, l => l.StartsWith("I have the honour", StringComparison.Ordinal));
        Assert.True(result.Review.LooksWrong);
        Assert.Equal(1, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Fact]
    public void AdoptedResolutionWithAnAnnexOfItsOwnParagraphs_LeavesTheAnnexOut_AndSaysSo()
    {
        var result = Read("29-ecosoc-annex.txt");
        var draft = result.Draft!;

        // Right before this trial: a guard. The annex's own "1.", "2." are not operative paragraphs of the resolution.
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal("27th plenary meeting", draft.Metadata.MeetingLine);
        Assert.Contains(result.Warnings, w => w.Contains("Annex", StringComparison.Ordinal));
        Assert.Contains(result.Review!.UnreadLines, l => l.StartsWith("1.", StringComparison.Ordinal) && l.Contains("Crime prevention", StringComparison.Ordinal));
    }

    [Fact]
    public void ChineseEconomicAndSocialCouncilDraft_ItsYearSession_IsTheSession_AndItsDatesThePlace()
    {
        var result = Read("31-ecosoc-zh-oneline.txt");
        var draft = result.Draft!;

        // "2025年届会" and "2024年7月25日至2025年7月30日" were listed as not read ("2025 session" was read in English).
        Assert.Equal("2025年届会", draft.Metadata.Session);
        Assert.Equal("2024年7月25日至2025年7月30日", draft.Metadata.PlaceAndDates);
        Assert.Equal(0, result.Review!.UnreadLineCount);
        Assert.Equal("理事会副主席塔里克·哈姆达尼先生（伊拉克）根据非正式协商", draft.Metadata.SubmittedBy);
        Assert.Equal("科学、技术和创新促进发展", draft.Title);
        Assert.Equal(["op2-a", "op2-a-i", "op2-a-ii", "op2-b"], draft.Paragraphs[3].Descendants().Select(n => n.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SecurityCouncilDraft_InAPlainWordFile_TypedOrNumberedByWord_GivesTheSameFourLevels(bool wordNumbers)
    {
        // A Word file not ours, no styles: one Word paragraph a line of the text pasted from an e-mail, the numbers typed, or
        // Word's own list numbering them ("%1.", "(%2)", "(%3)", "%4.", "%5.") with the typed numbers taken off.
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", "Unseen", "32-sc-oneline.txt"));
        var text = Read("32-sc-oneline.txt").Draft!;
        var result = DraftImporter.Import(PlainDocx(lines, wordNumbers));
        Assert.True(result.IsSuccess, result.Error);
        var docx = result.Draft!;

        Assert.Equal(5, Fixtures.Count(docx, ParagraphKind.Preambular));
        Assert.Equal(3, Fixtures.Count(docx, ParagraphKind.Operative));
        Assert.Equal(text.AllNodes().Select(n => (n.Id, n.Text)), docx.AllNodes().Select(n => (n.Id, n.Text)));
        Assert.Contains("op1-a-i-a-ii", docx.AllNodes().Select(n => n.Id));
        Assert.Equal(9, docx.Sponsors.Count);
        Assert.Equal(0, result.Review!.UnreadLineCount);
    }

    private static byte[] PlainDocx(IEnumerable<string> lines, bool wordNumbers)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            if (wordNumbers)
            {
                string[] texts = ["%1.", "(%2)", "(%3)", "%4.", "%5."];
                NumberFormatValues[] formats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];
                var abstractNum = new AbstractNum { AbstractNumberId = 1 };
                for (var l = 0; l < texts.Length; l++)
                {
                    abstractNum.Append(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = formats[l] }, new LevelText { Val = texts[l] }) { LevelIndex = l });
                }

                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(abstractNum, new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            }

            var body = new Body();
            var depth = -1;
            foreach (var line in lines)
            {
                var text = line;
                var paragraph = new DocumentFormat.OpenXml.Wordprocessing.Paragraph();
                var m = Regex.Match(line, @"^(?:(?<op>\d+\.)|(?<two>\((?:i|ii|iii)\))|(?<one>\([a-h]\))|(?<four>(?:i|ii|iii)\.)|(?<three>[a-h]\.))\s");
                if (wordNumbers && m.Success)
                {
                    // "(i)" under a lettered item is the second level, "i." under "a." the fourth.
                    depth = m.Groups["op"].Success ? 0 : m.Groups["one"].Success ? 1 : m.Groups["two"].Success ? 2 : m.Groups["three"].Success ? 3 : 4;
                    text = line[m.Length..];
                    paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = depth }, new NumberingId { Val = 1 })));
                }

                paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                body.Append(paragraph);
            }

            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }
}
