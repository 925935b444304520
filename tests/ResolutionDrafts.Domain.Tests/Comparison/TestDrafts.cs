using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Tests.Comparison;

/// <summary>Drafts for the comparison tests, built through the draft's own behaviour methods.</summary>
internal static class TestDrafts
{
    /// <summary>
    /// The Chinese revised draft CAC/COSP/2017/L.3/Rev.1 with ids pp1..pp11 and op1..op18. Read
    /// from TestData beside the sources (the Domain tests have no importer and copy nothing to bin).
    /// </summary>
    public static Draft Cosp7RevisedDraft()
    {
        var draft = Draft.Create(DraftLanguage.Chinese, DocumentKind.RevisedDraftResolution, 1).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { Symbol = "CAC/COSP/2017/L.3/Rev.1", Session = "第七届会议", AgendaItem = new AgendaItem("3", "技术援助") }));
        Ok(draft.SetTitle("促进提供技术援助支持有效实施《联合国反腐败公约》"));
        Ok(draft.SetAuthorLine("联合国反腐败公约缔约国会议，"));
        foreach (var name in new[] { "澳大利亚", "巴西", "以色列", "美利坚合众国" })
        {
            Ok(draft.AddSponsor(new Sponsor(name)));
        }

        Ok(draft.AddFootnote(1, "联合国，《条约汇编》，第 2349 卷，第 42146 号。"));
        Ok(draft.AddFootnote(2, "大会第 70/1 号决议。"));
        Ok(draft.AddFootnote(3, "CAC/COSP/2017/3 和 CAC/COSP/2017/7。"));
        int pp = 0, op = 0;
        foreach (var line in File.ReadAllLines(TestDataPath("cosp7-technical-assistance-rev.zh.txt")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var (kind, text) = (line[..2], line[3..]);
            var id = kind == "PP" ? $"pp{++pp}" : $"op{++op}";
            Ok(draft.InsertParagraph(kind == "PP" ? ParagraphKind.Preambular : ParagraphKind.Operative, text, id: id));
        }

        return draft;
    }

    /// <summary>An English draft with PP1..PPn and OP1..OPm whose ids are pp1.., op1...</summary>
    public static Draft English(int preambular, int operative)
    {
        var draft = Draft.Create(DraftLanguage.English).Value!;
        for (var i = 1; i <= preambular; i++)
        {
            Ok(draft.InsertParagraph(ParagraphKind.Preambular, $"Recalling its resolution {i}/1 of 2 December 2015,", id: $"pp{i}"));
        }

        for (var i = 1; i <= operative; i++)
        {
            Ok(draft.InsertParagraph(ParagraphKind.Operative, $"Requests the Secretary-General to report on item {i} at its eighty-first session;", id: $"op{i}"));
        }

        return draft;
    }

    public static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);

    public static void Ok<T>(DomainResult<T> result) => Assert.True(result.IsSuccess, result.Error);

    private static string TestDataPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "TestData", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"TestData/{name} was not found above {AppContext.BaseDirectory}.");
    }
}
