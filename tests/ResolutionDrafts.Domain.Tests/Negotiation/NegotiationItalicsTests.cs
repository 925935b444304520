using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;
using static ResolutionDrafts.Domain.Tests.Negotiation.NegotiationFixtures;

namespace ResolutionDrafts.Domain.Tests.Negotiation;

/// <summary>
/// Issue 17: the negotiation view cuts a paragraph into stretches and brackets; each carries its italics
/// (ADR 0015), so words of an italic title on either side of a bracket, and the words a proposal puts
/// inside it, print in italics when each stretch is printed alone.
/// </summary>
public sealed class NegotiationItalicsTests
{
    private static Draft Text() => English(
        "PP Recalling its previous resolutions,",
        "OP Takes note of the report contained in the {i}Official Records of the General Assembly{/i}, Seventy-ninth Session;");

    [Fact]
    public void AnInsertionInsideAnItalicTitle_EveryStretchReadsItalicAsInTheParagraph()
    {
        var text = Text();
        var cuba = Propose(text, "CU-1", d => Replace(d, "op1", "of the General Assembly", "of the United Nations General Assembly"), "Cuba");

        var op1 = NegotiationText.Build(text, [cuba]).Paragraphs.Single(p => p.Label == "OP1");

        var bracket = op1.Segments.Single(s => s.IsBracket);
        var after = op1.Segments[op1.Segments.ToList().IndexOf(bracket) + 1];
        var before = op1.Segments[op1.Segments.ToList().IndexOf(bracket) - 1];
        Assert.Equal("United Nations", ItalicWords(bracket.Alternatives.Single().Text));
        Assert.Contains("General Assembly", ItalicWords(after.Text), StringComparison.Ordinal);
        Assert.Contains("Official Records", ItalicWords(before.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("Seventy-ninth", ItalicWords(after.Text), StringComparison.Ordinal);

        // The stretches still read, together, as the paragraph; the plain line has no marks.
        Assert.Equal(InlineItalics.Normalise(text.FindNode("op1")!.Text), InlineItalics.Normalise(string.Concat(op1.Segments.Select(s => s.Text))));
        Assert.DoesNotContain("{i}", op1.Render(), StringComparison.Ordinal);
        Assert.Contains("[United Nations (Cuba)]", op1.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void AReplacementOfItalicWords_TheOriginalWordsInTheBracketKeepTheirItalics()
    {
        var text = Text();
        var brazil = Propose(text, "BR-1", d => Replace(d, "op1", "Official Records", "Official Documents"), "Brazil");

        var bracket = NegotiationText.Build(text, [brazil]).Paragraphs.Single(p => p.Label == "OP1").Segments.Single(s => s.IsBracket);

        Assert.Contains("Records", ItalicWords(bracket.Text), StringComparison.Ordinal);
        Assert.Contains("Documents", ItalicWords(bracket.Alternatives.Single().Text), StringComparison.Ordinal);
    }

    /// <summary>The italic words of a stretch read alone.</summary>
    private static string ItalicWords(string stretch) =>
        string.Join(" ", InlineItalics.Runs(stretch).Where(r => r.Italic).Select(r => r.Text.Trim())).Trim();
}
