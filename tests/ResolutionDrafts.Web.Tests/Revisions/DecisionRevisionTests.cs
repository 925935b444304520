using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Revisions;

/// <summary>
/// A draft decision through the app (issue 16, ADR 0022): stored with its kind in a real SQLite file, listed as a
/// draft decision, and revised as a revised draft decision — not turned into a revised draft resolution.
/// </summary>
public sealed class DecisionRevisionTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AppFactory app = new();

    private IRevisionService Revisions => app.Services.GetRequiredService<IRevisionService>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    internal static Draft Decision()
    {
        const string text = """
            United Nations
            A/C.6/75/L.9
            General Assembly
            Distr.: Limited
            30 October 2020
            Original: English
            Seventy-fifth session
            Sixth Committee
            Agenda item 79
            Report of the International Law Commission
            Austria and Mexico: draft decision
            Report of the International Law Commission on the work of its seventy-second session
            The General Assembly decides to include in the provisional agenda of its seventy-sixth session the item entitled “Report of the International Law Commission”.
            """;
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    [Fact]
    public async Task ARevisionOfADraftDecision_IsARevisedDraftDecision()
    {
        var id = await Revisions.CreateIssuedAsync(await app.ActorAsync("secretariat"), Decision(), "imported from A_C.6_75_L.9.txt", None);
        var first = Assert.Single(await Revisions.ListAsync(id, None));
        Assert.Equal("A/C.6/75/L.9/Rev.1", RevisionService.SuggestSymbol([first], "A/C.6/75/L.9"));

        var issued = await Revisions.IssueAsync(await app.AccessAsync("secretariat", id), new IssueRevisionRequest("A/C.6/75/L.9/Rev.1", null), None);

        Assert.True(issued.IsSuccess, issued.Error);
        var revision = await Revisions.LoadAsync(issued.Value!.Id, None);
        Assert.Equal((DocumentKind.RevisedDraftDecision, 1), (revision!.Draft.Kind, revision.Draft.Revision));
        var live = await app.Drafts.LoadAsync(id, None);
        Assert.Equal(DocumentKind.RevisedDraftDecision, live!.Draft.Kind);
        Assert.Equal("Austria and Mexico: revised draft decision", ResolutionDrafts.Domain.Numbering.SponsorsLine.Format(live.Draft));
    }

    [Fact]
    public async Task TheDraftsList_SaysDraftDecision()
    {
        await app.CreateDraftAsync(Decision());

        var page = await (await app.ClientAsAsync("secretariat")).GetStringAsync("/");

        Assert.Contains("<td>Draft decision</td>", page, StringComparison.Ordinal);
    }
}
