using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Negotiation.NegotiationFixtures;

namespace ResolutionDrafts.Domain.Tests.Negotiation;

/// <summary>The text with its pending proposals in brackets, and proposed paragraphs labelled bis, ter, quater.</summary>
public sealed class NegotiationTextTests
{
    private static NegotiationParagraph Paragraph(NegotiationText view, string label) => view.Paragraphs.Single(p => p.Label == label);

    [Fact]
    public void InParts_TheParagraphThatOpensAPart_CarriesItsLetterTitleAndAuthorLine()
    {
        var text = ResolutionDrafts.Domain.Tests.Drafts.PartsTests.TwoParts();

        var view = NegotiationText.Build(text, []);

        var b = Paragraph(view, "B PP1");
        Assert.Equal(ResolutionDrafts.Domain.Tests.Drafts.PartsTests.PartB, b.Part);
        Assert.Equal("B", b.PartLetter);
        Assert.Null(Paragraph(view, "B PP2").Part);
        Assert.Equal("B", Paragraph(view, "B OP2 (a)").PartLetter);
        Assert.Equal(["A", "B"], view.Paragraphs.Where(p => p.Part is not null).Select(p => p.PartLetter));
    }

    [Fact]
    public void WordChanges_AreBracketedWithWhatEachProposesAndWhoProposesIt()
    {
        var text = RightsOfTheChild();
        var burundi = Propose(text, "BI-1", d => DeleteWords(d, "op5", "comprehensive "), "Burundi");
        var eu = ProposeOnBehalf(text, "EU-1", d => Replace(d, "op5", "to involve parents", "to involve parents, families"), "the European Union", "Austria");

        var view = NegotiationText.Build(text, [burundi, eu]);

        var op5 = Paragraph(view, "OP5");
        Assert.Equal(
            "OP5 Urges States to provide children with [comprehensive / — (Burundi)] education on health, in line with their evolving capacities, and to involve parents[, families (Austria (on behalf of the European Union))] and legal guardians;",
            op5.Render());
        var brackets = op5.Segments.Where(s => s.IsBracket).ToList();
        Assert.Equal(2, brackets.Count);
        Assert.Equal(BracketChange.Delete, brackets[0].Alternatives.Single().Change);
        Assert.Equal(["BI-1"], brackets[0].Alternatives.Single().ProposalIds);
        Assert.Equal(["Austria"], brackets[1].Alternatives.Single().Delegations);
        Assert.Equal(BracketChange.Insert, brackets[1].Alternatives.Single().Change);
        Assert.Equal(text.FindNode("op5")!.Text, string.Concat(op5.Segments.Select(s => s.Text)));
        Assert.Empty(view.NotShown);
    }

    [Theory]
    [InlineData("the Secretary-General", "the acting Secretary-General", "the [acting (Cuba)] Secretary-General")]
    [InlineData("the Secretary-General", "the Secretary-General acting", "the Secretary-General [acting (Cuba)] to")]
    [InlineData("report of the Secretary-General", "report, of the Secretary-General", "the [report / report, (Cuba)] of the")]
    [InlineData("the Secretary-General", "the Deputy Secretary-General", "the [Deputy (Cuba)] Secretary-General")]
    public void English_ABracketIsSpacedAsAReaderNeeds(string old, string proposed, string expected)
    {
        var text = English("OP Welcomes the report of the Secretary-General;", "OP Requests the Secretary-General to submit a report.");
        var id = old.StartsWith("report", StringComparison.Ordinal) ? "op1" : "op2";
        var cuba = Propose(text, "CU-1", d => Replace(d, id, old, proposed), "Cuba");

        var paragraph = NegotiationText.Build(text, [cuba]).Paragraphs.Single(p => p.Id == id);

        Assert.Contains(expected, paragraph.Render(), StringComparison.Ordinal);
        Assert.DoesNotContain("  ", paragraph.Render(), StringComparison.Ordinal);
        var bracket = paragraph.Segments.Single(s => s.IsBracket);
        var at = paragraph.Segments.ToList().IndexOf(bracket);
        // What the page prints around the bracket: the plain text beside it and the bracket's own spaces.
        var left = at > 0 ? paragraph.Segments[at - 1].Text : "";
        var right = at + 1 < paragraph.Segments.Count ? paragraph.Segments[at + 1].Text : "";
        Assert.True(left.Length == 0 || char.IsWhiteSpace(left[^1]) || bracket.SpaceBefore, expected);
        Assert.True(right.Length == 0 || char.IsWhiteSpace(right[0]) || bracket.SpaceAfter || right[0] is ';' or '.', expected);
    }

