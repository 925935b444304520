using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>The negotiation view of a resolution in parts shows where each part starts, as the draft page does (ADR 0016).</summary>
public sealed class NegotiationPartsTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static Draft InParts()
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.DraftResolution).Value!;
        Ok(draft.SetTitle("Questions relating to information"));
        Ok(draft.SetAuthorLine("The General Assembly,"));
        Ok(draft.AddFootnote(1, "A/75/21."));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, "Taking note of the report,", id: "a-pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Urges all countries to cooperate.", id: "a-op1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, "Emphasizing the role of the United Nations,", id: "b-pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, "Requests a report.", id: "b-op1").Untyped());
        Ok(draft.SetPart("a-pp1", new DraftPart("Information in the service of humanity", "The General Assembly,")));
        Ok(draft.SetPart("b-pp1", new DraftPart("Global communications[^1]", "The General Assembly,")));
        return draft;
    }

    private static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);

    [Fact]
    public async Task NegotiationView_ShowsEachPartsLetterTitleAndAuthorLine_WhereItStarts()
    {
        var id = await app.CreateDraftAsync(InParts());

        var html = await (await app.ClientAsAsync("cuba")).GetStringAsync($"/drafts/{id}/negotiation");

        var a = html.IndexOf("data-part=\"A\"", StringComparison.Ordinal);
        var b = html.IndexOf("data-part=\"B\"", StringComparison.Ordinal);
        Assert.True(a >= 0 && b > a, "both parts' headings, in order");
        Assert.Contains("Information in the service of humanity", html[a..b], StringComparison.Ordinal);
        Assert.Contains("Global communications<sup class=\"fn-ref\"", html[b..], StringComparison.Ordinal);
        Assert.Contains("<em>The General Assembly</em>,", html[b..], StringComparison.Ordinal);
        // Part B's heading stands right before its first paragraph, after part A's last.
        Assert.True(html.IndexOf("data-para=\"A OP1\"", StringComparison.Ordinal) < b);
        Assert.True(html.IndexOf("data-para=\"B PP1\"", StringComparison.Ordinal) > b);
    }
}
