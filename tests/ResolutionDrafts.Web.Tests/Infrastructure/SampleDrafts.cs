using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

internal static class SampleDrafts
{
    /// <summary>The English demo draft the app ships (A/80/L.6).</summary>
    public static Draft Demo()
    {
        var file = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "DemoData"), "*A_80_L.6*.json").Single();
        return DraftJson.Deserialize(File.ReadAllText(file)).Value!;
    }

    /// <summary>A draft with every field of the format filled in.</summary>
    public static Draft Full()
    {
        var draft = Draft.Create("en", DocumentKind.RevisedDraftResolution, 2).Value!;
        Check(draft.SetMetadata(new DraftMetadata
        {
            Body = "General Assembly", Committee = "Third Committee", Session = "Eightieth session", PlaceAndDates = "New York, 1–5 December 2025",
            AgendaItem = new AgendaItem("66", "Report of the Human Rights Council"), Symbol = "A/C.3/80/L.20/Rev.2", Distribution = "Limited",
            Date = "31 October 2025", OriginalLanguage = "en", AmendsSymbol = null,
        }));
        Check(draft.SetTitle("Rights of the child"));
        Check(draft.SetAuthorLine("The General Assembly,"));
        Check(draft.AddSponsor(new Sponsor("Mauritania", OnBehalfOf: "the States Members of the United Nations that are members of the Group of African States")));
        Check(draft.AddSponsor(new Sponsor("Bosnia and Herzegovina")));
        Check(draft.AddSponsor(new Sponsor("Chile", Additional: true, Joined: new DateOnly(2025, 11, 3))));
        Check(draft.AddFootnote(1, "Resolution 44/25, annex."));
        Check(draft.AddFootnote(2, "A/80/83."));
        draft.InsertParagraph(ParagraphKind.Preambular, "Recalling the Convention on the Rights of the Child,[^1]", id: "pp1");
        draft.InsertParagraph(ParagraphKind.Operative, "Requests the Secretary-General:", id: "op1", heading: "I. Reporting");
        var a = draft.AddSubParagraph("op1", "To report on:", id: "op1-a").Value!;
        var i = draft.AddSubParagraph(a.Id, "progress made;", id: "op1-a-i").Value!;
        draft.AddSubParagraph(i.Id, "in the “regions” — 区域 — 😀 𠀀;", id: "op1-a-i-a");
        draft.InsertParagraph(ParagraphKind.Operative, "Decides to remain seized of the matter.[^1][^2]", id: "op2");
        return draft;
    }

    private static void Check(DomainResult result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error);
        }
    }
}
