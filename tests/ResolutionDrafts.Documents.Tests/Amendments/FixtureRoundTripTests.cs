using ResolutionDrafts.Documents.Tests.Import;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Amendments;

/// <summary>
/// Random proposals on every real draft in the fixtures, English and Chinese, with their
/// sub-paragraphs, headings and footnote marks (seeded, so a failure repeats): the computed
/// instructions applied to the original give the proposed text exactly.
/// </summary>
public sealed class FixtureRoundTripTests
{
    public static TheoryData<string, string, int> Drafts => new()
    {
        { "text", "A_80_L.6.txt", 1 },
        { "text", "A_C.1_80_L.5.txt", 2 },
        { "text", "A_C.3_80_L.24.txt", 3 },
        { "text", "A_C.6_80_L.10.txt", 4 },
        { "text", "A_RES_80_4.txt", 5 },
        { "text", "A_RES_50_72_A_zh.txt", 6 },
        { "text", "cosp7-technical-assistance-rev-draft.zh.txt", 7 },
        { "akn", "A_RES_80_4-2517552C.xml", 8 },
        { "akn", "A_RES_79_170-2424210C.xml", 9 },
    };

    [Theory]
    [MemberData(nameof(Drafts))]
    public void RandomProposals_OnARealDraft_RoundTrip(string folder, string file, int seed)
    {
        var original = Fixtures.Import(folder, file);
        var random = new Random(seed);
        var worded = 0;
        for (var i = 0; i < 120; i++)
        {
            var proposed = Propose(original, random, edits: random.Next(1, 7));
            var amendment = AmendmentRoundTrip.Check(original, proposed);
            worded += amendment.Instructions.Count(x => x.IsWordEdit);
            Assert.All(amendment.Wording(original.Language), w => Assert.EndsWith(DraftLanguage.IsChinese(original.Language) ? "。" : ".", w, StringComparison.Ordinal));
        }

        // Most proposals change words, which is what delegations mostly do.
        Assert.True(worded > 100, $"only {worded} word changes");
    }

    private static Draft Propose(Draft original, Random random, int edits)
    {
        var draft = original.Clone();
        var chinese = DraftLanguage.IsChinese(draft.Language);
        var words = original.AllNodes().SelectMany(n => chinese ? n.Text.Select(c => c.ToString()) : n.Text.Split(' ')).Where(w => w.Length > 0).ToList();
        for (var e = 0; e < edits; e++)
        {
            var nodes = draft.AllNodes().ToList();
            var node = nodes[random.Next(nodes.Count)];
            switch (random.Next(10))
            {
                case < 6:
                    draft.SetText(node.Id, EditWords(node.Text, words, chinese, random));
                    break;
                case 6:
                    draft.Delete(node.Id);
                    break;
                case 7:
                    draft.Move(node.Id, 0);
                    break;
                case 8:
                    draft.InsertParagraph(random.Next(2) == 0 ? ParagraphKind.Operative : ParagraphKind.Preambular, string.Join(chinese ? "" : " ", Pick(words, random, 8)), random.Next(draft.Paragraphs.Count + 1));
                    break;
                default:
                    draft.AddSubParagraph(node.Id, string.Join(chinese ? "" : " ", Pick(words, random, 6)), index: 0);
                    break;
            }
        }

        return draft;
    }

    /// <summary>Deletes, replaces or inserts a few words (characters in Chinese) taken from the draft.</summary>
    private static string EditWords(string text, List<string> vocabulary, bool chinese, Random random)
    {
        var words = chinese ? text.Select(c => c.ToString()).ToList() : text.Split(' ').ToList();
        var at = random.Next(words.Count);
        var length = Math.Min(random.Next(1, chinese ? 6 : 4), words.Count - at);
        words.RemoveRange(at, random.Next(3) == 0 ? 0 : length);
        if (random.Next(3) > 0)
        {
            words.InsertRange(at, Pick(vocabulary, random, chinese ? 5 : 3));
        }

        var result = string.Join(chinese ? "" : " ", words).Trim();
        return result.Length == 0 ? text : result;
    }

    private static IEnumerable<string> Pick(List<string> vocabulary, Random random, int max) =>
        Enumerable.Range(0, random.Next(1, max + 1)).Select(_ => vocabulary[random.Next(vocabulary.Count)]).ToList();
}
