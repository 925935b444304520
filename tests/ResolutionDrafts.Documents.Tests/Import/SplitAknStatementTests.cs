using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Some Chinese AKN files of the corpus mark one resolution oddly: several preamble and mainBody elements
/// in one statement (75/161, 75/211, 75/234, 75/237), or the operative part as a list inside the preamble
/// (76/54). The Chinese import must have the structure of the English file of the same resolution, which
/// marks it plainly: no paragraph lost, none of the wrong kind.
/// </summary>
public sealed class SplitAknStatementTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "75-zh/75_161_C.xml", "75-en/75_161_E.xml" },
        { "75-zh/75_211_C.xml", "75-en/75_211_E.xml" },
        { "75-zh/75_234_C.xml", "75-en/75_234_E.xml" },
        { "75-zh/75_237_C.xml", "75-en/75_237_E.xml" },
        { "76-zh/A_RES_76_54-2118495C.xml", "76-en/A_RES_76_54-2118495E.xml" },
        // The operative part's first paragraphs typed in preamble containers ("1.\t表示注意到…"), the rest in the body.
        { "76-zh/A_RES_76_243-2119709C.xml", "76-en/A_RES_76_243-2119709E.xml" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ChineseFileMarkedOddly_HasTheEnglishFilesParagraphs(string chinese, string english)
    {
        var zh = DraftImporter.Import(Fixtures.Bytes(Path.Combine("corpus", "ga"), chinese));
        var en = DraftImporter.Import(Fixtures.Bytes(Path.Combine("corpus", "ga"), english));

        Assert.True(zh.IsSuccess, zh.Error);
        Assert.True(en.IsSuccess, en.Error);
        Assert.Equal(Shape(en.Draft!), Shape(zh.Draft!));
        Assert.DoesNotMatch(@"^\d{1,3}[.．\s]", zh.Draft!.Paragraphs.First(p => p.Kind == ParagraphKind.Operative).Text);
    }

    /// <summary>P and O for each paragraph, with the count of its sub-paragraphs.</summary>
    private static string Shape(Draft draft) =>
        string.Join(" ", draft.Paragraphs.Select(p => (p.Kind == ParagraphKind.Preambular ? "P" : "O") + (p.SubParagraphs.Count > 0 ? $"({p.SubParagraphs.Count})" : "")));
}