    [Fact]
    public void Chinese_NoSpaceIsAddedAroundABracket()
    {
        var text = Chinese("OP 请秘书长向大会第八十一届会议提交报告。");
        var china = Propose(text, "CN-1", d => Replace(d, "op1", "请秘书长", "请代理秘书长"), "China");

        var paragraph = NegotiationText.Build(text, [china]).Paragraphs.Single();

        Assert.Equal("OP1 [请秘书长 / 请代理秘书长 (China)]向大会第八十一届会议提交报告。", paragraph.Render());
        Assert.All(paragraph.Segments.Where(s => s.IsBracket), s => Assert.False(s.SpaceBefore || s.SpaceAfter));
    }

    [Fact]
    public void OverlappingChanges_ShareOneBracket_EachAlternativeReadsWhole_AndSameWordsShareAnAlternative()
    {
        var text = RightsOfTheChild();
        var chile = Propose(text, "CL-1", d => DeleteWords(d, "op2", "without discrimination, "), "Chile");
        var peru = Propose(text, "PE-1", d => Replace(d, "op2", "ensure access, without discrimination,", "ensure equal access"), "Peru");
        var mexico = Propose(text, "MX-1", d => DeleteWords(d, "op2", "without discrimination, "), "Mexico");
        Proposal[] all = [chile, peru, mexico];

        var view = NegotiationText.Build(text, all);

        var op2 = Paragraph(view, "OP2");
        var shared = op2.Segments.Single(s => s.Alternatives.Count == 2);
        Assert.Contains("without discrimination", shared.Text, StringComparison.Ordinal);
        Assert.Equal(["CL-1", "MX-1"], shared.Alternatives[0].ProposalIds);
        Assert.Equal(["Chile", "Mexico"], shared.Alternatives[0].Delegations);
        Assert.Equal(["PE-1"], shared.Alternatives[1].ProposalIds);
        foreach (var proposal in all)
        {
            var asProposed = string.Concat(op2.Segments.Select(s => s.Alternatives.FirstOrDefault(a => a.ProposalIds.Contains(proposal.Id))?.Text ?? s.Text));
            Assert.Equal(Adopt(text, proposal).FindNode("op2")!.Text, asProposed);
        }
    }

