using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Domain.Tests.Drafts;
using static ResolutionDrafts.Domain.Tests.Negotiation.NegotiationFixtures;

namespace ResolutionDrafts.Domain.Tests.Negotiation;

/// <summary>
/// The negotiation text shows a paragraph's quoted lines under it (ADR 0028), each with the brackets of the proposals that
/// change its words and the proposals that delete or replace it; lines proposed are worded on their paragraph.
/// </summary>
public sealed class NegotiationQuotationTests
{
    [Fact]
    public void AQuotedLine_CarriesItsBracketsAndProposals_UnderItsParagraph()
    {
        var text = QuotationTests.Quoting();
        var cuba = Propose(text, "CU-1", d => d.SetText("op1-q2", "1. The Chair shall open the session."), "Cuba");
        var brazil = Propose(text, "BR-1", d => d.RemoveQuotedLine("op1-q1"), "Brazil");
        var china = Propose(text, "CN-1", d => d.AddQuotedLine("op1", "3. The session shall close.", id: "op1-new"), "China");

        var view = NegotiationText.Build(text, [cuba, brazil, china]);

        var op1 = view.Paragraphs.Single(p => p.Label == "OP1");
        Assert.Equal(["op1-q1", "op1-q2", "op1-q3"], op1.Quotation.Select(l => l.Id));
        Assert.Equal("1. The [President / Chair (Cuba)] shall open the session.", string.Concat(op1.Quotation[1].Segments.Select(s => s.Render())));
        Assert.Equal("In the quoted text of operative paragraph 1, delete the line “‘Rule 5”.", op1.Quotation[0].Proposals.Single().Wording);
        Assert.Contains(op1.Proposals, p => p.Wording.StartsWith("In the quoted text of operative paragraph 1, after the line", StringComparison.Ordinal) && p.Holders.Single().Names == "China");
        Assert.True(op1.IsContested);
        Assert.Empty(view.NotShown);
    }

    [Fact]
    public void AQuotedLineReplacedWhole_IsAProposalOnThatLine_NotAParagraphBis()
    {
        var text = QuotationTests.Quoting();
        var cuba = Propose(text, "CU-1", d => d.SetText("op1-q1", "“Article 7"), "Cuba");

        var view = NegotiationText.Build(text, [cuba]);

        var op1 = view.Paragraphs.Single(p => p.Label == "OP1");
        Assert.StartsWith("Replace line 1 of the quoted text of operative paragraph 1", op1.Quotation[0].Proposals.Single().Wording, StringComparison.Ordinal);
        Assert.DoesNotContain(view.Paragraphs, p => p.Label.Contains("bis", StringComparison.Ordinal));
    }
}
