using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>Words made to lead in to a quotation proposed under them (ADR 0028 amendment 4).</summary>
public sealed class AsLeadInTests
{
    [Theory]
    [InlineData("en", "Decides to remain seized of the matter.", "Decides to remain seized of the matter:")]
    [InlineData("en", "Decides to add rule 6 to read as follows", "Decides to add rule 6 to read as follows:")]
    [InlineData("en", "Recalling the Convention,", "Recalling the Convention:")]
    [InlineData("en", "to review the rules; ", "to review the rules: ")]
    [InlineData("en", "Recalling the Convention.[^1]", "Recalling the Convention:[^1]")]
    [InlineData("en", "Recalling {i}the Convention{/i}", "Recalling {i}the Convention{/i}:")]
    [InlineData("en", "Recalling {i}the Convention.{/i}", "Recalling {i}the Convention:{/i}")]
    [InlineData("en", "Decides to amend rule 5 to read as follows:", "Decides to amend rule 5 to read as follows:")]
    [InlineData("en", "Decides as follows:[^2]", "Decides as follows:[^2]")]
    [InlineData("en", "Recalling {i}the Convention{/i}[^1] ", "Recalling {i}the Convention{/i}:[^1] ")]
    [InlineData("zh", "决定继续处理此案。", "决定继续处理此案：")]
    [InlineData("zh", "决定增列第6条如下", "决定增列第6条如下：")]
    [InlineData("zh", "回顾《公约》，", "回顾《公约》：")]
    [InlineData("zh", "决定修正如下：", "决定修正如下：")]
    public void TheWordsEndWithAColon_InPlaceOfTheirClosingMark_MarksAndReferencesKept(string language, string text, string expected)
    {
        Assert.Equal(expected, ParagraphNode.AsLeadIn(text, language));
    }
}
