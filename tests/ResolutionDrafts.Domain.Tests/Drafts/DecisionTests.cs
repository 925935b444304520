using ResolutionDrafts.Domain.Comparison;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Tests.Amendments;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// Decisions as a document kind (issue 16, ADR 0022): draft, revised and adopted decisions, their kind line,
/// the one unnumbered paragraph of a decision in one sentence, the author line it does not print, and the
/// wording of amendments to it ("In the draft decision, …" / "在决定草案中，…").
/// </summary>
public sealed class DecisionTests
{
    private const string Sentence = "The General Assembly decides to include in the provisional agenda of its seventy-seventh session the item entitled “Report of the International Law Commission”.";

    [Fact]
    public void ARevisedDraftDecision_NeedsItsRevisionNumber_AndADraftDecisionHasNone()
    {
        Assert.False(Draft.Create(DraftLanguage.English, DocumentKind.RevisedDraftDecision).IsSuccess);
        Assert.False(Draft.Create(DraftLanguage.English, DocumentKind.DraftDecision, 1).IsSuccess);

        var revised = Draft.Create(DraftLanguage.English, DocumentKind.RevisedDraftDecision, 2);

        Assert.True(revised.IsSuccess, revised.Error);
        Assert.Equal(2, revised.Value!.Revision);
    }

    [Theory]
    [InlineData(DocumentKind.DraftDecision, DraftLanguage.English, "Austria and Mexico: draft decision")]
    [InlineData(DocumentKind.RevisedDraftDecision, DraftLanguage.English, "Austria and Mexico: revised draft decision")]
    [InlineData(DocumentKind.DraftDecision, DraftLanguage.Chinese, "Austria和Mexico：决定草案")]
    [InlineData(DocumentKind.RevisedDraftDecision, DraftLanguage.Chinese, "Austria和Mexico：决定修订草案")]
    public void TheSponsorsLine_SaysDraftDecision(DocumentKind kind, string language, string expected)
    {
        var draft = Decision(kind, language);
        Ok(draft.AddSponsor(new Sponsor("Austria")));
        Ok(draft.AddSponsor(new Sponsor("Mexico")));

        Assert.Equal(expected, SponsorsLine.Format(draft));
    }

    [Fact]
    public void ADraftDecisionWithNoSponsors_IsHeadedDraftDecision_AndAnAdoptedOneHasNoSponsorsLine()
    {
        Assert.Equal("Draft decision", SponsorsLine.Format(Decision(DocumentKind.DraftDecision, DraftLanguage.English)));
        Assert.Equal("决定草案", SponsorsLine.Format(Decision(DocumentKind.DraftDecision, DraftLanguage.Chinese)));
        Assert.Null(SponsorsLine.Format(Decision(DocumentKind.AdoptedDecision, DraftLanguage.English)));
    }

    [Fact]
    public void ADecisionInOneSentence_PrintsWithoutNumber()
    {
        var draft = Decision(DocumentKind.DraftDecision, DraftLanguage.English);
        Ok(draft.InsertParagraph(ParagraphKind.Operative, Sentence, id: "op1"));
        Ok(draft.AddSubParagraph("op1", "To include the item;", id: "op1-a"));

        var labels = ParagraphLabels.Compute(draft);

        Assert.Equal("", labels["op1"].Marker);
        Assert.Equal("(a)", labels["op1-a"].Marker);
    }

