using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>Drafts for the export tests: hand-written JSON of real documents, and drafts built in code.</summary>
internal static class TestDrafts
{
    public static Draft Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Export", file);
        var result = DraftJson.Deserialize(File.ReadAllText(path));
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }

    /// <summary>A/80/L.6 (Cuba), 8 PP and 5 OP, one footnote.</summary>
    public static Draft CubaEmbargo() => Load("A_80_L.6.json");

    /// <summary>Part of the CAC/COSP 2017 revised draft in Chinese: footnote 1 referenced three times.</summary>
    public static Draft ChineseCosp7() => Load("cosp7-part.zh.json");

    /// <summary>An English draft with every feature: a heading, sub-paragraphs three deep, a repeated footnote, an additional sponsor.</summary>
    public static Draft Rich(DocumentKind kind = DocumentKind.DraftResolution)
    {
        var draft = Draft.Create(DraftLanguage.English, kind, kind == DocumentKind.RevisedDraftResolution ? 1 : null).Value!;
        Ok(draft.SetMetadata(new DraftMetadata
        {
            Body = "General Assembly",
            Committee = "Third Committee",
            Session = "Eightieth session",
            AgendaItem = new AgendaItem("68 (b)", "Promotion and protection of human rights"),
            Symbol = "A/C.3/80/L.20",
            Distribution = "Limited",
            Date = "7 October 2025",
            OriginalLanguage = "en",
            AmendsSymbol = kind == DocumentKind.Amendment ? "A/C.3/80/L.19/Rev.1" : null,
        }));
        Ok(draft.SetTitle("Rights of the child"));
        Ok(draft.SetAuthorLine("The General Assembly,"));
        foreach (var name in new[] { "Australia", "Brazil", "Chile" })
        {
            Ok(draft.AddSponsor(new Sponsor(name)));
        }

        Ok(draft.AddSponsor(new Sponsor("Peru", Additional: true, Joined: new DateOnly(2025, 10, 20))));
        Ok(draft.AddFootnote(1, "Resolution 44/25, annex."));
        Ok(draft.AddFootnote(2, "A/80/150."));
        Add(draft, ParagraphKind.Preambular, "pp1", "Recalling the Convention on the Rights of the Child,[^1]");
        Add(draft, ParagraphKind.Preambular, "pp2", "Bearing in mind the Charter of the United Nations,");
        Add(draft, ParagraphKind.Preambular, "pp3", "Deeply concerned about violence against children,");
        Add(draft, ParagraphKind.Operative, "op1", "Takes note with appreciation of the report of the Secretary-General;[^2]", heading: "I. General");
        Add(draft, ParagraphKind.Operative, "op2", "Requests also the Secretary-General:");
        Sub(draft, "op2", "op2a", "To report on the implementation of the Convention;[^1]");
        Sub(draft, "op2", "op2b", "To consult:");
        Sub(draft, "op2b", "op2b1", "Member States;");
        Sub(draft, "op2b", "op2b2", "Observers, including:");
        Sub(draft, "op2b2", "op2b2a", "intergovernmental organizations.");
        Add(draft, ParagraphKind.Operative, "op3", "Decides to remain seized of the matter.", heading: "II. Follow-up");
        return draft;
    }

    /// <summary>
    /// <see cref="Rich"/> with inline italics (ADR 0015): a publication's title in a preambular paragraph,
    /// ibid. and a Latin phrase in operative and sub-paragraphs, a title in a footnote.
    /// </summary>
    public static Draft WithItalics()
    {
        var draft = Rich();
        Ok(draft.RemoveSponsor("Peru"));
        Ok(draft.AddFootnote(3, "{i}Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 53{/i} (A/79/53), chap. IV."));
        Add(draft, ParagraphKind.Preambular, "pp4", "Taking note of the report of the Human Rights Council in the {i}Official Records of the General Assembly{/i},", index: 3);
        Add(draft, ParagraphKind.Operative, "op4", "Reaffirms, {i}mutatis mutandis{/i}, the principles set out above, {i}ibid.{/i};[^3]");
        Sub(draft, "op2", "op2c", "To apply them {i}ex officio{/i}.");
        return draft;
    }

    /// <summary>A draft with one operative paragraph, which the UN does not number.</summary>
    public static Draft SingleOperative()
    {
        var draft = Draft.Create(DraftLanguage.English).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { Body = "Security Council", Symbol = "S/2024/255", Distribution = "General", Date = "28 March 2024" }));
        Ok(draft.SetTitle("Non-proliferation"));
        Ok(draft.SetAuthorLine("The Security Council,"));
        Ok(draft.AddSponsor(new Sponsor("United States of America")));
        Add(draft, ParagraphKind.Preambular, "pp1", "Recalling its previous resolutions,");
        Add(draft, ParagraphKind.Operative, "op1", "Decides to remain actively seized of the matter.");
        return draft;
    }

    /// <summary>
    /// A draft resolution in two parts, as the Fourth Committee recommends 75/101 A–B: the common
    /// title, then part A and part B, each with its title, author line, preamble and numbers from 1,
    /// a footnote in each part (ADR 0016).
    /// </summary>
    public static Draft InParts(string language = DraftLanguage.English)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language).Value!;
        Ok(draft.SetMetadata(new DraftMetadata
        {
            Body = zh ? "大会" : "General Assembly",
            Session = zh ? "第七十五届会议" : "Seventy-fifth session",
            AgendaItem = new AgendaItem("56", zh ? "与新闻有关的问题" : "Questions relating to information"),
            Symbol = "A/75/L.99",
            Distribution = "Limited",
            Date = zh ? "2020年12月1日" : "1 December 2020",
            OriginalLanguage = "en",
        }));
        Ok(draft.SetTitle(zh ? "与新闻有关的问题" : "Questions relating to information"));
        var author = zh ? "大会，" : "The General Assembly,";
        Ok(draft.SetAuthorLine(author));
        Ok(draft.AddSponsor(new Sponsor(zh ? "巴西" : "Brazil")));
        Ok(draft.AddFootnote(1, zh ? "A/75/21。" : "A/75/21."));
        Ok(draft.AddFootnote(2, zh ? "第13(I)号决议。" : "Resolution 13 (I)."));
        if (zh)
        {
            Add(draft, ParagraphKind.Preambular, "a-pp1", "注意到新闻委员会的报告，[^1]");
            Add(draft, ParagraphKind.Operative, "a-op1", "促请联合国系统所有国家合作，以便：");
            Sub(draft, "a-op1", "a-op1-a", "减少现有的差距；");
            Sub(draft, "a-op1", "a-op1-b", "确保记者自由有效地履行职责；");
            Add(draft, ParagraphKind.Operative, "a-op2", "决定继续审议这个问题。");
            Add(draft, ParagraphKind.Preambular, "b-pp1", "强调联合国的新闻活动，");
            Add(draft, ParagraphKind.Preambular, "b-pp2", "重申第13(I)号决议，[^2]");
            Add(draft, ParagraphKind.Operative, "b-op1", "重申联合国是全球传播的中心；");
            Add(draft, ParagraphKind.Operative, "b-op2", "请秘书长提出报告。");
        }
        else
        {
            Add(draft, ParagraphKind.Preambular, "a-pp1", "Taking note of the report of the Committee on Information,[^1]");
            Add(draft, ParagraphKind.Operative, "a-op1", "Urges all countries and the United Nations system to cooperate:");
            Sub(draft, "a-op1", "a-op1-a", "To reduce the existing disparities in information flows;");
            Sub(draft, "a-op1", "a-op1-b", "To ensure for journalists the free and effective performance of their tasks;");
            Add(draft, ParagraphKind.Operative, "a-op2", "Decides to remain seized of the matter.");
            Add(draft, ParagraphKind.Preambular, "b-pp1", "Emphasizing the role of the United Nations in global communications,");
            Add(draft, ParagraphKind.Preambular, "b-pp2", "Reaffirming its resolution 13 (I) of 13 February 1946,[^2]");
            Add(draft, ParagraphKind.Operative, "b-op1", "Reaffirms that the United Nations remains the indispensable foundation of a peaceful world;", heading: "I. Introduction");
            Add(draft, ParagraphKind.Operative, "b-op2", "Requests the Secretary-General to report to it at its seventy-sixth session.");
        }

        Ok(draft.SetPart("a-pp1", new DraftPart(zh ? "新闻为人类服务" : "Information in the service of humanity", author)));
        Ok(draft.SetPart("b-pp1", new DraftPart(zh ? "联合国全球传播政策和活动" : "United Nations global communications policies and activities", author)));
        return draft;
    }

    public static Draft Adopted()
    {
        var draft = CubaEmbargo();
        Ok(draft.SetKind(DocumentKind.AdoptedResolution, null));
        Ok(draft.SetMetadata(draft.Metadata with { Symbol = "A/RES/80/4", Distribution = "General", Date = "31 October 2025" }));
        Ok(draft.SetTitle("80/4. " + draft.Title));
        return draft;
    }

    /// <summary>
    /// A draft decision as the Sixth Committee issues one (A/C.6/75/L.9's form): sponsors, title and one sentence in
    /// which the General Assembly decides, no author line; with <paramref name="lettered"/> its (a) and (b).
    /// </summary>
    public static Draft Decision(string language = DraftLanguage.English, DocumentKind kind = DocumentKind.DraftDecision, bool lettered = false)
    {
        var zh = language == DraftLanguage.Chinese;
        var draft = Draft.Create(language, kind, kind.IsRevised() ? 1 : null).Value!;
        Ok(draft.SetMetadata(new DraftMetadata
        {
            Body = zh ? "大会" : "General Assembly",
            Committee = zh ? "第六委员会" : "Sixth Committee",
            Session = zh ? "第七十五届会议" : "Seventy-fifth session",
            AgendaItem = new AgendaItem("79", zh ? "国际法委员会的报告" : "Report of the International Law Commission"),
            Symbol = kind.IsRevised() ? "A/C.6/75/L.9/Rev.1" : kind.IsAdopted() ? null : "A/C.6/75/L.9",
            Distribution = kind.IsAdopted() ? null : "Limited",
            Date = zh ? "2020年10月30日" : "30 October 2020",
            OriginalLanguage = "en",
        }));
        Ok(draft.SetTitle(zh ? "国际法委员会第七十二届会议工作报告" : "Report of the International Law Commission on the work of its seventy-second session"));
        if (!kind.IsAdopted())
        {
            Ok(draft.AddSponsor(new Sponsor(zh ? "奥地利" : "Austria")));
            Ok(draft.AddSponsor(new Sponsor(zh ? "墨西哥" : "Mexico")));
        }

        if (lettered)
        {
            Add(draft, ParagraphKind.Operative, "op1", zh ? "大会决定：" : "The General Assembly decides:");
            Sub(draft, "op1", "op1-a", zh
                ? "将题为“国际法委员会的报告”的项目列入大会第七十六届会议临时议程；"
                : "To include in the provisional agenda of its seventy-sixth session the item entitled “Report of the International Law Commission”;");
            Sub(draft, "op1", "op1-b", zh ? "请秘书长在该届会议上就该项目提出报告。" : "To request the Secretary-General to report on the item at that session.");
        }
        else
        {
            Add(draft, ParagraphKind.Operative, "op1", zh
                ? "大会决定将题为“国际法委员会的报告”的项目列入大会第七十六届会议临时议程。"
                : "The General Assembly decides to include in the provisional agenda of its seventy-sixth session the item entitled “Report of the International Law Commission”.");
        }

        return draft;
    }

    public static void Add(Draft draft, ParagraphKind kind, string id, string text, string? heading = null, int? index = null) =>
        Assert.True(draft.InsertParagraph(kind, text, index, id, heading).IsSuccess);

    public static void Sub(Draft draft, string parent, string id, string text, int? index = null) =>
        Assert.True(draft.AddSubParagraph(parent, text, index, id).IsSuccess);

    public static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);
}
