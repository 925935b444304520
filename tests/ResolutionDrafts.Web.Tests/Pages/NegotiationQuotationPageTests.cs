using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>The negotiation view shows a paragraph's quoted lines under it, with the proposals on them, as the draft page does (ADR 0028).</summary>
public sealed class NegotiationQuotationPageTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task TheQuotedLines_StandUnderTheirParagraph_WithTheBracketOfAProposalOnALine()
    {
        var draft = SampleDrafts.Demo();
        draft.SetText("op4", "Decides that rule 5 shall read as follows:");
        draft.AddQuotedLine("op4", "“Rule 5", id: "op4-q1");
        draft.AddQuotedLine("op4", "1. The President shall open the session.”", id: "op4-q2");
        var id = await app.CreateDraftAsync(draft, openToDirectEditing: false);
        var proposals = app.Services.GetRequiredService<ProposalService>();
        var proposed = await proposals.ProposeTextAsync(await app.AccessAsync("brazil", id), "op4-q2", "1. The Chair shall open the session.”", null, CancellationToken.None);
        Assert.True(proposed.IsSuccess, proposed.Error);

        var html = await (await app.ClientAsAsync("secretariat")).GetStringAsync($"/drafts/{id}/negotiation");

        var op4 = html.IndexOf("data-para=\"OP4\"", StringComparison.Ordinal);
        var quotation = html.IndexOf("data-testid=\"neg-quotation-op4\"", StringComparison.Ordinal);
        var op5 = html.IndexOf("data-para=\"OP5\"", StringComparison.Ordinal);
        Assert.True(op4 >= 0 && quotation > op4 && (op5 < 0 || op5 > quotation), "the quotation under OP4, before the next paragraph");
        var line = html[html.IndexOf("data-quoted-line=\"op4-q2\"", StringComparison.Ordinal)..];
        Assert.Matches("^[^§]*?President.*?Chair.*?Brazil", line[..Math.Min(line.Length, 1500)].Replace("\n", " ", StringComparison.Ordinal));
        Assert.Contains("class=\"bracket\"", line[..Math.Min(line.Length, 1500)], StringComparison.Ordinal);
        Assert.Contains("Rule 5", html[quotation..], StringComparison.Ordinal);
    }
}