    [Fact]
    public void TheAuthorLine_IsNotPrintedWhenTheDecisionsSentenceStartsWithIt()
    {
        var draft = Decision(DocumentKind.DraftDecision, DraftLanguage.English);
        Ok(draft.SetAuthorLine("The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Operative, Sentence, id: "op1"));

        Assert.False(PrintedAuthorLine.IsShown(draft));

        Ok(draft.SetText("op1", "Decides to include the item in its provisional agenda."));
        Assert.True(PrintedAuthorLine.IsShown(draft));

        var resolution = Draft.Create(DraftLanguage.English).Value!;
        Ok(resolution.SetAuthorLine("The General Assembly,"));
        Ok(resolution.InsertParagraph(ParagraphKind.Operative, Sentence, id: "op1"));
        Assert.True(PrintedAuthorLine.IsShown(resolution));
    }

    [Fact]
    public void ADecisionsSentence_HasNoOpeningPhraseInItalics()
    {
        Assert.Equal(0, ResolutionDrafts.Domain.Style.OpeningPhrase.Length(Sentence, DraftLanguage.English));
        Assert.Equal("Decides".Length, ResolutionDrafts.Domain.Style.OpeningPhrase.Length("Decides to include the item.", DraftLanguage.English));
    }

    [Fact]
    public void Kinds_AreRevisedAndAdoptedAsWhatTheyAre()
    {
        Assert.Equal(DocumentKind.RevisedDraftDecision, DocumentKind.DraftDecision.Revised());
        Assert.Equal(DocumentKind.AdoptedDecision, DocumentKind.RevisedDraftDecision.Adopted());
        Assert.Equal(DocumentKind.RevisedDraftResolution, DocumentKind.DraftResolution.Revised());
        Assert.Equal(DocumentKind.AdoptedResolution, DocumentKind.DraftResolution.Adopted());
        Assert.False(DocumentKind.Amendment.IsDecision());
    }

    [Fact]
    public void AComparison_WordsAChangeOfKindToADecision()
    {
        var before = Draft.Create(DraftLanguage.English).Value!;
        var after = before.Clone();
        Ok(after.SetKind(DocumentKind.DraftDecision, null));

        var comparison = DraftComparer.Compare(before, after);

        var kind = Assert.Single(comparison.Metadata, f => f.Field == "kind");
        Assert.Equal("draftDecision", kind.NewValue);
        Assert.Equal("draft decision", FieldNames.Value("kind", kind.NewValue, DraftLanguage.English));
        Assert.Equal("决定草案", FieldNames.Value("kind", kind.NewValue, DraftLanguage.Chinese));
    }

    [Fact]
    public void AnAmendmentToADecisionInOneSentence_NamesTheDraftDecision()
    {
        var original = Decision(DocumentKind.DraftDecision, DraftLanguage.English);
        Ok(original.InsertParagraph(ParagraphKind.Operative, Sentence, id: "op1"));
        var proposed = Proposed(original, d => InTheSentence(d, "seventy-seventh", "seventy-eighth"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("en"));

        Assert.StartsWith("In the draft decision, ", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAmendmentToAChineseDecision_NamesTheDraftDecision()
    {
        var original = Decision(DocumentKind.DraftDecision, DraftLanguage.Chinese);
        Ok(original.InsertParagraph(ParagraphKind.Operative, "大会决定将题为“国际法委员会的报告”的项目列入大会第七十七届会议临时议程。", id: "op1"));
        var proposed = Proposed(original, d => InTheSentence(d, "第七十七届", "第七十八届"));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("zh"));

        Assert.StartsWith("在决定草案中，", wording, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAmendmentToANumberedParagraphOfADecision_NamesItAsAParagraphOfTheDraftDecision()
    {
        var original = Decision(DocumentKind.DraftDecision, DraftLanguage.English);
        Ok(original.SetAuthorLine("The General Assembly,"));
        Ok(original.InsertParagraph(ParagraphKind.Operative, "Decides to include the item in its provisional agenda;", id: "op1"));
        Ok(original.InsertParagraph(ParagraphKind.Operative, "Requests a report on the item.", id: "op2"));
        var proposed = Proposed(original, d => Replace(d, "op2", "a report", "an annual report"));
        var deleted = Proposed(original, d => Ok(d.Delete("op1")));

        var wording = Assert.Single(RoundTrip(original, proposed).Wording("en"));
        var chinese = Assert.Single(RoundTrip(original, proposed).Wording("zh"));
        var deletion = Assert.Single(RoundTrip(original, deleted).Wording("en"));

        Assert.StartsWith("In paragraph 2 of the draft decision, ", wording, StringComparison.Ordinal);
        Assert.StartsWith("在决定草案第2段中，", chinese, StringComparison.Ordinal);
        Assert.Equal("Delete paragraph 1 of the draft decision.", deletion);
    }

    private static Draft Decision(DocumentKind kind, string language) =>
        Draft.Create(language, kind, kind.IsRevised() ? 1 : null).Value!;

    private static void InTheSentence(Draft draft, string oldWords, string newWords) =>
        AmendmentDrafts.Replace(draft, "op1", oldWords, newWords);
}
