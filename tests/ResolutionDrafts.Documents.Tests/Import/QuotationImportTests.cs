using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Quoted text inside an operative paragraph (issue 16): a rule or article "to read as follows:" keeps
/// its own numbers and letters as words of the paragraph that quotes it, in text and in AKN; they never
/// become operative paragraphs or sub-paragraphs of the draft.
/// </summary>
public sealed class QuotationImportTests
{
    private const string Text = """
        The General Assembly,
        Recalling its rules of procedure,
        1. Decides to amend rule 5 of its rules of procedure to read as follows:
        “Rule 5
        1. The Conference shall elect a President;
        (a) From among the representatives;
        2. It shall also elect a Vice-President.”
        2. Requests the Secretary-General to issue the rules as amended;
        3. Decides to remain seized of the matter.
        """;

    [Fact]
    public void QuotedRule_StaysInsideTheParagraphThatQuotesIt()
    {
        var draft = Import(Encoding.UTF8.GetBytes(Text), ImportFormat.Text);

        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(3, operative.Count);
        Assert.Equal(
            "Decides to amend rule 5 of its rules of procedure to read as follows: “Rule 5 1. The Conference shall elect a President; (a) From among the representatives; 2. It shall also elect a Vice-President.”",
            operative[0].Text);
        Assert.Empty(operative[0].SubParagraphs);
        Assert.StartsWith("Requests the Secretary-General", operative[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotationLeftOpen_HoldsAtMostFortyLines()
    {
        var lines = new StringBuilder("The General Assembly,\nRecalling its rules,\n1. Decides to add the following text:\n“The Conference shall meet\n");
        for (var i = 0; i < 45; i++)
        {
            lines.Append("and shall meet again\n");
        }

        lines.Append("2. Requests a report;\n3. Decides to remain seized of the matter.\n");

        var draft = Import(Encoding.UTF8.GetBytes(lines.ToString()), ImportFormat.Text);

        Assert.Equal(3, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
    }

    [Fact]
    public void AknQuotedStructure_KeepsItsNumbersAsWordsOfTheParagraph()
    {
        const string xml = """
            <akomaNtoso><statement name="resolution"><preamble><formula><p>The General Assembly,</p></formula></preamble>
            <mainBody><paragraph><num>1.</num><content><p>Decides to amend rule 5 to read as follows:</p>
            <quotedStructure><paragraph><num>“1.</num><content><p>The Conference shall elect a President;</p></content></paragraph>
            <paragraph><num>2.</num><content><p>It shall also elect a Vice-President.”</p></content></paragraph></quotedStructure></content></paragraph>
            <paragraph><num>2.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>
            """;

        var draft = Import(Encoding.UTF8.GetBytes(xml), ImportFormat.Akn);

        Assert.Equal(2, draft.Paragraphs.Count);
        Assert.Equal("Decides to amend rule 5 to read as follows: “1. The Conference shall elect a President; 2. It shall also elect a Vice-President.”", draft.Paragraphs[0].Text);
        Assert.Empty(draft.Paragraphs[0].SubParagraphs);
    }

    private static Draft Import(byte[] bytes, ImportFormat format)
    {
        var result = DraftImporter.Import(bytes, new ImportOptions { Format = format });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }
}
