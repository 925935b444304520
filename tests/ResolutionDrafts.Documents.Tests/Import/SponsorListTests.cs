using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Sponsors;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>Sponsor names are read against the list of Member States, so names with "and" or commas stay whole.</summary>
public sealed class SponsorListTests
{
    [Fact]
    public void MemberStates_HasEveryMemberStateAndTheObservers()
    {
        Assert.Equal(193, MemberStates.All.Count(s => s.Status == MemberStateStatus.Member));
        Assert.Contains(MemberStates.All, s => s.English == "Holy See" && s.Status == MemberStateStatus.ObserverState);
        Assert.Contains(MemberStates.All, s => s.English == "State of Palestine" && s.Chinese == "巴勒斯坦国");
        Assert.Contains(MemberStates.All, s => s.English == "European Union" && s.Status == MemberStateStatus.Organization);
        Assert.Equal(MemberStates.All.Count, MemberStates.All.Select(s => s.Chinese).Distinct().Count());
    }

    [Theory]
    [InlineData("Bosnia and Herzegovina", "波斯尼亚和黑塞哥维那")]
    [InlineData("iran (islamic republic of)", "伊朗伊斯兰共和国")]
    [InlineData("Cote d'Ivoire", "科特迪瓦")]
    [InlineData("Democratic People's Republic of Korea", "朝鲜民主主义人民共和国")]
    [InlineData("美利坚合众国", "美利坚合众国")]
    [InlineData("Turkey", "土耳其")]
    public void MemberStates_FindsByEnglishChineseOrCommonName(string name, string chinese)
    {
        Assert.Equal(chinese, MemberStates.Find(name)?.Chinese);
    }

    [Fact]
    public void Read_EnglishList_KeepsNamesWithAndAndParenthesesWhole()
    {
        var warnings = new List<string>();

        var sponsors = SponsorListReader.Read(
            "Antigua and Barbuda, Iran (Islamic Republic of), Saint Vincent and the Grenadines, Venezuela (Bolivarian Republic of), United Kingdom of Great Britain and Northern Ireland and Trinidad and Tobago",
            "en", additional: false, warnings);

        Assert.Equal(
            ["Antigua and Barbuda", "Iran (Islamic Republic of)", "Saint Vincent and the Grenadines", "Venezuela (Bolivarian Republic of)", "United Kingdom of Great Britain and Northern Ireland", "Trinidad and Tobago"],
            sponsors.Select(s => s.Name));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Read_ChineseList_SplitsAtTheEnumerationCommaAndTheLastAnd()
    {
        var warnings = new List<string>();

        var sponsors = SponsorListReader.Read("安提瓜和巴布达、中国和特立尼达和多巴哥", "zh", additional: false, warnings);

        Assert.Equal(["安提瓜和巴布达", "中国", "特立尼达和多巴哥"], sponsors.Select(s => s.Name));
    }

    [Fact]
    public void Read_GroupSponsor_KeepsTheOnBehalfOfWithTheName()
    {
        var sponsors = SponsorListReader.Read("Uganda (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)", "en", false, []);

        var uganda = Assert.Single(sponsors);
        Assert.Equal("Uganda", uganda.Name);
        Assert.Equal("the States Members of the United Nations that are members of the Group of 77 and China", uganda.OnBehalfOf);
    }

    [Fact]
    public void Read_UnknownName_IsKeptAsWrittenWithAWarning()
    {
        var warnings = new List<string>();

        var sponsors = SponsorListReader.Read("Chile, Atlantis and Peru", "en", false, warnings);

        Assert.Equal(["Chile", "Atlantis", "Peru"], sponsors.Select(s => s.Name));
        Assert.Contains("Atlantis", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LowerCaseOrOldSpelling_GivesTheOfficialName()
    {
        var sponsors = SponsorListReader.Read("viet nam and Czech Republic", "en", false, []);

        Assert.Equal(["Viet Nam", "Czechia"], sponsors.Select(s => s.Name));
    }

    [Fact]
    public void Read_StarAfterTheComma_MarksTheNameBeforeIt()
    {
        var stars = new Dictionary<int, List<int>>();

        SponsorListReader.Read("Mauritania,* Chile and Peru,* Japan", "en", false, [], stars);

        Assert.Equal([0, 2], stars[1]);
    }
}
