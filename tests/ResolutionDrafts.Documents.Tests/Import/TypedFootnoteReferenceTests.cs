using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using ParagraphKind = ResolutionDrafts.Domain.Drafts.ParagraphKind;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Footnote numbers typed as plain digits (text copied from a PDF loses the superscript): the importer
/// must tell them from the text's own numbers as a person does — by the note block (notes 1..n, each
/// first referred to after the one before) and by what the number is glued to — and list what it
/// guessed in the review. English and Chinese; and what must never become a reference.
/// </summary>
public sealed class TypedFootnoteReferenceTests
{
    [Fact]
    public void ANoteNumberGluedToTheTextsOwnNumber_IsSplitOff_WhereNothingElseCanBeIt_AndListedAsAGuess()
    {
        var result = Import(English(
            [
                "Reaffirming the Rio Declaration on Environment and Development,1 Agenda 21,2 the Programme for the Further Implementation of Agenda 213 and the Johannesburg Plan of Implementation,4",
                "Recalling decision 1/CP.215 of the Conference of the Parties to the Convention,",
                "1. Calls for the implementation of the Paris Agreement,6 and of the 2030 Agenda;",
                "2. Decides to include the item in the provisional agenda of its seventy-sixth session.",
            ],
            [
                "Report of the United Nations Conference on Environment and Development, vol. I, resolution 1, annex I.",
                "Ibid., annex II.",
                "Resolution S-19/2, annex.",
                "Report of the World Summit on Sustainable Development, resolution 2, annex.",
                "See FCCC/CP/2015/10/Add.1, decision 1/CP.21.",
                "Adopted under the Convention in FCCC/CP/2015/10/Add.1, decision 1/CP.21.",
            ]));

        var draft = result.Draft!;
        Assert.Contains("Development,[^1] Agenda 21,[^2] the Programme for the Further Implementation of Agenda 21[^3] and the Johannesburg Plan of Implementation,[^4]", draft.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("Recalling decision 1/CP.21[^5] of the Conference of the Parties to the Convention,", draft.Paragraphs[1].Text);
        Assert.Contains("Agreement,[^6] and of the 2030 Agenda;", draft.Paragraphs[2].Text, StringComparison.Ordinal);
        var doubts = result.Review!.FootnoteDoubts;
        Assert.Equal([3, 5], doubts.Select(d => d.Number));
        Assert.All(doubts, d => Assert.Equal(ImportConfidence.Medium, d.Confidence));
        Assert.Contains("the last digits of 213", doubts[0].What, StringComparison.Ordinal);
        Assert.Contains("the last digits of 215", doubts[1].What, StringComparison.Ordinal);
        Assert.Contains(result.Review.Guesses, g => g.What == "Footnote references" && g.Confidence == ImportConfidence.Medium);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not referred to", StringComparison.Ordinal));
    }

    [Fact]
    public void ANoteNumberGluedToTheTextsOwnNumber_IsTaken_WhenItIsTheOnePlaceBetweenTheNotesAroundIt()
    {
        var result = Import(English(
            [
                "Reaffirming the Rio Declaration on Environment and Development,1 Agenda 212 and the Johannesburg Plan of Implementation,3",
                "1. Decides to continue its consideration of the question.",
            ],
            ["Report, annex I.", "Resolution S-19/2, annex.", "Report of the World Summit, annex."]));

        Assert.Contains("Development,[^1] Agenda 21[^2] and the Johannesburg Plan of Implementation,[^3]", result.Draft!.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("the last digits of 212", Assert.Single(result.Review!.FootnoteDoubts).What, StringComparison.Ordinal);
    }

    [Fact]
    public void ANoteNumberAfterAYearAndAComma_IsTheReference_WhenTheNotesAroundItLeaveNoOtherPlace()
    {
        var result = Import(English(
            [
                "Recalling the Memorandum on Security Assurances of 5 December 1994, 1 in which the obligations to refrain from the threat or use of force were reaffirmed,",
                "Recalling also the Treaty on Conventional Armed Forces in Europe2 and the Vienna Document 2011,",
                "1. Calls upon all States to respect those obligations.",
            ],
            ["A/49/765, annex I.", "See CD/1064."]));

        var draft = result.Draft!;
        Assert.Contains("of 5 December 1994,[^1] in which", draft.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("Europe[^2] and the Vienna Document 2011,", draft.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(result.Review!.FootnoteDoubts).Number);
    }

    [Fact]
    public void AGluedReferenceLater_WinsOverACountAfterAComma_AndTheReviewSaysWhichWasKeptAsText()
    {
        var result = Import(English(
            [
                "Noting the statement of support by 170 Member States, 1 non-member observer State and 1 observer,",
                "1. Welcomes the entry into force of the Convention on the Prohibition of Anti-Personnel Mines,1 expresses concern at their continued use, and calls for their destruction.",
            ],
            ["United Nations, Treaty Series, vol. 2056, No. 35597."]));

        var draft = result.Draft!;
        Assert.Equal("Noting the statement of support by 170 Member States, 1 non-member observer State and 1 observer,", draft.Paragraphs[0].Text);
        Assert.Contains("Mines,[^1] expresses concern", draft.Paragraphs[1].Text, StringComparison.Ordinal);
        var doubt = Assert.Single(result.Review!.FootnoteDoubts);
        Assert.Contains("1 non-member", doubt.What, StringComparison.Ordinal);
        Assert.Contains("kept as text", doubt.What, StringComparison.Ordinal);
    }

    [Fact]
    public void YearsParagraphNumbersAndResolutionNumbers_NeverBecomeReferences()
    {
        // Note 1 is referred to nowhere in this text (its reference was in an annex): nothing may be taken for it.
        var result = Import(English(
            [
                "Reaffirming its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, and paragraph 21 of resolution A/RES/75/1,",
                "Recalling target 15.1 and Goal 11 of the 2030 Agenda, and the Convention on Biological Diversity,2",
                "1. Decides to consider the matter in 2031, in accordance with paragraph 11 of its resolution 71/1;",
                "2. Requests a report.",
            ],
            ["An annex note.", "United Nations, Treaty Series, vol. 1760, No. 30619."]));

        var draft = result.Draft!;
        Assert.Equal("Reaffirming its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, and paragraph 21 of resolution A/RES/75/1,", draft.Paragraphs[0].Text);
        Assert.Equal("Recalling target 15.1 and Goal 11 of the 2030 Agenda, and the Convention on Biological Diversity,[^2]", draft.Paragraphs[1].Text);
        Assert.Equal("Decides to consider the matter in 2031, in accordance with paragraph 11 of its resolution 71/1;", draft.Paragraphs[2].Text);
        Assert.Contains("Footnote 1 is not referred to anywhere in the text.", result.Warnings);
        Assert.DoesNotContain(result.Review!.FootnoteDoubts, d => d.What.StartsWith("guessed", StringComparison.Ordinal) || d.What.StartsWith("taken", StringComparison.Ordinal));
    }

    [Fact]
    public void SeveralNumbersThatCouldBeTheReference_NoneIsTaken_AndTheReviewNamesThem()
    {
        var result = Import(English(
            [
                "Recalling Agenda 21,1 the Programme for the Further Implementation of Agenda 212 and the outcome of the conference on Agenda 212 and its follow-up,",
                "Recalling also the Convention,3",
                "1. Decides to continue.",
            ],
            ["Report, annex II.", "Resolution S-19/2, annex.", "Treaty Series, vol. 1."]));

        var draft = result.Draft!;
        Assert.DoesNotContain("[^2]", draft.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("Agenda 212 and", draft.Paragraphs[0].Text, StringComparison.Ordinal);
        var doubt = Assert.Single(result.Review!.FootnoteDoubts);
        Assert.Equal(2, doubt.Number);
        Assert.StartsWith("no reference found", doubt.What, StringComparison.Ordinal);
        Assert.Contains("Footnote 2 is not referred to anywhere in the text.", result.Warnings);
    }

    [Fact]
    public void Chinese_AReferenceAfterPunctuation_WinsOverAGoalNumber_AndCountsAndYearsStayText()
    {
        var result = Import(Chinese(
            [
                "回顾其2015年9月25日题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议，1",
                "关切可能会进一步逆转实现可持续发展目标包括可持续发展目标2所取得的进展，",
                "1. 表示注意到秘书长的报告；2",
                "2. 决定在第七十七届会议上审议第32段所述问题。3",
            ],
            ["第70/1号决议。", "A/75/189。", "A/75/190。"]));

        var draft = result.Draft!;
        Assert.Equal("回顾其2015年9月25日题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议，[^1]", draft.Paragraphs[0].Text);
        Assert.Equal("关切可能会进一步逆转实现可持续发展目标包括可持续发展目标2所取得的进展，", draft.Paragraphs[1].Text);
        Assert.Equal("表示注意到秘书长的报告；[^2]", draft.Paragraphs[2].Text);
        Assert.Equal("决定在第七十七届会议上审议第32段所述问题。[^3]", draft.Paragraphs[3].Text);
    }

    [Fact]
    public void Chinese_ANoteNumberGluedToAResolutionsNumber_IsSplitOff_WhereTheSameNumberIsWrittenElsewhere()
    {
        var result = Import(Chinese(
            [
                "回顾人权理事会2013年6月13日第23/17号、1 2016年9月29日第33/15号、2 2018年9月28日第39/173 号和2020年10月6日第45/22号决议，4",
                "又回顾人权理事会第39/17号决议所载的建议，",
                "1. 决定继续审议这一问题。",
            ],
            ["A/68/53。", "A/71/53/Add.1。", "A/73/53/Add.1。", "A/75/53/Add.1。"]));

        var draft = result.Draft!;
        Assert.Contains("第23/17号、[^1] 2016年9月29日第33/15号、[^2] 2018年9月28日第39/17[^3]号和2020年10月6日第45/22号决议，[^4]", draft.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(result.Review!.FootnoteDoubts).Number);
    }

    [Fact]
    public void Chinese_ANoteAfterAListOfYears_AndAfterANumberAndASpace_IsGuessedWhereNothingElseFits()
    {
        var result = Import(Chinese(
            [
                "重申对《关于艾滋病毒/艾滋病问题的承诺宣言》1以及2006、2 2011年3和2016年4大会高级别会议通过的各项政治宣言的承诺，",
                "赞赏地注意到各国为实现关于保护区的爱知生物多样性目标11 5所作的努力，以及《生物多样性公约》，6",
                "1. 决定继续审议这一问题。",
            ],
            ["S-26/2号决议，附件。", "第60/262号决议，附件。", "第65/277号决议，附件。", "第70/266号决议，附件。", "UNEP/CBD/COP/DEC/X/2。", "联合国，《条约汇编》，第1760卷，第30619号。"]));

        var draft = result.Draft!;
        Assert.Equal("重申对《关于艾滋病毒/艾滋病问题的承诺宣言》[^1]以及2006、[^2] 2011年[^3]和2016年[^4]大会高级别会议通过的各项政治宣言的承诺，", draft.Paragraphs[0].Text);
        Assert.StartsWith("赞赏地注意到各国为实现关于保护区的爱知生物多样性目标11[^5]所作的努力", draft.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal([2, 5], result.Review!.FootnoteDoubts.Select(d => d.Number));
    }

    [Fact]
    public void ANumberEndingANameInCapitals_IsNotAReference_WhereAGluedOneFollows()
    {
        var result = Import(English(
            [
                "Taking note of the thirteenth meeting of the Conference of the Contracting Parties and in particular its resolution XIII.1, in which the Conference invited the General Assembly to recognize World Wetlands Day,",
                "Reaffirming the role of the Convention on Wetlands of International Importance especially as Waterfowl Habitat1 (Ramsar Convention),",
                "1. Decides to proclaim 2 February World Wetlands Day.",
            ],
            ["United Nations, Treaty Series, vol. 996, No. 14583."]));

        var draft = result.Draft!;
        Assert.Contains("its resolution XIII.1, in which", draft.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("Waterfowl Habitat[^1] (Ramsar Convention)", draft.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal("Decides to proclaim 2 February World Wetlands Day.", draft.Paragraphs[2].Text);
    }

    [Fact]
    public void ANumberAfterAYearInParentheses_IsNeitherAFirstNorALaterReference_WhereAGluedOneIsThere()
    {
        var result = Import(English(
            [
                "Recalling the European Convention on Human Rights,1",
                "1. Welcomes the adoption of recommendation (2019)1 of the Committee of Ministers and of resolution (2020)2 on youth policy, and the Convention on Cybercrime;2",
                "2. Decides to continue.",
            ],
            ["Treaty Series, vol. 213, No. 2889.", "Treaty Series, vol. 2296, No. 40916."]));

        var draft = result.Draft!;
        Assert.Equal("Recalling the European Convention on Human Rights,[^1]", draft.Paragraphs[0].Text);
        Assert.Equal("Welcomes the adoption of recommendation (2019)1 of the Committee of Ministers and of resolution (2020)2 on youth policy, and the Convention on Cybercrime;[^2]", draft.Paragraphs[1].Text);
    }

    [Fact]
    public void WordFileWithTheFootnotesTypedAfterARule_IsReadAsText_WithItsReferences()
    {
        var lines = English(
            [
                "Reaffirming the Rio Declaration on Environment and Development,1 and Agenda 21,2",
                "1. Calls for the implementation of the Paris Agreement;3",
                "2. Decides to remain seized of the matter.",
            ],
            ["Report, annex I.", "Ibid., annex II.", "FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex."]).Split('\n');

        var result = DraftImporter.Import(WordFile(lines));

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal([1, 2, 3], draft.Footnotes.Select(f => f.Number));
        Assert.Equal("Ibid., annex II.", draft.Footnotes[1].Text);
        Assert.Equal("Reaffirming the Rio Declaration on Environment and Development,[^1] and Agenda 21,[^2]", draft.Paragraphs[0].Text);
        Assert.Equal("Calls for the implementation of the Paris Agreement;[^3]", draft.Paragraphs[1].Text);
        Assert.Equal(2, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
        Assert.Contains("The Word file types its footnotes as numbers after a rule, not as Word footnotes; it was read as text.", result.Warnings);
    }

    [Fact]
    public void ANoteSplitOffAResolutionsNumber_IsTakenWhereItsNeighboursInTheListHaveTheDigitsLeft()
    {
        // 75/186 in Chinese: the General Assembly's resolutions (three digits) and then the Council's (two digits) in one
        // paragraph; note 3 typed after 39/17 ("39/173") is told by the Council's numbers on either side of it.
        var result = Import(Chinese(
            [
                "回顾其第66/169号、第68/171号和第74/156号决议，以及人权理事会第23/17号、1 第33/15号、2 第39/173号和第45/22号决议，4",
                "1. 决定继续审议这一问题。",
            ],
            ["见《大会正式记录，补编第53号》。", "同上，补编第53A号。", "同上，第七十三届会议，补编第53A号。", "同上，第七十五届会议，补编第53A号。"]));

        Assert.Contains("第39/17[^3]号和第45/22号决议，[^4]", result.Draft!.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains(result.Review!.FootnoteDoubts, d => d.Number == 3 && d.Confidence == ImportConfidence.Medium);
    }

    private static ImportResult Import(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error);
        return result;
    }

    private static string English(string[] paragraphs, string[] notes) =>
        string.Join("\n", new[] { "United Nations", "A/RES/75/900", "General Assembly", "Seventy-fifth session", "Resolution adopted by the General Assembly", "Sustainable development", "The General Assembly," }
            .Concat(paragraphs).Append("__________________").Concat(notes.Select((n, i) => $"{i + 1} {n}"))) + "\n";

    private static string Chinese(string[] paragraphs, string[] notes) =>
        string.Join("\n", new[] { "联合国", "A/RES/75/900", "大会", "第七十五届会议", "大会通过的决议", "可持续发展", "大会，" }
            .Concat(paragraphs).Append("__________________").Concat(notes.Select((n, i) => $"{i + 1} {n}"))) + "\n";

    private static byte[] WordFile(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var line in lines)
            {
                body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            word.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }
}
