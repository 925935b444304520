using ResolutionDrafts.Documents.Tests.Import;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Amendments;

/// <summary>
/// The issued amendments in the fixtures, made again in the product: the delegation's change is
/// made to (a stand-in for) the draft it amends, and the computed instructions must say what the
/// issued document says, with the same paragraph references, word for word where the phrasing is
/// the same; applying them gives the proposed text exactly.
/// </summary>
public sealed class FixtureAmendmentTests
{
    /// <summary>The instructions of an issued amendment, as the importer reads them (one paragraph each).</summary>
    private static List<string> IssuedInstructions(string file) =>
        Fixtures.Import("text", file).Paragraphs.Select(p => p.Text).ToList();

    [Fact]
    public void L65_DeleteThirdPreambularAndSecondOperativeParagraphOfL24_SaysWhatTheIssuedDocumentSays()
    {
        var l24 = Fixtures.Import("text", "A_C.3_80_L.24.txt");
        var l65 = Fixtures.Import("text", "A_C.3_80_L.65.txt");
        Assert.Equal(l24.Metadata.Symbol, l65.Metadata.AmendsSymbol);
        var proposed = l24.Clone();
        Assert.True(proposed.Delete(l24.Paragraphs[2].Id).IsSuccess);
        Assert.True(proposed.Delete(l24.Paragraphs[5].Id).IsSuccess);

        var amendment = AmendmentRoundTrip.Check(l24, proposed);

        Assert.Equal(IssuedInstructions("A_C.3_80_L.65.txt"), amendment.Wording("en"));
        Assert.Equal("Delete the third preambular paragraph and operative paragraph 2.", amendment.Text("en"));
        Assert.Equal(["PP3", "OP2"], amendment.Instructions.Select(i => i.Target!.Label));
        Assert.All(amendment.Instructions, i => Assert.Equal(AmendmentKind.DeleteParagraph, i.Kind));
        Assert.StartsWith("Recalling further its resolution 79/192", amendment.Instructions[0].Content.Single().Text, StringComparison.Ordinal);
        Assert.StartsWith("Encourages Member States to streamline", amendment.Instructions[1].Content.Single().Text, StringComparison.Ordinal);
        Assert.Equal("删除序言部分第三段和执行部分第2段。", amendment.Text("zh"));
    }

    [Fact]
    public void L64_DeleteWordsInFourOperativeParagraphsOfL20Rev1_SaysWhatTheIssuedDocumentSays()
    {
        var l64 = Fixtures.Import("text", "A_C.3_80_L.64.txt");
        var rev1 = RightsOfTheChild(l64.Metadata.AmendsSymbol!);
        var proposed = rev1.Clone();
        Delete(proposed, "op13", "sexual and reproductive health, ");
        Delete(proposed, "op27", "sexual and reproductive ");
        Delete(proposed, "op43", "sexual and reproductive ");
        Delete(proposed, "op46", "including sexual and reproductive health, ");

        var amendment = AmendmentRoundTrip.Check(rev1, proposed);

        Assert.Equal(IssuedInstructions("A_C.3_80_L.64.txt"), amendment.Wording("en"));
        Assert.Equal(
            [
                "In operative paragraph 13, delete “sexual and reproductive health,”.",
                "In operative paragraphs 27 and 43, delete “sexual and reproductive”.",
                "In operative paragraph 46, delete “including sexual and reproductive health,”.",
            ],
            amendment.Wording("en"));
        Assert.Equal(["OP13", "OP27", "OP43", "OP46"], amendment.Instructions.Select(i => i.Target!.Label));
        Assert.All(amendment.Instructions, i => Assert.Equal(AmendmentKind.DeleteWords, i.Kind));
        Assert.Equal(
            [
                "在执行部分第13段中，删除“sexual and reproductive health,”。",
                "在执行部分第27和43段中，删除“sexual and reproductive”。",
                "在执行部分第46段中，删除“including sexual and reproductive health,”。",
            ],
            amendment.Wording("zh"));
    }

    [Fact]
    public void L64_EachItemChangesWhatTheIssuedItemChanges_CharactersCounted()
    {
        var rev1 = RightsOfTheChild("A/C.3/80/L.20/Rev.1");
        var proposed = rev1.Clone();
        Delete(proposed, "op13", "sexual and reproductive health, ");
        Delete(proposed, "op46", "including sexual and reproductive health, ");

        var amendment = AmendmentRoundTrip.Check(rev1, proposed);

        Assert.Equal(["sexual and reproductive health, ".Length, "including sexual and reproductive health, ".Length], amendment.Items.Select(i => i.CharactersChanged));
    }

    private static void Delete(Draft draft, string id, string words)
    {
        var text = draft.FindNode(id)!.Text;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(words)));
        Assert.True(draft.SetText(id, text.Replace(words, "", StringComparison.Ordinal)).IsSuccess);
    }

    /// <summary>
    /// A stand-in for A/C.3/80/L.20/Rev.1 ("Rights of the child"), which the fixtures do not hold:
    /// 46 operative paragraphs, those L.64 amends written plausibly around the words it quotes.
    /// </summary>
    internal static Draft RightsOfTheChild(string symbol)
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.RevisedDraftResolution, 1).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = symbol, Committee = "Third Committee" }).IsSuccess);
        Assert.True(draft.SetTitle("Rights of the child").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Preambular, "Reaffirming its previous resolutions on the rights of the child,", id: "pp1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Preambular, "Reaffirming also that the best interests of the child shall be a primary consideration in all actions concerning children,", id: "pp2").IsSuccess);
        var amended = new Dictionary<int, string>
        {
            [13] = "Calls upon States to ensure access, without discrimination, to quality health-care services for all children, including mental health, sexual and reproductive health, nutrition and immunization;",
            [27] = "Urges States to provide children with comprehensive, evidence-based education on sexual and reproductive health, in line with their evolving capacities;",
            [43] = "Also urges States to strengthen the capacity of health systems to provide adolescent-friendly sexual and reproductive health-care services;",
            [46] = "Calls upon States to ensure that children with disabilities have access to health-care services, including sexual and reproductive health, on an equal basis with others;",
        };
        for (var n = 1; n <= 46; n++)
        {
            var text = amended.GetValueOrDefault(n) ?? $"Requests States to take measures on matter {n} concerning the rights of the child;";
            Assert.True(draft.InsertParagraph(ParagraphKind.Operative, text, id: $"op{n}").IsSuccess);
        }

        return draft;
    }
}
