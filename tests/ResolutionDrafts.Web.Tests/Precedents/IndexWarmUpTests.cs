using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Precedents.Reading;
using ResolutionDrafts.Web.Drafts;
using ResolutionDrafts.Web.Precedents;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Precedents;

/// <summary>
/// Issue 20: the search page built the index on its first render (1–2 s on the full corpus). Now the
/// index is built in the background at start and after an import; the page shows at once while a
/// build is under way, says so, and the results follow. The build is held up deterministically (the
/// adopted resolutions it lists wait at a gate), so nothing here is timed.
/// </summary>
public sealed class IndexWarmUpTests
{
    [Fact]
    public async Task AtStart_TheIndexIsBuiltWithoutASearch_AndWhileABuildIsUnderWay_TheSearchPageShowsAtOnce_ThenTheResults()
    {
        await using var app = new AppFactory
        {
            TestServices = services =>
            {
                services.AddSingleton<DraftService>();
                services.AddSingleton(sp => new GatedDraftService(sp.GetRequiredService<DraftService>()));
                services.AddSingleton<IDraftService>(sp => sp.GetRequiredService<GatedDraftService>());
            },
        };
        var search = app.Services.GetRequiredService<PrecedentSearch>();
        var gate = app.Services.GetRequiredService<GatedDraftService>();

        // Nobody has searched: the app built it on its own.
        await HubClients.WaitUntilAsync(() => search.IsReady, () => "the index was not built at start", TimeSpan.FromSeconds(30));

        gate.Close();
        var file = PrecedentSearchTests.CorpusFiles().Skip(40).First();
        var source = AknCorpusReader.Read(File.ReadAllBytes(file)).Paragraphs.First(p => p.Text.Split(' ').Length > 12);
        var symbol = AknCorpusReader.Read(File.ReadAllBytes(file)).Symbol;
        await search.ImportAsync([file], null, CancellationToken.None); // the index is rebuilt in the background, held at the gate
        Assert.False(search.IsReady);

        var client = await app.ClientAsAsync("observer");
        using var response = await client.GetAsync($"/precedents?q={Uri.EscapeDataString(source.Text)}", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var page = new StringBuilder();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[8192];
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[8192];
        while (!page.ToString().Contains("data-index-building", StringComparison.Ordinal))
        {
            var read = await body.ReadAsync(buffer, limit.Token);
            Assert.True(read > 0, "the page ended without saying the index is being built: " + page);
            page.Append(chars, 0, decoder.GetChars(buffer, 0, read, chars, 0, flush: false));
        }

        Assert.False(search.IsReady); // the page came while the build still waits
        gate.Open();
        var rest = await new StreamReader(body).ReadToEndAsync(limit.Token);

        Assert.Contains($"data-symbol=\"{symbol}\"", rest, StringComparison.Ordinal);
        Assert.True(search.IsReady);
    }
}