    [Fact]
    public void AnInsertion_IsABracketOverNoWords()
    {
        var text = RightsOfTheChild();
        var japan = Propose(text, "JP-1", d => Replace(d, "op4", "the rights of the child", "the rights of the child, including in conflict situations"), "Japan");

        var view = NegotiationText.Build(text, [japan]);

        var bracket = Paragraph(view, "OP4").Segments.Single(s => s.IsBracket);
        Assert.Equal(BracketChange.Insert, bracket.Alternatives.Single().Change);
        Assert.Equal("", bracket.Text.Trim());
        Assert.EndsWith("the rights of the child[, including in conflict situations (Japan)];", Paragraph(view, "OP4").Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void AlternativesAndNewParagraphs_AreLabelledBisTerQuaterAfterTheParagraph()
    {
        var text = RightsOfTheChild();
        var russia = Propose(text, "RU-1", d => Ok(d.SetText("op5", "Urges States to provide age-appropriate information to children, with the guidance of their parents;")), "Russian Federation");
        var norway = Propose(text, "NO-1", d => Ok(d.InsertParagraph(ParagraphKind.Operative, "Encourages States to invest in school health programmes;", index: 8, id: "no1")), "Norway");
        var brazil = Propose(text, "BR-1", d =>
        {
            Ok(d.InsertParagraph(ParagraphKind.Operative, "Calls upon States to end child marriage;", index: 8, id: "br1"));
            Ok(d.AddSubParagraph("br1", "by adopting laws;", id: "br1a"));
        }, "Brazil");
        var preamble = Propose(text, "CL-1", d => Ok(d.InsertParagraph(ParagraphKind.Preambular, "Noting the general comments of the Committee on the Rights of the Child,", index: 3, id: "cl1")), "Chile");
        var first = Propose(text, "FJ-1", d => Ok(d.InsertParagraph(ParagraphKind.Operative, "Reaffirms the Convention;", index: 3, id: "fj1")), "Fiji");

        var view = NegotiationText.Build(text, [russia, norway, brazil, preamble, first]);

        Assert.Equal(
            ["PP1", "PP2", "PP3", "PP3 bis", "OP0 bis", "OP1", "OP2", "OP3", "OP3 (a)", "OP3 (b)", "OP4", "OP5", "OP5 bis", "OP5 ter", "OP5 quater", "OP5 quater (a)", "OP6"],
            view.Paragraphs.Select(p => p.Label));
        Assert.Equal(Domain.Amendments.AmendmentKind.ReplaceParagraph, russia.Amendment.Instructions.Single().Kind);
        var alternative = Paragraph(view, "OP5 bis");
        Assert.Equal(NegotiationParagraphOrigin.Alternative, alternative.Origin);
        Assert.Equal("op5", alternative.AlternativeTo);
        Assert.Equal(["Russian Federation"], alternative.ProposedBy.Single().Delegations);
        Assert.Equal(NegotiationParagraphOrigin.New, Paragraph(view, "OP5 ter").Origin);
        Assert.Equal("NO-1", Paragraph(view, "OP5 ter").ProposedBy.Single().ProposalId);
        Assert.Equal("by adopting laws;", Paragraph(view, "OP5 quater (a)").Text);
        Assert.Equal(1, Paragraph(view, "OP5 quater (a)").Depth);
        Assert.Equal(ParagraphKind.Preambular, Paragraph(view, "PP3 bis").Kind);
        Assert.Equal("OP5 bis (alternative) Urges States to provide age-appropriate information to children, with the guidance of their parents; (Russian Federation)", alternative.Render());
        Assert.Equal(["OP5 bis"], Paragraph(view, "OP5").AlternativeLabels);
        Assert.True(Paragraph(view, "OP5").IsContested);
        Assert.False(Paragraph(view, "OP6").IsContested);
        Assert.Equal(7, view.Contested.Count());
    }

    [Fact]
    public void NewSubParagraphs_AreLabelledAfterTheSubParagraphBefore()
    {
        var text = RightsOfTheChild();
        var austria = Propose(text, "AT-1", d => Ok(d.AddSubParagraph("op3", "with the support of UNICEF;", index: 1, id: "at1")), "Austria");
        var india = Propose(text, "IN-1", d => Ok(d.AddSubParagraph("op3", "using household surveys;", index: 0, id: "in1")), "India");

        var view = NegotiationText.Build(text, [austria, india]);

        Assert.Equal(["OP3", "OP3 (0) bis", "OP3 (a)", "OP3 (a) bis", "OP3 (b)"], view.Paragraphs.Where(p => p.Label.StartsWith("OP3", StringComparison.Ordinal)).Select(p => p.Label));
    }

    [Fact]
    public void IdenticalNewParagraphs_ShareOneEntry()
    {
        var text = RightsOfTheChild();
        static void Edit(Draft d) => Ok(d.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.", id: "x" + d.Paragraphs.Count));
        var one = Propose(text, "A-1", Edit, "Andorra");
        var two = Propose(text, "M-1", Edit, "Monaco");

        var view = NegotiationText.Build(text, [one, two]);

        var added = Paragraph(view, "OP6 bis");
        Assert.Equal(["A-1", "M-1"], added.ProposedBy.Select(h => h.ProposalId));
        Assert.DoesNotContain(view.Paragraphs, p => p.Label == "OP6 ter");
    }

    [Fact]
    public void DeletionsMovesAndHeadings_AreShownOnTheParagraph()
    {
        var text = RightsOfTheChild();
        var delete = Propose(text, "US-1", d => Ok(d.Delete("op4")), "United States of America");
        var deleteToo = Propose(text, "HU-1", d => Ok(d.Delete("op4")), "Hungary");
        var move = Propose(text, "SE-1", d => Ok(d.Move("op1", 6)), "Sweden");
        var heading = Propose(text, "FR-1", d => Ok(d.SetHeading("op5", "Health and education")), "France");

        var view = NegotiationText.Build(text, [delete, deleteToo, move, heading]);

        var op4 = Paragraph(view, "OP4").Proposals.Single();
        Assert.Equal("Delete operative paragraph 4.", op4.Wording);
        Assert.Equal(["US-1", "HU-1"], op4.ProposalIds);
        Assert.Equal("Move operative paragraph 1 to follow operative paragraph 4.", Paragraph(view, "OP1").Proposals.Single().Wording);
        Assert.Contains("Health and education", Paragraph(view, "OP5").Proposals.Single().Wording, StringComparison.Ordinal);
        Assert.EndsWith("{Delete operative paragraph 4. (United States of America; Hungary)}", Paragraph(view, "OP4").Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASubAmendment_ShowsAsItsParentAmended_CreditedToItsOwnProposers()
    {
        var text = RightsOfTheChild();
        var eu = Propose(text, "EU-1", d => Replace(d, "op5", "education on health", "education on sexual and reproductive health"), "Austria");
        var peru = SubAmend(text, eu, "PE-1", d => Replace(d, "op5", "reproductive health", "reproductive health and rights"), "Peru");

        var view = NegotiationText.Build(text, [eu, peru]);

        var bracket = Paragraph(view, "OP5").Segments.Single(s => s.IsBracket);
        Assert.Equal("health", bracket.Text);
        Assert.Equal(["sexual and reproductive health", "sexual and reproductive health and rights"], bracket.Alternatives.Select(a => a.Text));
        Assert.Equal(["Austria"], bracket.Alternatives[0].Delegations);
        Assert.Equal(["Peru"], bracket.Alternatives[1].Delegations);
        Assert.Equal("EU-1", bracket.Alternatives[1].Holders.Single().ParentId);
    }

    [Fact]
    public void Statuses_ComeFromTheStoredOnes_SubParagraphsInheritTheirParagraphs()
    {
        var text = RightsOfTheChild();
        var statuses = new Dictionary<string, ParagraphStatus> { ["op3"] = ParagraphStatus.AgreedAdRef, ["op3b"] = ParagraphStatus.Open, ["pp1"] = ParagraphStatus.Agreed };

        var view = NegotiationText.Build(text, [], statuses);

        Assert.Equal(
            [ParagraphStatus.Agreed, ParagraphStatus.Open, ParagraphStatus.Open, ParagraphStatus.Open, ParagraphStatus.Open, ParagraphStatus.AgreedAdRef, ParagraphStatus.AgreedAdRef, ParagraphStatus.Open],
            view.Paragraphs.Take(8).Select(p => p.Status));
        Assert.Empty(view.Contested);
    }

    [Fact]
    public void DecidedProposalsAreNotShown_AndOnesThatNoLongerFitAreListed()
    {
        var text = RightsOfTheChild();
        var accepted = Propose(text, "CL-1", d => DeleteWords(d, "op5", "comprehensive "), "Chile");
        Assert.True(accepted.Accept(Secretariat, Monday).IsSuccess);
        var stale = Propose(text, "BI-1", d => DeleteWords(d, "op5", "comprehensive "), "Burundi");

        var view = NegotiationText.Build(Adopt(text, accepted), [accepted, stale]);

        Assert.Empty(view.Contested);
        var problem = Assert.Single(view.NotShown);
        Assert.Equal("BI-1", problem.ProposalId);
        Assert.Contains("“comprehensive” is not in the paragraph", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "bis")]
    [InlineData(2, "ter")]
    [InlineData(3, "quater")]
    [InlineData(4, "quinquies")]
    [InlineData(5, "sexies")]
    [InlineData(9, "decies")]
    [InlineData(19, "vicies")]
    [InlineData(20, "(21)")]
    public void Labels_FollowTheLatinMultiplicatives(int nth, string suffix)
    {
        Assert.Equal(suffix, NegotiationLabels.Suffix(nth));
        Assert.Equal("OP5 " + suffix, NegotiationLabels.Label("OP5", nth));
    }
}
