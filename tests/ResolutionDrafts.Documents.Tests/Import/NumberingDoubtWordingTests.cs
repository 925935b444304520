using System.Text;
using System.Text.RegularExpressions;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A level of sub-paragraphs numbered two ways is said in the preview's warnings with each way quoted as the text prints it
/// ("(i)" and "i)"; ㈠ in a Chinese text), so a delegate can tell which lines to look at (ADR 0036).
/// </summary>
public sealed partial class NumberingDoubtWordingTests
{
    private const string English = """
        The General Assembly,

        Recalling its earlier resolutions,

        1. Invites Member States:
        (a) To support the programme:
        (i) Through voluntary contributions;
        (ii) Through secondments of staff;
        (iii) Through training;
        (b) To report on their action;
        2. Requests the Secretary-General:
        (a) To act on the programme:
        (i) By the end of the year;
        (ii) Within existing resources;
        (b) To report to the Assembly at its next session.
        """;

    private const string Chinese = """
        大会，

        回顾其以往各项决议，

        1. 邀请会员国：
        (a) 支持该方案：
        ㈠ 提供自愿捐款；
        ㈡ 借调工作人员；
        ㈢ 开展培训；
        (b) 报告其行动；
        2. 请秘书长：
        (a) 就该方案采取行动：
        ㈠ 在年底前；
        ㈡ 在现有资源范围内；
        (b) 向大会下届会议提出报告。
        """;

    /// <summary>Our AKN of the text, its last list of the second level renumbered "i)", "ii)" as another writer might.</summary>
    private static ImportResult TwoWays(string text, string language)
    {
        var imported = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text, Language = language });
        Assert.True(imported.IsSuccess, imported.Error);
        Assert.Equal(3, imported.Draft!.Paragraphs[1].SubParagraphs[0].SubParagraphs.Count);
        Assert.Equal(2, imported.Draft.Paragraphs[2].SubParagraphs[0].SubParagraphs.Count);
        var xml = AknExporter.ToXml(imported.Draft).ToString();
        var nums = Num().Matches(xml).Where(m => m.Groups[1].Value is "(i)" or "(ii)" or "㈠" or "㈡").ToList();
        Assert.Equal(4, nums.Count);
        var edited = new StringBuilder(xml);
        foreach (var m in nums.Skip(2).Reverse())
        {
            edited.Remove(m.Groups[1].Index, m.Groups[1].Length).Insert(m.Groups[1].Index, m.Groups[1].Value is "(i)" or "㈠" ? "i)" : "ii)");
        }

        var back = DraftImporter.Import(Encoding.UTF8.GetBytes(edited.ToString()), new ImportOptions { Format = ImportFormat.Akn });
        Assert.True(back.IsSuccess, back.Error);
        return back;
    }

    [Fact]
    public void English_EachWayIsQuotedAsPrinted_WithItsCount()
    {
        var warning = Assert.Single(TwoWays(English, DraftLanguage.English).Warnings, w => w.Contains("more than one way", StringComparison.Ordinal));

        Assert.Contains("“(i)”, “(ii)” … for 3 items", warning, StringComparison.Ordinal);
        Assert.Contains("“i)”, “ii)” … for 2 items", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_EachWayIsQuotedAsPrinted_ItsOwnLevelAsItPrintsIt()
    {
        var warning = Assert.Single(TwoWays(Chinese, DraftLanguage.Chinese).Warnings, w => w.Contains("more than one way", StringComparison.Ordinal));

        Assert.Contains("“㈠”, “㈡” … for 3 items", warning, StringComparison.Ordinal);
        Assert.Contains("“i)”, “ii)” … for 2 items", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("(i)", warning, StringComparison.Ordinal);
    }

    [GeneratedRegex("<num>([^<]*)</num>")]
    private static partial Regex Num();
}
