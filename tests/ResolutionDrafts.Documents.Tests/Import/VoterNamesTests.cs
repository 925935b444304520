using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Sponsors;
using ResolutionDrafts.Documents.Tests.Import.Corpus;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0034, amendment 3): the States of a recorded vote are kept as the UN's AKN names them — English capitals, in
/// its Chinese files too — and shown by the Member States list's name in the draft's language. A name the list does not know
/// is kept as given and listed as not understood.
/// </summary>
public sealed class VoterNamesTests
{
    [Theory]
    [InlineData("AFGHANISTAN", "en", "Afghanistan")]
    [InlineData("AFGHANISTAN", "zh", "阿富汗")]
    [InlineData("IRAN (ISLAMIC REPUBLIC OF)", "en", "Iran (Islamic Republic of)")]
    [InlineData("LAO PEOPLE'S DEMOCRATIC REPUBLIC", "zh", "老挝人民民主共和国")]
    [InlineData("UNITED KINGDOM", "zh", "大不列颠及北爱尔兰联合王国")]
    [InlineData("TÜRKİYE", "en", "Türkiye")] // a dotted capital I, as 76's files write it
    [InlineData("TURKEY", "zh", "土耳其")]
    [InlineData("CÔTE D'IVOIRE", "en", "Côte d’Ivoire")]
    public void AStateInCapitals_IsShownByTheListsNameInTheDraftsLanguage(string given, string language, string shown) =>
        Assert.Equal((shown, true), VoterNames.Shown(given, language));

    [Fact]
    public void ANameNotOnTheList_IsKeptAsGiven_AndListed()
    {
        var vote = new VotingRecord(VotingRecord.RecordedVote,
        [
            new VoteCount("inFavour", 3, ["CUBA", "ATLANTIS", "CHINA"]),
            new VoteCount("against", 1, ["ATLANTIS"]),
        ]);

        Assert.Equal(("ATLANTIS", false), VoterNames.Shown("ATLANTIS", "zh"));
        Assert.Equal(["ATLANTIS"], VoterNames.NotListed(vote));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void TheImportReview_ListsAVoterItDoesNotKnow(string language)
    {
        var folder = language == "en" ? "corpus/ga/75-en" : "corpus/ga/75-zh";
        var file = language == "en" ? "75_102_E.xml" : "75_102_C.xml";
        var xml = Encoding.UTF8.GetString(Fixtures.Bytes(folder, file)).Replace(">ISRAEL<", ">REPUBLIC OF ATLANTIS<", StringComparison.Ordinal);

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["REPUBLIC OF ATLANTIS"], result.Review!.UnknownVoters);
        Assert.Contains("REPUBLIC OF ATLANTIS", result.Draft!.Metadata.Vote!.Counts.Single(c => c.Position == "against").Voters); // never dropped
        var guess = Assert.Single(result.Review.Guesses, g => g.What == "States in the vote");
        Assert.Equal(ImportConfidence.Medium, guess.Confidence);
        Assert.Contains("REPUBLIC OF ATLANTIS", guess.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryStateOfEveryRecordedVoteOfTheCorpus_IsOnTheList_InBothLanguages()
    {
        var votes = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in CorpusTests.CorpusFiles())
        {
            var bytes = File.ReadAllBytes(file);
            if (!Encoding.UTF8.GetString(bytes).Contains("outcome=\"adoptedRecordedVote\"", StringComparison.Ordinal))
            {
                continue;
            }

            var result = DraftImporter.Import(bytes);
            Assert.True(result.IsSuccess, $"{file}: {result.Error}");
            var vote = result.Draft!.Metadata.Vote;
            Assert.True(vote?.Outcome == VotingRecord.RecordedVote, file);
            Assert.True(vote.Counts.Sum(c => c.Voters.Count) > 0, $"{file}: no State named");
            Assert.True(result.Review!.UnknownVoters.Count == 0, $"{Path.GetFileName(file)}: not on the list: {string.Join(", ", result.Review.UnknownVoters)}");
            names.UnionWith(vote.Counts.SelectMany(c => c.Voters));
            votes++;
        }

        Assert.Equal(360, votes);
        foreach (var name in names)
        {
            var (english, _) = VoterNames.Shown(name, "en");
            var (chinese, _) = VoterNames.Shown(name, "zh");
            Assert.True(english != name && english.Any(char.IsLower), $"{name} is shown as \"{english}\" in English");
            Assert.True(chinese.All(c => c >= '\u2E80' || c is '(' or ')' or '（' or '）'), $"{name} is shown as \"{chinese}\" in Chinese");
        }
    }
}
