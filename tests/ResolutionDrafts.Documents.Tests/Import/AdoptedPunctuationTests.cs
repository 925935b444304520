using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Style;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// The style check on an adopted text (issue 16, noticed at stop 28): the rule (un-format.md) ends an operative paragraph
/// with ";" and a preambular one with ","; the UN adopted 76/246 with section III's paragraph ending "," and its Chinese
/// 三 PP1 ending "；". An adopted text is the UN's own, so where it departs from a punctuation rule the check says so in
/// a note, not a warning; the same words in a draft are still warned of.
/// </summary>
public sealed class AdoptedPunctuationTests
{
    private static Draft Budget(string folder, string file)
    {
        var result = DraftImporter.Import(Fixtures.Bytes(Path.Combine("corpus", "ga", folder), file));
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Theory]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", ",")]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml", "；")]
    public void TheUNsOwnPunctuation_InAnAdoptedText_IsANote_NotAWarning(string folder, string file, string ending)
    {
        var adopted = Budget(folder, file);
        Assert.True(adopted.Kind.IsAdopted());

        var check = StyleChecker.Check(adopted);

        // Where the text departs from the rule, with the very ending the UN printed: a note, none a warning.
        var noted = check.Where(w => w.IsNote).ToList();
        Assert.Contains(noted, w => w.Code == "paragraph-ending" && adopted.FindNode(w.ParagraphId!)!.Text.TrimEnd().EndsWith(ending, StringComparison.Ordinal));
        Assert.DoesNotContain(check, w => !w.IsNote && w.Code is "paragraph-ending" or "lead-in-ending" or "author-line-ending");
        Assert.All(noted, w => Assert.StartsWith("Kept as adopted; the rule: ", w.Message, StringComparison.Ordinal));
        Assert.All(noted, w => Assert.StartsWith("note: ", w.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DocumentKind.DraftResolution, false)]
    [InlineData(DocumentKind.AdoptedResolution, true)]
    public void AParagraphEndingWithAComma_IsWarnedOfInADraft_AndNotedInAnAdoptedText(DocumentKind kind, bool note)
    {
        var draft = Draft.Create(DraftLanguage.English, kind).Value!;
        Assert.True(draft.SetTitle("Budget").IsSuccess);
        Assert.True(draft.SetAuthorLine("The General Assembly,").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, "Approves resources,", id: "op1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, "Decides to include the item.", id: "op2").IsSuccess);

        var said = Assert.Single(StyleChecker.Check(draft), w => w.ParagraphId == "op1");

        Assert.Equal("paragraph-ending", said.Code);
        Assert.Equal(note, said.IsNote);
        Assert.Equal(note ? "Kept as adopted; the rule: an operative paragraph ends with \";\"." : "An operative paragraph should end with \";\".", said.Message);
    }

    [Fact]
    public void InAnAdoptedText_OtherRulesStayWarnings()
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.AdoptedResolution).Value!;
        Assert.True(draft.SetTitle("Budget").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, "Decides to include the item.", id: "op1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Preambular, "Recalling its resolution,", id: "pp1").IsSuccess);

        var said = Assert.Single(StyleChecker.Check(draft), w => w.ParagraphId == "pp1");

        Assert.Equal("preambular-after-operative", said.Code);
        Assert.False(said.IsNote);
    }
}
