using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResolutionDrafts.Precedents.Reading;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Precedents.Storage;
using ResolutionDrafts.Web.Accounts;
using ResolutionDrafts.Web.Precedents;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Precedents;

/// <summary>
/// The corpus in the app's own database (imported as `rd corpus import --db` does) searched through
/// the app: the JSON API for the typing panel and the search page.
/// </summary>
public sealed class PrecedentSearchTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private readonly string[] files = CorpusFiles().Take(6).ToArray();

    public async Task InitializeAsync()
    {
        // Through the app, so the corpus lands in its database whichever it is (SQLite, or PostgreSQL in the second pass).
        var report = await app.Services.GetRequiredService<PrecedentSearch>().ImportAsync(files, null, CancellationToken.None);
        Assert.Equal(files.Length, report.Resolutions);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Api_ATextWithAWordChanged_FindsTheParagraphItCameFrom()
    {
        var source = AknCorpusReader.Read(File.ReadAllBytes(files[2])).Paragraphs.First(p => p.Text.Split(' ').Length > 15);
        var words = source.Text.Split(' ');
        words[words.Length / 2] = "notwithstanding";
        var client = await app.ClientAsAsync("cuba");

        var hits = await client.GetFromJsonAsync<JsonElement[]>($"/api/precedents?q={Uri.EscapeDataString(string.Join(' ', words))}&lang=en");

        Assert.NotNull(hits);
        Assert.Equal(source.Text, hits[0].GetProperty("text").GetString());
        Assert.Equal(source.Label, hits[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Api_NoTextOrNotSignedIn_IsRefused()
    {
        var client = await app.ClientAsAsync("cuba");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/precedents?q=")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/precedents?q=text&lang=fr")).StatusCode);

        var anonymous = await app.CreateClient().GetAsync("/api/precedents?q=Recalling");

        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task Page_ShowsTheClosestParagraphsAndAnExactPhraseCount()
    {
        var resolution = AknCorpusReader.Read(File.ReadAllBytes(files[1]));
        var source = resolution.Paragraphs.First(p => p.Text.Length > 80);
        var client = await app.ClientAsAsync("observer");

        var similar = await client.GetStringAsync($"/precedents?q={Uri.EscapeDataString(source.Text)}");
        var phrase = await client.GetStringAsync($"/precedents?mode=phrase&q={Uri.EscapeDataString(source.Text[..30])}");

        var otherKind = await client.GetStringAsync($"/precedents?kind={(source.Kind == ResolutionDrafts.Domain.Drafts.ParagraphKind.Operative ? "pp" : "op")}&q={Uri.EscapeDataString(source.Text)}");

        Assert.Contains($"data-symbol=\"{resolution.Symbol}\"", similar, StringComparison.Ordinal);
        var labels = System.Text.RegularExpressions.Regex.Matches(otherKind, "data-label=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.DoesNotContain(labels, l => l.StartsWith(source.Label[..2], StringComparison.Ordinal));
        Assert.Contains("first adopted", phrase, StringComparison.Ordinal);
        Assert.Contains(resolution.Symbol, phrase, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_PrintsFootnoteReferencesAndItalicsAsTheReadingPageDoes_NeverTheirMarks()
    {
        // A paragraph of the corpus with a footnote reference in it, imported with the rest.
        var (file, source) = CorpusFiles().Select(f => (f, p: AknCorpusReader.Read(File.ReadAllBytes(f)).Paragraphs.FirstOrDefault(p => p.Text.Contains("[^", StringComparison.Ordinal) && p.Text.Length > 60)))
            .First(x => x.p is not null);
        await app.Services.GetRequiredService<PrecedentSearch>().ImportAsync([file], null, CancellationToken.None);
        var client = await app.ClientAsAsync("observer");
        var at = source!.Text.IndexOf("[^", StringComparison.Ordinal);
        var words = source.Text[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(4);

        var similar = await client.GetStringAsync($"/precedents?q={Uri.EscapeDataString(source.Text)}");
        var phrase = await client.GetStringAsync($"/precedents?mode=phrase&q={Uri.EscapeDataString(string.Join(' ', words))}");

        // The box keeps what was typed; the results are what must read as printed.
        foreach (var page in new[] { similar, phrase }.Select(p => System.Text.RegularExpressions.Regex.Replace(p, "<textarea[^>]*>[^<]*</textarea>", "")))
        {
            Assert.DoesNotContain("[^", page, StringComparison.Ordinal);
            Assert.DoesNotContain("{i}", page, StringComparison.Ordinal);
            Assert.Contains("<sup class=\"fn-ref\"", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Page_MarksHowEachPrecedentDiffersFromTheTypedText()
    {
        var source = AknCorpusReader.Read(File.ReadAllBytes(files[3])).Paragraphs.First(p => p.Text.Split(' ').Length > 15);
        var words = source.Text.Split(' ');
        var replaced = words[words.Length / 2];
        words[words.Length / 2] = "notwithstanding";
        var client = await app.ClientAsAsync("observer");

        var page = await client.GetStringAsync($"/precedents?lang=en&q={Uri.EscapeDataString(string.Join(' ', words))}");

        Assert.Contains("<del class=\"diff-del\">notwithstanding</del>", page, StringComparison.Ordinal);
        Assert.Contains($"<ins class=\"diff-ins\">{System.Net.WebUtility.HtmlEncode(replaced)}</ins>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminImport_AddsAFolderAndTheNextSearchSeesIt()
    {
        var search = app.Services.GetRequiredService<PrecedentSearch>();
        var before = await search.CountAsync();
        var folder = Directory.CreateTempSubdirectory("rd-web-corpus-").FullName;
        try
        {
            var more = CorpusFiles().Skip(6).Take(2).ToArray();
            foreach (var file in more)
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a resolution");
            var report = await search.ImportAsync([folder], null, CancellationToken.None);

            Assert.Equal(2, report.Resolutions);
            Assert.Equal("not an XML file", Assert.Single(report.Skipped).Reason);
            Assert.Equal(before + report.Paragraphs, await search.CountAsync());
            var added = AknCorpusReader.Read(File.ReadAllBytes(more[1])).Paragraphs.First(p => p.Text.Length > 80);
            Assert.Contains(await search.FindAsync(added.Text, "en"), h => h.Precedent.Text == added.Text);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AdminPage_IsForAdministratorsOnly()
    {
        const string password = "corpus-admin-password-1";
        await app.SetAdministratorPasswordAsync(password);

        var admin = await (await app.ClientAsAsync(AccountSeeder.AdministratorUserName, password)).GetAsync("/admin/corpus");
        var delegation = await (await app.ClientAsAsync("cuba")).GetAsync("/admin/corpus");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Precedent corpus", await admin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("A folder on the server", await delegation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>English files of the shared GA corpus (../shared/fixtures/corpus/ga beside the repository).</summary>
    internal static IEnumerable<string> CorpusFiles()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                return Directory.GetFiles(Path.Combine(dir.FullName, "..", "shared", "fixtures", "corpus", "ga", "76-en"), "*.xml").Order(StringComparer.Ordinal);
            }
        }

        throw new InvalidOperationException("ResolutionDrafts.sln not found above the test directory.");
    }
}
